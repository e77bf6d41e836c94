/**
 * The bin runs dist/cli.cjs, an esbuild bundle compiled with a V8 code cache (src/cli/boot.ts);
 * every other test of rules runs the TypeScript source. Issue 7: the bundle must behave exactly as
 * the source does, and the cache the build wrote must be one V8 accepts.
 */
import { spawnSync } from 'node:child_process'
import { readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { SourceMap } from 'node:module'
import { join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { describe, expect, it } from 'vitest'
import { builtinRuleIds, loadBuiltinRule } from '../../rules/index.js'
import { ROOT, runBin, runCli, tempProject } from '../helpers/cli.js'

interface Item {
  id: string
  kind: 'draft' | 'template'
  format: 'md' | 'txt'
  text: string
}

// Every reply of our own labelled corpora: a few hundred varied drafts and templates, markdown and plain text.
function corpusProject(kind: Item['kind']): string {
  const files: Record<string, string> = {}
  for (const name of readdirSync(join(ROOT, 'fixtures/eval')).filter((n) => n.endsWith('.jsonl'))) {
    for (const line of readFileSync(join(ROOT, 'fixtures/eval', name), 'utf8').split('\n')) {
      if (!line.trim()) continue
      const item = JSON.parse(line) as Item
      if (item.kind === kind) files[`${item.id}.${item.format}`] = item.text
    }
  }
  return tempProject(files)
}

describe('the bundled bin', () => {
  for (const kind of ['draft', 'template'] as const) {
    it(`reports exactly what the source reports on every ${kind} of fixtures/eval`, { timeout: 60_000 }, async () => {
      const dir = corpusProject(kind)
      const args = ['--format', 'json', '--kind', kind, '.']
      const bundled = runBin(args, { cwd: dir })
      const source = await runCli(args, { cwd: dir })
      expect(bundled.stderr).toBe('')
      expect(bundled.code).toBe(source.code)
      const results = JSON.parse(bundled.stdout) as Array<{ messages: unknown[] }>
      expect(results.length).toBeGreaterThan(50)
      expect(results.some((r) => r.messages.length > 0)).toBe(true)
      expect(bundled.stdout).toBe(source.stdout)
    })
  }

  it('starts from a code cache V8 accepts', () => {
    const boot = pathToFileURL(join(ROOT, 'dist/boot.js')).href
    const probe = `import { loadCli } from '${boot}'; const { script } = loadCli(${JSON.stringify(join(ROOT, 'dist'))}); console.log(script.cachedDataRejected)`
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', probe], { encoding: 'utf8' })
    expect(run.stderr).toBe('')
    expect(run.stdout.trim()).toBe('false')
  })

  it('still runs, only slower, when the cache is missing or foreign', () => {
    const dir = tempProject({ 'draft.md': 'Hi Sam,\n\nAs I already said, the export runs overnight.\n' })
    // A copy of dist/ with a corrupt cache: V8 rejects it and compiles the script itself.
    const dist = join(dir, 'dist')
    spawnSync('cp', ['-r', join(ROOT, 'dist'), dist])
    writeFileSync(join(dist, 'cli.cjs.cache'), 'not a code cache')
    writeFileSync(join(dir, 'run.mjs'), `import { loadCli } from './dist/boot.js'\nconst { cli, script } = loadCli(${JSON.stringify(dist)})\nconst out = []\nconst code = await cli.execute(['--format', 'compact', 'draft.md'], { cwd: ${JSON.stringify(dir)}, stdout: { write: (s) => out.push(s) }, stderr: process.stderr, env: {} })\nconsole.log(script.cachedDataRejected, code, out.join('').split('\\n')[0])\n`)
    const run = spawnSync(process.execPath, [join(dir, 'run.mjs')], { cwd: dir, encoding: 'utf8' })
    expect(run.stderr).toBe('')
    expect(run.stdout.trim()).toBe('true 1 draft.md:3:1: error "As I already said" brushes the customer off; answer the question again in new words [dismissive-tone]')
  })

  it('reads the phrase lists the build compiled; a missing, corrupt or foreign phrases.json only costs the compile', async () => {
    const stored = JSON.parse(readFileSync(join(ROOT, 'dist/phrases.json'), 'utf8')) as { build: string; lists: Record<string, { starts: unknown; index: unknown }> }
    // Every built-in rule's own list is there, keyed by its phrase texts.
    for (const id of builtinRuleIds) {
      const rule = await loadBuiltinRule(id)
      const entries = rule?.meta.phrases?.entries as Array<string | { phrase: string }> | undefined
      if (entries?.length) expect(Object.keys(stored.lists)).toContain(entries.map((e) => (typeof e === 'string' ? e : e.phrase)).join('\n'))
    }
    const dir = tempProject({ 'draft.md': 'Hi Sam,\n\nAs I already said, the export runs overnight.\n' })
    const dist = join(dir, 'dist')
    spawnSync('cp', ['-r', join(ROOT, 'dist'), dist])
    writeFileSync(join(dir, 'run.mjs'), `import { loadCli } from './dist/boot.js'\nconst { cli } = loadCli(${JSON.stringify(dist)})\nconst out = []\nawait cli.execute(['--format', 'compact', 'draft.md'], { cwd: ${JSON.stringify(dir)}, stdout: { write: (s) => out.push(s) }, stderr: process.stderr, env: {} })\nconsole.log(out.join('').split('\\n')[0])\n`)
    const firstLine = () => spawnSync(process.execPath, [join(dir, 'run.mjs')], { cwd: dir, encoding: 'utf8' }).stdout.trim()
    const found = 'draft.md:3:1: error "As I already said" brushes the customer off; answer the question again in new words [dismissive-tone]'
    expect(firstLine()).toBe(found)
    // Lists whose index is emptied find nothing: the proof that a run uses the file.
    const emptied = Object.fromEntries(Object.entries(stored.lists).map(([key, list]) => [key, { ...list, starts: [], index: [] }]))
    writeFileSync(join(dist, 'phrases.json'), JSON.stringify({ ...stored, lists: emptied }))
    expect(firstLine()).not.toContain('As I already said')
    for (const broken of ['{"build": "a', JSON.stringify({ ...stored, lists: emptied, build: 'another build' })]) {
      writeFileSync(join(dist, 'phrases.json'), broken)
      expect(firstLine()).toBe(found)
    }
    rmSync(join(dist, 'phrases.json'))
    expect(firstLine()).toBe(found)
  })

  it('is ASCII, and its source map still points past an escaped character at the right source text', () => {
    const bundle = readFileSync(join(ROOT, 'dist/cli.cjs'), 'utf8')
    expect(bundle).toMatch(/^[\0-\x7f]*$/)
    const map = new SourceMap(JSON.parse(readFileSync(join(ROOT, 'dist/cli.cjs.map'), 'utf8')))
    // Every string literal after a \u escape the build wrote, on that line, maps to the same literal in its source.
    const lines = bundle.split('\n')
    let checked = 0
    lines.forEach((line, n) => {
      const escape = line.search(/\\u(?:2019|2014|2018|201c|201d|2013)/)
      if (escape < 0) return
      for (const m of line.slice(escape).matchAll(/"([a-z][a-z ]{5,30})"/g)) {
        const column = escape + m.index
        const entry = map.findEntry(n, column) as { originalSource?: string; originalLine: number; originalColumn: number; generatedColumn: number }
        // Our TypeScript only: a phrases.yaml's source is the module the build made of it.
        if (!entry.originalSource?.endsWith('.ts') || entry.generatedColumn !== column) continue
        const source = readFileSync(fileURLToPath(new URL(entry.originalSource, pathToFileURL(join(ROOT, 'dist/cli.cjs.map')))), 'utf8')
        const at = source.split('\n')[entry.originalLine].slice(entry.originalColumn)
        expect(at.slice(1, m[1].length + 1)).toBe(m[1])
        checked++
      }
    })
    expect(checked).toBeGreaterThan(10)
  })

  it('prints an unexpected error in one line, and with --debug its stack mapped back to src/', () => {
    const dir = tempProject({ 'fmt.mjs': 'export default () => { throw new Error("formatter broke") }\n', 'draft.md': 'Hi Sam,\n\nThanks, the export runs tonight.\n' })
    const plain = runBin(['--format', './fmt.mjs', 'draft.md'], { cwd: dir })
    expect(plain.code).toBe(2)
    expect(plain.stderr).toBe('replylint: unexpected error: formatter broke (run with --debug for the stack trace)\n')
    const debug = runBin(['--format', './fmt.mjs', '--debug', 'draft.md'], { cwd: dir })
    expect(debug.code).toBe(2)
    const lines = debug.stderr.split('\n')
    expect(lines.slice(0, 3)).toEqual(['replylint: unexpected error: formatter broke', 'Error: formatter broke', `    at default (${pathToFileURL(join(dir, 'fmt.mjs')).href}:1:30)`])
    expect(lines[3]).toMatch(/^ {4}at \S+ \(src\/cli\/lint\.ts:\d+:\d+\)$/)
    expect(debug.stderr).not.toContain('cli.cjs')
  })
})
