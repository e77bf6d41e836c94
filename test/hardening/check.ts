/** Shared by the property tests (issue 8): run counts, and what every lint result must satisfy. */
import type { Diagnostic, LintResult } from '../../src/types.js'

/** Cases per property: 10,000 in CI, set by FUZZ_RUNS (bench/fuzz.mjs runs a million in all). */
const RUNS = Number(process.env.FUZZ_RUNS ?? 10_000)
const SEED = process.env.FUZZ_SEED === undefined ? undefined : Number(process.env.FUZZ_SEED)
export const params = { numRuns: RUNS, ...(SEED === undefined ? {} : { seed: SEED }) }
/** Generous: about 10 ms a case on this 2-core machine, under load. */
export const TIMEOUT = 60_000 + RUNS * 10

export const BOM = '\uFEFF'

/** Offsets where each line starts, counting CRLF, LF and lone CR as line ends (as positions do). */
function lineStarts(text: string): number[] {
  const starts = [0]
  for (const m of text.matchAll(/\r\n|\r|\n/g)) starts.push(m.index + m[0].length)
  return starts
}

/** Throws unless every message of `result` has a real position in `text` and sane fixes; no fatal but a parse error when allowed. */
export function checkPositions(result: LintResult, text: string, parseErrors = false): void {
  const starts = lineStarts(text)
  const lineLength = (line: number) => {
    const end = line < starts.length ? starts[line] : text.length
    const body = text.slice(starts[line - 1], end)
    return body.replace(/(?:\r\n|\r|\n)$/, '').length
  }
  const inside = (line: number, column: number) =>
    Number.isInteger(line) && Number.isInteger(column) && line >= 1 && line <= starts.length && column >= 1 && column <= lineLength(line) + 1
  const range = (r: [number, number]) => Number.isInteger(r[0]) && Number.isInteger(r[1]) && r[0] >= 0 && r[0] <= r[1] && r[1] <= text.length
  for (const m of [...result.messages, ...(result.suppressedMessages ?? [])] as Diagnostic[]) {
    const where = `${m.ruleId}: ${m.message} at ${m.line}:${m.column}-${m.endLine}:${m.endColumn}`
    if (m.fatal && !(parseErrors && m.message.startsWith('Parsing error'))) throw new Error(`fatal message: ${where}`)
    if (!inside(m.line, m.column) || !inside(m.endLine, m.endColumn)) throw new Error(`position outside the file: ${where}`)
    if (m.line > m.endLine || (m.line === m.endLine && m.column > m.endColumn)) throw new Error(`start after end: ${where}`)
    if (m.fix && !range(m.fix.range)) throw new Error(`fix range outside the text: ${where} ${JSON.stringify(m.fix)}`)
    for (const s of m.suggestions ?? []) if (!range(s.fix.range)) throw new Error(`suggestion range outside the text: ${where}`)
  }
}

export const stripBom = (text: string) => (text.startsWith(BOM) ? text.slice(1) : text)
