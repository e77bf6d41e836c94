/**
 * A promise marker that stands as a clause of its own vouches for what was said just before: "The bank
 * will have it today. You have my word.", "…arriving between 8 and 10am; that part is a certainty", "No more
 * breaking changes from here on, promise.", "I've passed your claim to the underwriting team. Consider it
 * done." What it vouches for must be out of the agent's hands: a future someone else delivers, an outcome,
 * a "no more" of the problem, or a decision handed on to another party (classes.yaml `parties`).
 */
import type { PhraseHit } from '../../src/rule/phrases.js'
import { type Future, uncontrolled } from './clause.js'
import classes from './classes.yaml'
import { alt, list } from './words.js'

// Words that may share the marker's clause without making it say more: "and that part is a certainty",
// "I promise", "you can count on it", "consider it done".
const FILLER = /^(?:and|so|oh|yes|i|we|that|this|it|part|bit|one|thing|much|is|was|s|i'm|i’m|on|for|about|can|absolutely|really)$/i
// Where the marker's clause starts: the last clause edge before it.
const EDGE = /[,;:.!?—–(]|\s--\s/g
const TAIL = /^(?:\s*(?:on|for|about)?\s*(?:it|that|this)\b)?[^\p{L}\p{N}]*$/u
// "No more breaking changes", "never again": a verbless promise about the future.
const NO_MORE = /\b(?:no (?:more|further)(?!\s+than\b)|never again)\b/i
const HANDOFF = new RegExp(
  String.raw`\b(?:i|we)(?:['’]ve| have)?\s+(?:just\s+|now\s+|already\s+)?(?:passed|forwarded|escalated|referred|handed|raised|submitted|sent|put)\b[^.;!?]{0,60}?\b(?:to|with)\s+(?:the\s+|our\s+|their\s+|your\s+)?(?:[\p{L}-]+\s+){0,2}?(?:${alt(list(classes, 'parties'))})\b`,
  'iu',
)
const MAX_CLAUSE = 60
// How far back a marker may vouch (characters).
const REACH = 240

/** Where the marker's clause starts, when the marker is all it says and it ends the sentence. */
export function standsAlone(text: string, hit: PhraseHit): number | undefined {
  if (!TAIL.test(text.slice(hit.end, hit.end + MAX_CLAUSE + 1)) || text.length - hit.end > MAX_CLAUSE) return undefined
  const before = text.slice(Math.max(0, hit.start - MAX_CLAUSE), hit.start)
  let start = 0
  EDGE.lastIndex = 0
  for (let m = EDGE.exec(before); m; m = EDGE.exec(before)) start = m.index + m[0].length
  const words = before.slice(start).match(/[\p{L}\p{N}'’]+/gu) ?? []
  if (!words.every((word) => FILLER.test(word))) return undefined
  // The look-back was bounded; a clause longer than that is no marker standing alone.
  if (start === 0 && hit.start > MAX_CLAUSE) return undefined
  return hit.start - before.length + start
}

/** What a marker standing alone vouches for in `text` (up to `upTo`; `fs` its future clauses), or undefined. */
export function vouchedIn(text: string, upTo: number, fs: Future[], handoff: boolean): { start: number; end: number } | undefined {
  // Only what was said just before: a bounded look keeps a run of markers linear.
  const from = Math.max(0, upTo - REACH)
  const head = text.slice(from, upTo)
  let f: Future | undefined
  for (const candidate of fs) {
    if (candidate.end > upTo) break
    if (candidate.start >= from) f = candidate
  }
  if (f && uncontrolled(f)) return { start: f.start, end: f.end }
  const end = from + head.replace(/[\s,;:.!?—–-]+$/, '').length
  const no = NO_MORE.exec(head)
  if (no) return { start: from + no.index, end }
  const h = handoff ? HANDOFF.exec(head) : null
  return h ? { start: from + h.index, end } : undefined
}
