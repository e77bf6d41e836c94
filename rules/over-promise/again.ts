/**
 * Never again, however it is worded: a negated future closing on "again" or "anymore" that is about the
 * problem ("you won't run into it again", "you'll never be overcharged again"), and a negated future whose
 * object is the problem once more ("this pair won't develop the same fault").
 */
import type { PhraseHit } from '../../src/rule/phrases.js'
import type { Reading } from './clause.js'
import classes from './classes.yaml'
import { HEDGE, NEGATION, S, WINDOW, alt, list } from './words.js'

const PROBLEM_NOUNS = new Set(list(classes, 'problem-nouns'))
export const isProblem = (word: string): boolean => PROBLEM_NOUNS.has(word)
// The customer suffering the problem itself: "you'll never be overcharged again".
const SUFFERS = new RegExp(String.raw`\byou(?:${S}ll| will| won${S}t| will not| shall| never| can${S}t| cannot| don${S}t| do not)?\s+(?:\p{L}+\s+){0,4}?(?:${alt(list(classes, 'suffer-verbs'))})\b`, 'iu')
// Anything failing: "your flight will never be delayed again", "the line won't go down again".
const FAILS = new RegExp(String.raw`\b(?:${alt(list(classes, 'failure-states'))})\b`, 'iu')
// What the customer endures, after "never have to": "you'll never have to wait again".
const ENDURES = new RegExp(String.raw`\b(?:have|need) to (?:${alt(list(classes, 'endure-verbs'))})\b`, 'iu')
// A step the customer takes ("you won't need to enter your card again", "you won't be asked again").
const CHORE = /\b(?:have to|need to|needs to|be asked|be prompted|be required)\b/i
// "this", "it", "the same thing", "anything like this": a pointer back at the problem.
const POINTER = /\b(?:it|this|that|the same(?: thing)?|anything like (?:this|that|it)|something like (?:this|that)|such an? \p{L}+|any of (?:this|that))\s*$/iu
// Words that start another clause, so a never-again clause never reaches back past them.
const CLAUSE_WORD = /^(?:but|so|because|if|when|once|unless|although|though|while|and|sure|ensure|insure|promise|guarantee|certainty)$/
// A clause the agent promises to see to: "I'll make sure you never get matched against smurfs again" is about
// the customer's experience, whatever its nouns. "Please make sure you never share it again" is a step.
const SEES_TO = new RegExp(
  String.raw`(?:\b(?:i|we)(?:${S}ll| will| shall| am going to|${S}m going to| are going to|${S}re going to)\s+(?:personally\s+|also\s+)?(?:make sure|ensure|insure)|\b(?:i|we)\s+(?:can\s+)?(?:personally\s+)?(?:promise|guarantee)(?:\s+you)?)\s*$`,
  'iu',
)
// How far back a never-again clause may reach, in words ("we'll make sure you never have to deal with this again").
const AGAIN_REACH = 14
// "If it happens again", "in case you see this again": a condition, not a promise.
const CONDITION = /\b(?:if|in case|should|whenever|when)\b/i

/**
 * "Again" closing a negated future about the problem: "you won't run into it again", "you'll never see
 * this again", "you won't have this issue again", "nothing like this will happen again". The clause runs
 * back to its edge (punctuation or a clause word); it must hold a negation, and be about the problem: a
 * problem noun ("issue", "outage"), a bare pointer ("it", "this") right before "again", or the customer
 * suffering it ("be overcharged"; classes.yaml). "You won't need to log in again" and "you won't see this
 * banner again" promise nothing about a failure; a hedge ("hopefully", "shouldn't") is what the rule asks for.
 */
export function againClause(r: Reading, hit: PhraseHit): { start: number; end: number } | undefined {
  const { text, words: w } = r
  const i = r.wordAt(hit.start)
  let k = i
  while (k - 1 >= 0 && i - (k - 1) <= AGAIN_REACH && !w[k - 1].boundary && !CLAUSE_WORD.test(w[k - 1].lower)) k--
  if (k === i) return undefined
  const start = w[k].start
  const clause = text.slice(start, hit.start)
  if (!NEGATION.test(clause) || HEDGE.test(text.slice(Math.max(0, hit.start - WINDOW), hit.start))) return undefined
  // "If it happens again", "in case you see this again": a condition, not a promise.
  if (CONDITION.test(text.slice(Math.max(0, start - 20), start))) return undefined
  // "You'll never have to explain it again" is a step spared, not a failure promised away.
  if (CHORE.test(clause) && !ENDURES.test(clause)) return undefined
  if (/\bnever\b/i.test(clause) && SEES_TO.test(text.slice(Math.max(0, start - 50), start))) {
    return { start, end: hit.end }
  }
  // "You won't see this banner again" is about the banner.
  const nouns = clause.toLowerCase().match(/[\p{L}-]+/gu) ?? []
  if (
    !nouns.some(isProblem) &&
    !POINTER.test(clause) &&
    !SUFFERS.test(clause) &&
    !FAILS.test(clause) &&
    !ENDURES.test(clause) &&
    !/\b(?:nothing|anything) like (?:this|that|it)\b/i.test(clause)
  ) {
    return undefined
  }
  return { start, end: hit.end }
}

// Up to two describing words, then the problem: "the same charging fault", "any more issues".
const NEXT_WORDS = /^\s+([\p{L}-]+)(?:\s+([\p{L}-]+))?(?:\s+([\p{L}-]+))?/u
// A negated future before it: "won't", "will never", "'ll never"; or a future with "no more" ("there will be
// no more outages").
const NEGATED_FUTURE = new RegExp(String.raw`\b(?:won${S}t|will not|will never|${S}ll never|shall not|(?:is|are|${S}s|${S}re) not going to|never)\b`, 'iu')
const FUTURE = new RegExp(String.raw`\b(?:will|${S}ll|going to)\b`, 'iu')

/**
 * The problem once more as the object of a negated future: "this pair won't develop the same fault", "you
 * won't have any more issues", "there will be no more outages". Quiet for other things ("we won't charge any
 * more fees"), conditions and hedges.
 */
export function recurrence(text: string, reading: () => Reading, hit: PhraseHit): { start: number; end: number } | undefined {
  if (/last|final/i.test(hit.text)) return lastTime(text, reading, hit)
  const m = NEXT_WORDS.exec(text.slice(hit.end, hit.end + 60))
  if (!m) return undefined
  // Where each of the next words ends; the groups are separated by whitespace only.
  let end = hit.end
  let found = false
  for (const word of m.slice(1)) {
    if (word === undefined) break
    end = text.indexOf(word, end) + word.length
    if ((found = isProblem(word.toLowerCase()))) break
  }
  if (!found) return undefined
  const r = reading()
  const w = r.words
  const i = r.wordAt(hit.start)
  let k = i
  while (k - 1 >= 0 && i - (k - 1) <= AGAIN_REACH && !w[k - 1].boundary && !CLAUSE_WORD.test(w[k - 1].lower)) k--
  const start = k < i ? w[k].start : hit.start
  const clause = text.slice(start, hit.start)
  const no = /^no\b/i.test(hit.text)
  // "no more" carries its own negation; it needs a future ("there will be no more outages").
  if (no ? !FUTURE.test(clause) : !NEGATED_FUTURE.test(clause)) return undefined
  if (HEDGE.test(text.slice(Math.max(0, hit.start - WINDOW), hit.start)) || CONDITION.test(text.slice(Math.max(0, start - 20), start))) return undefined
  return { start, end }
}

// What the last time is the last time of: the problem, or the customer enduring it.
const LAST_OF = /^[^.;:!?]{0,60}?\b(?:happens|occurs|goes wrong|let you down|lets you down)\b/i

/** "This will be the last time you have to chase us", "that will be the last time it happens". */
function lastTime(text: string, reading: () => Reading, hit: PhraseHit): { start: number; end: number } | undefined {
  const after = /^[^,;:.!?()—–]*/.exec(text.slice(hit.end, hit.end + 100))![0]
  const words = after.toLowerCase().match(/[\p{L}-]+/gu) ?? []
  if (!words.some(isProblem) && !ENDURES.test(after) && !FAILS.test(after) && !LAST_OF.test(after)) return undefined
  const r = reading()
  const w = r.words
  const i = r.wordAt(hit.start)
  let k = i
  while (k - 1 >= 0 && i - (k - 1) <= 6 && !w[k - 1].boundary && !CLAUSE_WORD.test(w[k - 1].lower)) k--
  const start = k < i ? w[k].start : hit.start
  const clause = text.slice(start, hit.start)
  if (!FUTURE.test(clause) || NEGATED_FUTURE.test(clause) || HEDGE.test(text.slice(Math.max(0, hit.start - WINDOW), hit.start))) return undefined
  return { start, end: hit.end + after.trimEnd().length }
}
