/** Small vocabulary the formatters share: severity words, counts, reply names. */
import type { Diagnostic } from '../types.js'

export type SeverityWord = 'error' | 'warning' | 'notice'

/** eslint's reading: fatal or 2 is an error, 1 a warning; 0 is a notice (issue 6: never counted). */
export function severityWord(m: Diagnostic): SeverityWord {
  if (m.fatal || m.severity === 2) return 'error'
  return m.severity === 1 ? 'warning' : 'notice'
}

export interface ReplyName {
  replyTitle?: string
  replyIndex?: number
}

/**
 * The reply a message belongs to inside a canned-response collection (issue 6 adds
 * `replyTitle`/`replyIndex` to messages). Read defensively: plain drafts have neither.
 */
export function replyOf(m: Diagnostic): ReplyName {
  const { replyTitle, replyIndex } = m as Diagnostic & Record<string, unknown>
  return {
    ...(typeof replyTitle === 'string' ? { replyTitle } : {}),
    ...(typeof replyIndex === 'number' ? { replyIndex } : {}),
  }
}

/** ` (reply "Title")`, or nothing for a message outside a collection. */
export function replySuffix(m: Diagnostic): string {
  const { replyTitle } = replyOf(m)
  return replyTitle === undefined ? '' : ` (reply ${JSON.stringify(replyTitle)})`
}

export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`
}

/** Errors and warnings among the messages shown (notices are not problems). */
export function countProblems(messages: Iterable<Diagnostic>): { errors: number; warnings: number } {
  let errors = 0
  let warnings = 0
  for (const m of messages) {
    const word = severityWord(m)
    if (word === 'error') errors++
    else if (word === 'warning') warnings++
  }
  return { errors, warnings }
}

/** "3 problems (2 errors, 1 warning)", as eslint's summary line words it. */
export function problemSummary({ errors, warnings }: { errors: number; warnings: number }): string {
  return `${plural(errors + warnings, 'problem')} (${plural(errors, 'error')}, ${plural(warnings, 'warning')})`
}

/** Folds line breaks (a phrase matched across lines) so a message fits on one output line. */
export function oneLine(text: string): string {
  return text.replace(/[ \t]*(?:\r\n|\r|\n)[ \t]*/g, ' ')
}
