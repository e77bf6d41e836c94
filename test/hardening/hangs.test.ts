/**
 * Hangs (issue 8): a per-file time budget, the inputs that used to take seconds to minutes, and
 * user phrases that no input can make super-linear. Timings here are hang detectors with generous
 * bounds, not speed tests: each bound is many times what the input takes now.
 */
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { resolveRules } from '../../src/engine/lint-files.js'
import { lintText } from '../../src/engine/lint-text.js'
import { DEFAULT_MAX_FILE_TIME, TimedOut, timeBudget } from '../../src/engine/run-rules.js'
import { micromarkPatched } from '../../src/reply/micromark-patch.js'
import { buildReply } from '../../src/reply/model.js'
import { MAX_CHUNK, splitSentences } from '../../src/reply/sentences.js'
import { runBin } from '../helpers/cli.js'
import { FLAGGED, compactLines, flaggedLine, lint, openProject } from './helpers.js'

const rules = await resolveRules()

/** Milliseconds `fn` takes. */
function time(fn: () => unknown): number {
  const started = performance.now()
  fn()
  return performance.now() - started
}

describe('a time budget per file (--max-file-time)', () => {
  const SLOW = `export default { rules: { slow: {
    meta: { description: 'spends 150 ms on each sentence that says "slow"', defaultSeverity: 'warn', messages: { m: 'm' } },
    create: () => ({ sentence(s) { if (s.text.includes('slow')) { const end = Date.now() + 150; while (Date.now() < end); } } }),
  } } }\n`
  const config = '{"plugins": ["./slow.mjs"], "rules": {"slow/slow": "warn", "missing-acknowledgement": "off"}}'

  it('a file over the budget gets one fatal "timed out" naming where it stopped; the others are linted; exit 2', () => {
    const dir = openProject({ 'slow.mjs': SLOW, '.replylintrc.json': config, 'ok.md': FLAGGED, 'slow.md': 'Hi Sam,\n\nThis is slow. Obviously slow. Still slow.\n' })
    const run = lint(['--max-file-time', '200', 'ok.md', 'slow.md'], dir)
    expect(compactLines(run)).toEqual([
      flaggedLine('ok.md'),
      `slow.md:1:1: error Timed out: linting took longer than the 200 ms budget (stopped in rule "slow/slow"); raise it with --max-file-time (in ${join(dir, 'slow.md')})`,
    ])
    expect(run.code).toBe(2)
    // The default (30 s) is generous: the same file passes, with its problems.
    const relaxed = lint(['ok.md', 'slow.md'], dir)
    expect(compactLines(relaxed)).toContain(`slow.md:3:15: error ${flaggedLine('x').split(': error ')[1]}`)
    expect(relaxed.code).toBe(1)
  })

  it('parsing counts: a large file with a 1 ms budget is stopped after parsing', () => {
    const dir = openProject({ 'big.md': `Hi Sam,\n\n${'Thanks for the report. I fixed it today.\n\n'.repeat(20_000)}` })
    const run = lint(['--max-file-time', '1', 'big.md'], dir)
    expect(compactLines(run)).toEqual([
      `big.md:1:1: error Timed out: linting took longer than the 1 ms budget (stopped after parsing); raise it with --max-file-time (in ${join(dir, 'big.md')})`,
    ])
    expect(run.code).toBe(2)
  })

  it('the budget must be a whole number of milliseconds; the default is 30 s', () => {
    expect(runBin(['--max-file-time', '2.5s', 'x.md'])).toMatchObject({ code: 2, stderr: expect.stringContaining('expected a whole number of milliseconds above 0') })
    expect(DEFAULT_MAX_FILE_TIME).toBe(30_000)
  })

  it('is checked against a clock: past the deadline, check() throws TimedOut naming the stage', () => {
    let now = 0
    const budget = timeBudget(100, () => now)
    budget.check('after parsing')
    now = 101
    expect(() => budget.check('in rule "x"')).toThrow(TimedOut)
    expect(() => budget.check('in rule "x"')).toThrow('(stopped in rule "x")')
    // No budget, no checks.
    expect(() => timeBudget(undefined, () => (now += 1e9)).check('x')).not.toThrow()
  })
})

describe('inputs that used to hang, now linear', () => {
  // 100 KB each. Before issue 8, "A." took 15 s (the e-mail regex), "!?" 7 to 23 s (parse-latin),
  // "a*" 47 s and "[a]" 14 s (micromark's inline resolution).
  const units = ['A.', '!?', 'A. ', '.', '?!', '…', 'a@', 'x.y@', '<!--', '{{ ', 'Mr. ', '! ', '"', '_ ', '*', 'a*', '[a]', '\t', '—', '- a\n  ']
  it.each(units)('100 KB of %j: Reply model under 5 s, all rules under 10 s', (unit) => {
    const text = unit.repeat(Math.ceil(100_000 / unit.length))
    expect(time(() => buildReply(text))).toBeLessThan(5_000)
    expect(time(() => lintText(text, { rules }))).toBeLessThan(10_000)
  })

  it('a long block is split into sentences in pieces of at most MAX_CHUNK, with offsets kept', () => {
    const sentence = 'The export failed twice today! '
    const text = sentence.repeat(1_000)
    const ranges = splitSentences(text)
    expect(ranges).toHaveLength(1_000)
    expect(ranges.every(([a, b]) => text.slice(a, b) === sentence.trim())).toBe(true)
    // No sentence end to cut at: cut at a space, else at MAX_CHUNK, never inside a surrogate pair.
    const emoji = '😀'.repeat(MAX_CHUNK)
    const pieces = splitSentences(emoji)
    expect(pieces.map(([a, b]) => b - a).every((n) => n <= MAX_CHUNK && n % 2 === 0)).toBe(true)
    expect(pieces.at(-1)![1]).toBe(emoji.length)
  })

  it("micromark's container handling is linear (a nested list of 20,000 lines under 10 s; it took minutes)", () => {
    expect(micromarkPatched).toBe(true)
    const list = '- a\n  - b\n'.repeat(10_000)
    expect(time(() => buildReply(list))).toBeLessThan(10_000)
  })

  it('sentences that made rule patterns backtrack exponentially lint in milliseconds', () => {
    const texts = [
      `Hi Sam,\n\nThanks for writing in. Your idea is r ${'  or    or  '.repeat(24)} n, ridiculous.\n`,
      `Hi Sam,\n\nThanks for writing in. You're ${'frankly '.repeat(40)}x ridiculous.\n`,
    ]
    for (const text of texts) expect(time(() => lintText(text, { rules }))).toBeLessThan(2_000)
  })
})

describe('user phrases cannot make matching super-linear', () => {
  // Known catastrophic regexes: as phrases they are literal words, never a pattern.
  const CATASTROPHIC = ['(a+)+$', '(a|a)*b', '(a|aa)+$', '([a-zA-Z]+)*$', '(\\w+\\s?)*$', '(.*a){20}', 'x(a*)*y', '^(([a-z])+.)+[A-Z]([a-z])+$']
  // An object entry may use phrase syntax; optional words and alternatives are matched without backtracking blow-up.
  const SYNTAX = [{ phrase: `${'[a] '.repeat(40)}b` }, { phrase: `${'(a|a a) '.repeat(30)}b` }, { phrase: 'sorry', exceptions: [`${'[a] '.repeat(40)}b`, '(a+)+b'] }]
  const inputs = ['a'.repeat(100_000), 'a '.repeat(50_000), `${'a'.repeat(50_000)}!`, '(a+)+'.repeat(20_000), `sorry ${'a '.repeat(50_000)}`]

  it('in the kernel: 100 KB adversarial inputs finish well within 10 s (a hang detector)', async () => {
    const add = [...CATASTROPHIC, ...SYNTAX]
    const withPhrases = await resolveRules({
      'dismissive-tone': ['error', { phrases: { add } }],
      'non-apology': ['error', { phrases: { add } }],
      'over-promise': ['error', { phrases: { add } }],
    })
    for (const text of inputs) expect(time(() => lintText(text, { rules: withPhrases }))).toBeLessThan(10_000)
    // Literal: the catastrophic pattern's own text is what matches.
    const hit = lintText('Hi Sam,\n\nThanks for writing in. The (a+)+$ is broken.\n', { rules: withPhrases }).messages.filter((m) => m.ruleId === 'dismissive-tone')
    expect(hit.map((m) => `${m.line}:${m.column}-${m.endColumn}`)).toEqual(['3:28-34'])
  })

  it('through the real bin, with the phrases in a config file', () => {
    const add = JSON.stringify([...CATASTROPHIC, ...SYNTAX])
    const dir = openProject({
      '.replylintrc.json': `{"rules": {"dismissive-tone": ["error", {"phrases": {"add": ${add}}}], "non-apology": ["error", {"phrases": {"add": ${add}}}]}}`,
      'a.md': 'a '.repeat(50_000),
      'b.md': `${'a'.repeat(100_000)}!`,
    })
    const started = Date.now()
    const run = lint(['a.md', 'b.md'], dir)
    expect(Date.now() - started).toBeLessThan(10_000)
    expect(run.stderr).toBe('')
  })
})
