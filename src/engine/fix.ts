/**
 * Fixes, as eslint applies them: each pass applies every fix that does not
 * overlap (or touch) one applied before it, in one merged rewrite; then the text
 * is linted again, until nothing changes or ten passes have run. Pure: the
 * engine reads and writes the files.
 */
import type { Diagnostic, Fix, LintResult } from '../types.js'
import { type LintTextOptions, lintText } from './lint-text.js'

export const MAX_FIX_PASSES = 10
const BOM = '\uFEFF'

/** Which problems' fixes to apply (`--quiet` applies errors' fixes only, as in eslint). */
export type FixFilter = (message: Diagnostic) => boolean

export interface AppliedFixes {
  output: string
  /** How many fixes went in. */
  applied: number
}

/** Merges the non-overlapping fixes of `messages` into one rewrite of `text`. */
export function applyFixes(text: string, messages: Diagnostic[], shouldFix: FixFilter = () => true): AppliedFixes {
  const fixes = messages
    .filter((m): m is Diagnostic & { fix: Fix } => Boolean(m.fix) && !m.fatal && shouldFix(m))
    .map((m) => m.fix)
    .filter((f) => f.range[0] <= f.range[1] && f.range[0] >= 0 && f.range[1] <= text.length)
    .sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1])
  // CRLF files keep CRLF: a fix written with "\n" gets the file's line ending.
  const crlf = text.includes('\r\n')
  let output = ''
  let last = 0
  let applied = 0
  for (const fix of fixes) {
    // eslint's rule: a fix that overlaps or touches the previous one waits for the next pass.
    if (applied > 0 && fix.range[0] <= last) continue
    output += text.slice(last, fix.range[0]) + (crlf ? fix.text.replace(/\r?\n/g, '\r\n') : fix.text)
    last = fix.range[1]
    applied++
  }
  return { output: output + text.slice(last), applied }
}

/**
 * Lints, fixes and lints again until stable. The result's messages are those of
 * the final text; `output` (with the BOM put back) is set only when the text changed.
 */
export function lintAndFix(input: string, options: LintTextOptions, shouldFix: FixFilter = () => true): LintResult {
  const bom = input.startsWith(BOM) ? BOM : ''
  const original = input.slice(bom.length)
  let text = original
  let result = lintText(text, options)
  for (let pass = 1; pass <= MAX_FIX_PASSES; pass++) {
    if (result.fatalErrorCount > 0) break
    const { output, applied } = applyFixes(text, result.messages, shouldFix)
    if (applied === 0 || output === text) break
    text = output
    result = lintText(text, options)
  }
  if (text !== original) result.output = bom + text
  return result
}
