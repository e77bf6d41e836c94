/**
 * Never again, however it is worded: a negated future closing on "again" or "anymore" that is about the
 * problem ("you won't run into it again", "you'll never be overcharged again").
 */
import type { PhraseHit } from '../../src/rule/phrases.js'
import type { Reading } from './clause.js'
import classes from './classes.yaml'
import { HEDGE, NEGATION, S, WINDOW, alt, list } from './words.js'

const PROBLEM_NOUNS = new Set(list(classes, 'problem-nouns'))
// The customer suffering the problem itself: "you'll never be overcharged again".
const SUFFERS = new RegExp(String.raw`\byou(?:${S}ll| will| won${S}t| will not| shall| never| can${S}t| cannot| don${S}t| do not)?\s+(?:\p{L}+\s+){0,4}?(?:${alt(list(classes, 'suffer-verbs'))})\b`, 'iu')
// "this", "it", "the same thing", "anything like this": a pointer back at the problem.
const POINTER = /\b(?:it|this|that|the same(?: thing)?|anything like (?:this|that|it)|something like (?:this|that)|such an? \p{L}+|any of (?:this|that))\s*$/iu
// Words that start another clause, so a never-again clause never reaches back past them.
const CLAUSE_WORD = /^(?:but|so|because|if|when|once|unless|although|though|while|and|sure|ensure|insure|promise|guarantee|certainty)$/
// How far back a never-again clause may reach, in words ("we'll make sure you never have to deal with this again").
const AGAIN_REACH = 14

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
  if (/\b(?:if|in case|should|whenever|when)\b/i.test(text.slice(Math.max(0, start - 20), start))) return undefined
  // "You won't see this banner again" is about the banner.
  const nouns = clause.toLowerCase().match(/[\p{L}-]+/gu) ?? []
  if (!nouns.some((n) => PROBLEM_NOUNS.has(n)) && !POINTER.test(clause) && !SUFFERS.test(clause) && !/\b(?:nothing|anything) like (?:this|that|it)\b/i.test(clause)) return undefined
  return { start, end: hit.end }
}
