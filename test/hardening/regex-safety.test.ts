/**
 * Regular-expression safety (issue 8). Every pattern replylint writes itself, in src/ and rules/,
 * is checked with recheck (https://makenowjust-labs.github.io/recheck/), which proves a pattern
 * linear or finds an attack string that makes backtracking blow up:
 *
 * - exponential: never allowed;
 * - polynomial (a run rescanned from each of its positions): allowed when its attack string,
 *   pumped to 20 KB and linted end to end in several places of a reply, finishes quickly, i.e. the
 *   code only ever gives that pattern a bounded piece of text (a sentence, a line, 80 characters);
 * - unknown (recheck ran out of time or cannot model a feature): allowed only with a reason below.
 *
 * Patterns are found as regex literals in the syntax tree and, for `new RegExp(…)`, by wrapping the
 * RegExp constructor while every module loads and the rules lint the probe corpus. recheck takes
 * up to seconds per pattern, so verdicts are kept in regex-verdicts.json, keyed by pattern, flags,
 * recheck version and parameters; a pattern not in it fails the run until the file is refreshed
 * with `UPDATE_REGEX_VERDICTS=1 npx vitest run --config test/vitest.config.ts test/hardening/regex-safety.test.ts`
 * (which checks only the new patterns; delete the file first to check them all again).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { checkSync } from 'recheck'
import { beforeAll, describe, expect, it } from 'vitest'
import type { EnabledRule } from '../../src/engine/run-rules.js'
import { type FoundPattern, scanFile, sourceFiles } from './regex-sources.js'

// Not from helpers/cli.ts: that loads the CLI, and with it every module, before RegExp is wrapped.
const ROOT = fileURLToPath(new URL('../..', import.meta.url))

const VERDICTS = join(ROOT, 'test/hardening/regex-verdicts.json')
const RECHECK = (createRequire(import.meta.url)('recheck/package.json') as { version: string }).version
const PARAMS = { timeout: 10_000 }
const UPDATE = process.env.UPDATE_REGEX_VERDICTS === '1'

/** Patterns recheck cannot decide, each with why it is safe. Keys are substrings of the source. */
const UNDECIDED: Array<{ source: string; why: string }> = [
  {
    source: String.raw`^\s+(?:(?:you|that)\s+)?(?:(?:a|an|the|same-day`,
    why: 'each starred group starts with a distinct word followed by \\s+, so a text splits one way only; anchored, and run on the words after one hit',
  },
  {
    source: String.raw`^[^.!?;:,\uFFFC—–]{0,80}?`,
    why: 'the lazy prefix is bounded to 80 characters and the pattern is anchored: at most 80 starting splits per call',
  },
]

interface Verdict {
  status: 'safe' | 'vulnerable' | 'unknown'
  complexity?: string
  /** For a vulnerable pattern: how to build an attack string. */
  attack?: { pumps: Array<{ prefix: string; pump: string }>; suffix: string }
  error?: string
}

interface Pattern {
  source: string
  flags: string
  where: Set<string>
}

const key = (source: string, flags: string) => `/${source}/${[...flags].filter((f) => f !== 'g' && f !== 'y').sort().join('')}`

/** The `new RegExp` patterns of src/ and rules/: built as modules load and as the rules lint real replies. */
async function constructedPatterns(): Promise<{ found: FoundPattern[]; failures: string[] }> {
  const found: FoundPattern[] = []
  const failures: string[] = []
  const Original = globalThis.RegExp
  const own = (stack: string) => {
    const frame = stack.split('\n').find((l) => l.includes(`${ROOT}src/`) || l.includes(`${ROOT}rules/`))
    return frame ? relative(ROOT, /\((.*):\d+\)$|at (.*):\d+$/.exec(frame.trim())?.slice(1).find(Boolean) ?? '') : undefined
  }
  const record = (re: RegExp) => {
    const where = own(new Error().stack ?? '')
    if (where) found.push({ where, source: re.source, flags: re.flags })
    return re
  }
  globalThis.RegExp = new Proxy(Original, {
    construct: (target, args, newTarget) => record(Reflect.construct(target, args, newTarget) as RegExp),
    apply: (target, self, args) => record(Reflect.apply(target, self, args) as RegExp),
  })
  try {
    for (const file of sourceFiles(ROOT)) {
      // The worker thread's script loads the built bundle as it is imported; it has no patterns of its own.
      if (file.endsWith('/cli/worker-boot.ts')) continue
      await import(file).catch((error: Error) => failures.push(`${relative(ROOT, file)}: ${error.message}`))
    }
    const { resolveRules } = await import('../../src/engine/lint-files.js')
    const { lintText } = await import('../../src/engine/lint-text.js')
    const rules: EnabledRule[] = await resolveRules()
    for (const line of readFileSync(join(ROOT, 'fixtures/eval/probe.jsonl'), 'utf8').split('\n').filter(Boolean)) {
      const probe = JSON.parse(line) as { text: string; kind?: 'draft' | 'template'; format?: string }
      lintText(probe.text, { rules, kind: probe.kind ?? 'draft', format: probe.format === 'txt' ? 'plaintext' : 'markdown' })
    }
  } finally {
    globalThis.RegExp = Original
  }
  return { found, failures }
}

function check(source: string, flags: string): Verdict {
  const r = checkSync(source, flags, PARAMS)
  const verdict: Verdict = { status: r.status }
  if (r.status === 'vulnerable') {
    verdict.complexity = r.complexity.summary
    const attack = r.attack as unknown as { pumps: Array<{ prefix: string; pump: string }>; suffix: string }
    verdict.attack = { pumps: attack.pumps.map(({ prefix, pump }) => ({ prefix, pump })), suffix: attack.suffix }
  } else if (r.status === 'safe') {
    verdict.complexity = r.complexity?.summary
  } else {
    verdict.error = r.error.kind
  }
  return verdict
}

/** The attack string of `verdict` pumped to about `size` characters. */
function attackOf(verdict: Verdict, size: number): string {
  const { pumps, suffix } = verdict.attack!
  const unit = pumps.reduce((n, p) => n + p.pump.length, 0) || 1
  const times = Math.max(1, Math.ceil(size / unit))
  return pumps.map((p) => p.prefix + p.pump.repeat(times)).join('') + suffix
}

describe('regular expressions written in src/ and rules/', () => {
  const patterns = new Map<string, Pattern>()
  const verdicts = new Map<string, Verdict>()
  let importFailures: string[] = []
  let unrecorded: string[] = []

  beforeAll(async () => {
    const add = (p: FoundPattern) => {
      const k = key(p.source, p.flags)
      const entry = patterns.get(k) ?? { source: p.source, flags: p.flags, where: new Set<string>() }
      entry.where.add(p.where)
      patterns.set(k, entry)
    }
    for (const file of sourceFiles(ROOT)) scanFile(file, ROOT).literals.forEach(add)
    const built = await constructedPatterns()
    built.found.forEach(add)
    importFailures = built.failures
    const stored = existsSync(VERDICTS) ? (JSON.parse(readFileSync(VERDICTS, 'utf8')) as { recheck: string; params: unknown; verdicts: Record<string, Verdict> }) : undefined
    const usable = stored && stored.recheck === RECHECK && JSON.stringify(stored.params) === JSON.stringify(PARAMS) ? stored.verdicts : {}
    unrecorded = UPDATE ? [] : [...patterns.keys()].filter((k) => !usable[k])
    // A refresh checks only patterns without a verdict and drops those no longer written; delete
    // the file to check every pattern again (a new recheck version does so by itself).
    for (const [k, p] of patterns) verdicts.set(k, usable[k] ?? check(p.source, p.flags))
    if (UPDATE) {
      const sorted = Object.fromEntries([...verdicts].sort(([a], [b]) => (a < b ? -1 : 1)))
      writeFileSync(VERDICTS, `${JSON.stringify({ recheck: RECHECK, params: PARAMS, verdicts: sorted }, null, 1)}\n`)
    }
  }, 900_000)

  it('are all found: hundreds of literals and the patterns modules build, every module loading', () => {
    expect(importFailures).toEqual([])
    expect(patterns.size).toBeGreaterThan(400)
    // A few known ones, so a broken scan cannot pass by finding nothing.
    const sources = [...patterns.values()].map((p) => p.source)
    expect(sources).toContain(String.raw`\r\n|\r|\n`)
    expect(sources.some((s) => s.startsWith('^[\\s>*_]*(?:best(?: regards'))).toBe(true)
  })

  // recheck's verdict on a big alternation can depend on how busy the machine is (it falls back to
  // fuzzing, or times out), so the verdicts CI relies on are the ones recorded here, refreshed on purpose.
  it('each one has a recorded verdict (refresh with UPDATE_REGEX_VERDICTS=1 after changing a pattern)', () => {
    expect(unrecorded).toEqual([])
  })

  it('none can backtrack exponentially', () => {
    const exponential = [...patterns].filter(([k]) => verdicts.get(k)?.complexity?.startsWith('exponential'))
    expect(exponential.map(([k, p]) => `${[...p.where].join(', ')}: ${k}`)).toEqual([])
  })

  it('each one recheck cannot decide has a reason here', () => {
    const undecided = [...patterns].filter(([k]) => verdicts.get(k)?.status === 'unknown')
    const unexplained = undecided.filter(([, p]) => !UNDECIDED.some((u) => p.source.includes(u.source)))
    expect(unexplained.map(([k, p]) => `${[...p.where].join(', ')}: ${k} (${verdicts.get(k)?.error})`)).toEqual([])
  })

  it('each polynomial one only ever sees a bounded piece of text: its 20 KB attack, linted end to end, finishes quickly', async () => {
    const { resolveRules } = await import('../../src/engine/lint-files.js')
    const { lintText } = await import('../../src/engine/lint-text.js')
    const { lintCollection } = await import('../../src/engine/lint-collection.js')
    const rules = await resolveRules()
    const slow: string[] = []
    let checked = 0
    for (const [k, p] of patterns) {
      const verdict = verdicts.get(k)!
      if (verdict.status !== 'vulnerable') continue
      checked++
      const attack = attackOf(verdict, 20_000)
      const started = performance.now()
      for (const text of [attack, `Hi Sam,\n\n${attack}\n\nThanks,\nPriya\n`, `Hi Sam,\n\n- ${attack}\n`]) {
        lintText(text, { rules, format: 'markdown' })
        lintText(text, { rules, format: 'plaintext' })
      }
      // The library readers: as a file of each kind, and as a reply's body.
      for (const path of ['saved-replies.md', 'canned-responses.txt', 'macros.json', 'replies.yaml', 'macros.csv', 'reply.html']) {
        await lintCollection(attack, path, { settings: {}, lint: { rules, filePath: path } })
      }
      await lintCollection(JSON.stringify([{ title: 'T', body: attack }]), 'macros.json', { settings: {}, lint: { rules, filePath: 'macros.json' } })
      const ms = performance.now() - started
      // A hang detector, not a speed test: a quadratic pattern over the whole 20 KB takes many seconds.
      if (ms > 5_000) slow.push(`${[...p.where].join(', ')}: ${k} took ${Math.round(ms)} ms`)
    }
    expect(checked).toBeGreaterThan(0)
    expect(slow).toEqual([])
  }, 600_000)
})
