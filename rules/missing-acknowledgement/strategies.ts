/**
 * The named judgements `phrases.yaml` entries may use. A cue is a hint that the
 * opening acknowledges the customer; its strategy decides whether it really
 * does, from the clause around it (who acts, whether it is conditional, what
 * follows). New phrases need no code; new judgement goes here, once.
 */
import type { PhraseEntry } from '../../src/rule/phrases.js'
import { citation, citationTopic, leadConfirmation, requestOutcome } from './cited.js'
import { clauseAfter, clauseStart, isConditional, opensClause } from './clause.js'
import { seesRecord, thirdPerson } from './restate.js'
import { FUNCTION_WORDS, contentWords, list, startsWithAny, wordsOf } from './words.js'

export interface Cue {
  /** The sentence's prose, apostrophes straightened (see `plain`). */
  text: string
  start: number
  end: number
  entry: PhraseEntry
  /** Whether the sentence is the opening's first. */
  first: boolean
  /** Whether the sentence leads the reply: the first, or the second after an interjection ("Great news!"). */
  lead: boolean
  /** Where the agent's words start in `text` (after an inline greeting such as "Hi Sam, "). */
  begin: number
  /** The opening sentence before this one, if any. */
  previous?: string
  /** Whether the sentence is the reply's last sentence of prose. */
  last: boolean
}

export type Strategy = (cue: Cue) => boolean

// A request just made, which a following "thanks for your help" closes: "Please fill in the template."
const REQUEST = /^\s*(?:please|kindly|could you|can you|would you|would you mind|do you mind)\b|\bplease\b[^.?!]*[.?!]?\s*$/i

/** "Thanks for <what they did>": not for what they are being asked to do. */
const thanksFor: Strategy = ({ text, start, end, entry, previous }) => {
  // "Please send the logs. Thanks for your help!" thanks them for complying, like a sign-off.
  const asked = REQUEST.test(text.slice(0, start)) || (previous !== undefined && REQUEST.test(previous))
  return !(asked && startsWithAny(text.slice(end), list(entry.afterRequest)))
}

/**
 * A bare "Thanks!" acknowledges only as the reply's first words ("Awesome,
 * thanks!") with more to follow; closing a request ("Please fill in the
 * template. Thank you.") or the reply, it is a sign-off (RULES.md).
 */
const leadThanks: Strategy = ({ text, start, end, first, last, begin }) => {
  if (!first || last) return false
  const wordsBefore = text.slice(begin, start).match(/[\p{L}\p{N}]+/gu) ?? []
  return wordsBefore.length <= 1 && /^[\s!.,:;—–-]*(?:again\s*[!.]*)?\s*$/u.test(text.slice(end))
}

/** "We appreciate your report": not "I'd appreciate it if…" nor "…in advance". */
const appreciation: Strategy = ({ text, start, end }) => {
  if (/\bin advance\b/i.test(clauseAfter(text, end))) return false
  return !isConditional(text, start)
}

/**
 * A real apology acknowledges; a non-apology does not (RULES.md). Whether an
 * apology is hedged, conditional, for the customer's feelings or turns into a
 * refusal is the shared classifier's call (non-apology's own verdicts, asked in
 * index.ts through src/rule/apology.ts), so the two rules agree. What is left
 * here is this rule's own question: does the apology say anything about the
 * customer's matter? "Sorry for the trouble" says nothing; an apology hedged
 * with "any" that only points at their order says where, not what; a bare
 * "I'm so sorry." is sincere.
 */
const apology: Strategy = ({ text, start, end, entry }) => {
  if (isConditional(text, start)) return false
  const rest = text.slice(end)
  // "I'm sorry, but…", "Sorry, we can't…": the apology is for nothing and leads into what follows.
  if (/^\s*[,—–-]?\s*(?:but|however)\b/i.test(rest)) return false
  if (/^\s*,\s*(?:[\p{L}']+\s+){0,3}?(?:can't|cannot|won't|unable|not able|don't|do not|no longer|isn't|is not)\b/iu.test(rest)) return false
  const cause = clauseAfter(text, end)
  // What the apology is for, up to the clause's end: "sorry the courier missed you twice — …".
  let object = cause.split(/[,:—–]|\s-\s/)[0]
  const stock = list(entry.stock)
  // A hedged apology ("any inconvenience…") that only points at their matter ("…in relation to your
  // recent stay") names no failure: what the pointer says is where, not what went wrong.
  const hedges = new Set([...list(entry.hedges), ...stock])
  if (wordsOf(object).some((w) => hedges.has(w) && !stock.includes(w))) object = withoutPointer(object, list(entry.pointers))
  if (contentWords(object, [...list(entry.vague), ...stock]).length > 0) return true
  // Nothing named. A stock object ("sorry for the inconvenience") or a hedge ("sorry if…", "any")
  // says nothing about this customer; a bare "I'm so sorry." or "sorry about all this" is sincere.
  const words = wordsOf(object)
  return !words.some((w) => hedges.has(w))
}

/** The object without a trailing "in relation to your recent stay", "regarding the order". */
function withoutPointer(object: string, pointers: string[]): string {
  if (!pointers.length) return object
  const alternatives = pointers.map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+')).join('|')
  // the last pointer only: "…on our side added to the confusion about your booking dates" keeps what went wrong
  const pointer = String.raw`\s(?:${alternatives})\s+(?:your|the|this|our|their)\b`
  return object.replace(new RegExp(String.raw`${pointer}(?!.*${pointer}).*$`, 'is'), '')
}

/**
 * Empathy put as how the agent, or anyone, would feel in their place: "a third missed delivery
 * would drive anyone up the wall", "I'd be fuming as well", "that must have been a shock". The cue
 * says nothing by itself ("I'd be happy to", "you must be logged in"): a feeling must follow.
 */
const feeling: Strategy = ({ text, end, entry }) => {
  const feelings = new Set(list(entry.feelings))
  return wordsOf(clauseAfter(text, end)).slice(0, 6).some((w) => feelings.has(w))
}

/**
 * The cue opens its clause and the clause is not hypothetical: "You mentioned
 * the invoice…", "and you were charged twice", "Looks like you've…"; not
 * "the issue you raised" (a pointer, not a restatement) nor "if you're still
 * having problems".
 */
const opensClauseStrategy: Strategy = ({ text, start, end, entry }) => {
  if (isConditional(text, start)) return false
  if (opensClause(text, start)) return true
  // "the double charge you mentioned", "an invoice you'd already paid": a relative clause restates
  // when its head names the thing; "the issue you raised" only points at their message.
  if (entry.relative !== true) return false
  const head = text.slice(clauseStart(text, start), start).match(/\b(?:the|this|that|those|these|your|an?)\s+((?:[\p{L}-]+\s+){1,3})$/iu)
  if (!head || wordsOf(head[1]).some((w) => FUNCTION_WORDS.has(w) || w === 'which' || w === 'whom')) return false
  const vague = list(entry.vague)
  if (contentWords(head[1], vague).length > 0) return true
  // "the issue you reported with the CSV export": the head is vague, but what follows names it.
  const topic = text.slice(end).match(/^\s+(?:with|about|regarding|concerning|on|in)\s+(?:(?:the|a|an|your|our|this|my)\s+)?([\p{L}-]+(?:\s+[\p{L}-]+)?)/iu)
  return topic !== null && !FUNCTION_WORDS.has(wordsOf(topic[1])[0] ?? '') && contentWords(topic[1], vague).length > 0
}

export const strategies: Record<string, Strategy> = {
  always: () => true,
  ignore: () => false,
  'thanks-for': thanksFor,
  'lead-thanks': leadThanks,
  appreciation,
  apology,
  'opens-clause': opensClauseStrategy,
  citation,
  'citation-topic': citationTopic,
  'lead-confirmation': leadConfirmation,
  'request-outcome': requestOutcome,
  feeling,
  'third-person': thirdPerson,
  'sees-record': seesRecord,
}

/** Entry-level exceptions every strategy honours: words right after (`unless`) or before (`notAfter`) the cue. */
export function excepted({ text, start, end, entry }: Cue): boolean {
  if (startsWithAny(text.slice(end), list(entry.unless))) return true
  const before = wordsOf(text.slice(Math.max(0, start - 20), start))
  const last = before[before.length - 1]
  return last !== undefined && list(entry.notAfter).map((w) => w.toLowerCase()).includes(last)
}
