/**
 * `replylint rules` (a table of every built-in rule) and `replylint explain RULE`
 * (the rule's README.md, rendered for a terminal). The READMEs ship in the npm
 * package ("files" in package.json), so both work from an install.
 */
import { existsSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { Chalk, type ChalkInstance } from 'chalk'
import { builtinRuleIds, loadBuiltinRule } from '../../rules/index.js'
import { closest } from '../config/schema.js'
import { docsUrlOf } from '../rule/define-rule.js'
import { UsageError } from './errors.js'

/** The folder holding replylint's package.json: from src/cli, dist/ or dist/chunks alike. */
export function packageRoot(from = dirname(fileURLToPath(import.meta.url))): string {
  for (let dir = from; ; dir = dirname(dir)) {
    const pkg = join(dir, 'package.json')
    if (existsSync(pkg) && (JSON.parse(readFileSync(pkg, 'utf8')) as { name?: string }).name === 'replylint') return dir
    if (dirname(dir) === dir) throw new Error(`cannot find replylint's package.json above ${from}`)
  }
}

export async function rulesTable(color: boolean): Promise<string> {
  const c = new Chalk({ level: color ? 1 : 0 })
  const rows: string[][] = []
  for (const id of [...builtinRuleIds].sort()) {
    const rule = (await loadBuiltinRule(id))!
    rows.push([id, rule.meta.defaultSeverity, rule.meta.description])
  }
  const width = [0, 1].map((i) => Math.max(i === 0 ? 4 : 7, ...rows.map((r) => r[i].length)))
  const line = (r: string[]) => `${r[0].padEnd(width[0])}  ${r[1].padEnd(width[1])}  ${r[2]}`.trimEnd()
  const body = rows.map((r) => line([r[0], r[1] === 'error' ? c.red(r[1].padEnd(width[1])) : c.yellow(r[1].padEnd(width[1])), r[2]]))
  return [c.bold(line(['Rule', 'Default', 'Description'])), ...body, '', `Run \`replylint explain <rule>\` for a rule's rationale and examples.`, ''].join('\n')
}

export async function explain(id: string, color: boolean): Promise<string> {
  const rule = await loadBuiltinRule(id)
  if (!rule) {
    const hint = closest(id, builtinRuleIds)
    throw new UsageError(`Unknown rule "${id}"${hint ? `; did you mean "${hint}"?` : ''}; run \`replylint rules\` to list them`)
  }
  const path = join(packageRoot(), 'rules', id, 'README.md')
  if (!existsSync(path)) throw new UsageError(`The documentation of "${id}" is missing (${path}); see ${docsUrlOf(rule.meta)}`)
  return `${renderMarkdown(readFileSync(path, 'utf8'), new Chalk({ level: color ? 1 : 0 }))}\nDocs: ${docsUrlOf(rule.meta)}\n`
}

/** Just enough markdown for a terminal: headings, emphasis, code, links, and marked examples. */
export function renderMarkdown(markdown: string, c: ChalkInstance): string {
  const out: string[] = []
  let section = ''
  let fence: string | undefined
  for (const line of markdown.replace(/\r\n/g, '\n').split('\n')) {
    const open = /^(`{3,}|~{3,})/.exec(line)
    if (fence) {
      if (open && line.startsWith(fence)) {
        fence = undefined
        out.push('')
      } else {
        const mark = section === 'incorrect' ? c.red('✗ │ ') : section === 'correct' ? c.green('✓ │ ') : c.dim('  │ ')
        out.push(`  ${mark}${line}`)
      }
      continue
    }
    if (open) {
      fence = open[1]
      continue
    }
    const heading = /^(#{1,6})\s+(.*)$/.exec(line)
    if (heading) {
      section = heading[2].trim().toLowerCase()
      out.push(heading[1].length === 1 ? c.bold.underline(heading[2]) : c.bold(heading[2].toUpperCase()))
      continue
    }
    out.push(inline(line, c))
  }
  return `${out.join('\n').replace(/\n{3,}/g, '\n\n').trim()}\n`
}

function inline(text: string, c: ChalkInstance): string {
  return text
    .replace(/\*\*([^*]+)\*\*/g, (_, t: string) => c.bold(t))
    .replace(/`([^`]+)`/g, (_, t: string) => c.cyan(t))
    .replace(/\[([^\]]+)\]\(([^)]+)\)/g, (_, t: string, url: string) => `${t} (${url})`)
}
