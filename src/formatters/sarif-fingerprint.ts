/**
 * `partialFingerprints` that let GitHub code scanning keep an alert's identity
 * across edits: a hash of what was flagged, never of where. The key holds the
 * rule, the messageId (not the message, whose wording may improve), the reply
 * title inside a collection, the flagged text with case and line wrapping
 * folded, and which occurrence of that same key in the file this is.
 * (`primaryLocationLineHash` is left to GitHub, which recomputes it.)
 */
import type { Diagnostic, LintResult } from '../types.js'
import { replyOf } from './messages.js'
import { indexSource } from './source-text.js'
import { crypto } from '../builtins.js'

export const FINGERPRINT_KEY = 'replylint/v1'

/**
 * The fingerprint of each message of the result. Problems disabled by a directive
 * are counted too, in file order, so disabling one occurrence of a phrase closes
 * that alert without handing its fingerprint to the next occurrence.
 */
export function fingerprintsOf(result: LintResult): Map<Diagnostic, string> {
  const source = result.source === undefined ? undefined : indexSource(result.source)
  const all = [...result.messages, ...(result.suppressedMessages ?? [])].sort((a, b) => a.line - b.line || a.column - b.column)
  const seen = new Map<string, number>()
  const out = new Map<Diagnostic, string>()
  for (const m of all) {
    // Without the source (a result from elsewhere), the message, which quotes the
    // flagged phrase, stands in for the flagged text.
    const flagged = source ? source.slice(m, { line: m.endLine, column: m.endColumn }) : m.message
    const key = JSON.stringify([m.ruleId, m.messageId ?? '', replyOf(m).replyTitle ?? '', flagged.replace(/\s+/g, ' ').trim().toLowerCase()])
    const occurrence = seen.get(key) ?? 0
    seen.set(key, occurrence + 1)
    out.set(m, crypto().createHash('sha256').update(`${key}#${occurrence}`).digest('hex').slice(0, 32))
  }
  return out
}
