/**
 * Outcomes phrased without the agent as subject (RULES.md no-concrete-action: "a done or
 * scheduled outcome with its object counts whether phrased actively or passively"), in
 * the shapes strangers write them: a decision or result in the present passive ("the claim
 * is declined", "your booking is confirmed"), a thing that did something itself ("your
 * order has shipped"), a headline ("Thread closed."), a status change with the subject left
 * out ("Closing.", "Merged, thanks!"), and what the customer will receive ("you'll receive a
 * full refund of $89.99"). And the one shape that looks like an outcome but is not: the
 * customer's problem restated ("sorry your flight was cancelled").
 */
import type { VerbGroup } from './clauses.js'
import { type Ctx, hedged, insideHit, segmentEnd, segmentStart } from './context.js'
import { inVerbList, lexicon, particlesIn } from './lexicon.js'
import { SPECIFIC_TIME, complement, isMatter, mentionsReceipt, particleEnd, phraseEnd } from './objects.js'
import type { Word } from './words.js'

// A clause opened by these is a condition or a time, not a statement: "if your order is cancelled".
const SUBORDINATE = new Set(['if', 'when', 'whenever', 'once', 'unless', 'until', 'whether', 'after', 'before', 'because', 'since', 'while', 'as', 'why', 'how', 'what'])
// ...and for a present passive, a condition after it: "your file is deleted when you close the tab".
const CONDITION = new Set(['when', 'whenever', 'once', 'if', 'unless'])
const SPECIFIC_OPENER = /^(?:your|the|this|that|these|those|it)$/
// lexicon.yaml `reporting-words` and `habit-words`
const REPORTING = lexicon.nouns.reporting ?? new Set<string>()
const HABIT = lexicon.nouns.habit ?? new Set<string>()

/**
 * The clause restates something: it hangs on "sorry", "I understand", "I can see"…, is a condition,
 * or is reported from someone else ("the item was delivered on Tuesday, according to the courier").
 */
export function background(g: VerbGroup, c: Ctx): boolean {
  if (reportedBy(g, c)) return true
  let k = (g.subject ? g.subject[0] : g.first) - 1
  if (c.ws[k]?.norm === 'that') k--
  if (c.ws[k]?.text === ',') k--
  const w = c.ws[k]
  if (!w || w.kind !== 'word') return false
  if (SUBORDINATE.has(w.norm)) return true
  // "we're sorry to let you know that your order has been cancelled" announces it
  if (w.norm === 'know' && c.ws[k - 2]?.norm === 'let') return false
  // "sorry to hear your order was…", "sad to see the…"
  return REPORTING.has(w.norm) || (w.norm === 'to' && REPORTING.has(c.ws[k - 1]?.norm ?? ''))
}

function reportedBy(g: VerbGroup, c: Ctx): boolean {
  const end = segmentEnd(c, g.index)
  for (let k = g.index + 1; k < c.ws.length && c.ws[k].start < end; k++) {
    if (c.ws[k].norm === 'according' && c.ws[k + 1]?.norm === 'to') return true
  }
  return false
}

/** The subject names a specific thing: "your refund", "the claim", "this issue", "booking 4471", "it". */
function specificSubject(g: VerbGroup, c: Ctx): boolean {
  if (!g.subject || g.actor === 'customer' || g.actor === 'agent') return false
  const [from, to] = g.subject
  if (SPECIFIC_OPENER.test(c.ws[from].norm)) return true
  for (let k = from; k < to; k++) if (c.ws[k].kind === 'number' || c.ws[k].kind === 'slot') return true
  return /^\p{Lu}/u.test(c.ws[from].text) && !/s$/.test(c.ws[to - 1].norm)
}

/** The subject is a pronoun, or a thing with a determiner, a number or a name: "a new router", "your request", "you", not "mistakes". */
export function determinedSubject(g: VerbGroup, c: Ctx): boolean {
  if (!g.subject) return false
  const [from, to] = g.subject
  const first = c.ws[from]
  // "a new router": the reader may start the phrase after its article
  const article = /^(?:a|an|the|your|this|that|these|those|my|our|its|their|his|her|it|you|they|he|she|we|i)$/
  if (article.test(first.norm) || article.test(c.ws[from - 1]?.norm ?? '')) return true
  // a name ("Version 4.2.1", "Ticket 4471"), but not a plural that is capitalised only as the sentence's first word
  if (/^\p{Lu}/u.test(first.text) && (from > 0 || !/s$/.test(c.ws[to - 1].norm))) return true
  for (let k = from; k < to; k++) if (c.ws[k].kind === 'number' || c.ws[k].kind === 'slot') return true
  return false
}

function isQuestion(c: Ctx): boolean {
  return /\?\s*$/.test(c.text)
}

/** A word in the verb's segment that makes it a habit or a rule: "every", "automatically", "all", "when". */
export function habitual(g: VerbGroup, c: Ctx, conditions = false): boolean {
  // the verb's own clause: from its subject to the next verb ("…fixes the crash, and it will never crash again")
  const from = g.subject ? c.ws[g.subject[0]].start : segmentStart(c, g.index)
  const next = c.groups.find((o) => o.index > g.index)
  const to = Math.min(segmentEnd(c, g.index), next ? c.ws[next.first].start : c.text.length)
  for (let k = g.subject ? g.subject[0] : 0; k < c.ws.length && c.ws[k].start < to; k++) {
    const w = c.ws[k]
    if (w.start >= from && w.kind === 'word' && (HABIT.has(w.norm) || (conditions && CONDITION.has(w.norm)))) return true
  }
  return false
}

/** An act or decision verb: "declined", "confirmed", "refunded". */
function changes(c: Ctx, g: VerbGroup): boolean {
  return particleEnd(c.ws, g, 'act', true) >= 0 || !!particlesIn('decision', g.lemma) || !!particlesIn('status', g.lemma)
}

/**
 * What a present or headline passive says was done to its subject is a change: an act or decision
 * verb, not the matter handed over with no recipient ("your case is escalated", "case escalated":
 * signals.ts `handoff`), and on a ticket or request only a decision ("your request is approved",
 * "ticket closed"), since "your ticket is updated" is receipt.
 */
function thingChanged(g: VerbGroup, c: Ctx): boolean {
  if (!changes(c, g) || !g.subject) return false
  if (particlesIn('handoff', g.lemma) && isMatter(c.ws, g.subject[0])) return false
  const decided = !!particlesIn('decision', g.lemma) || !!particlesIn('status', g.lemma)
  return decided || !mentionsReceipt(c.ws, g.subject[0], g.subject[1] - g.subject[0])
}

/**
 * "The claim is declined", "your booking is confirmed: 2 nights from 14 June", "the bug is fixed
 * in 2.0.1", "your email address is updated": the present passive of a verb that changes
 * something, said of a specific thing, states the result of a done act. Not a rule or a habit
 * ("refunds are processed within 5 days", "the file is deleted automatically"), a condition, or a question.
 */
export function resultState(g: VerbGroup, c: Ctx): boolean {
  if (!g.passive || g.aspect !== 'present' || g.modality !== 'none' || g.negated || isQuestion(c)) return false
  if (!thingChanged(g, c) || !specificSubject(g, c)) return false
  // "your account is locked" is as often the problem as the fix; "the claim is declined" is a decision
  if (inVerbList('adverse', g.lemma) && !particlesIn('decision', g.lemma)) return false
  // "the delivery window is set by the courier": who does it, as a standing fact
  if (byAgent(c.ws, g.index + 1)) return false
  return !habitual(g, c, true) && !hedged(g, c) && !insideHit(c.hits.vague, c.ws[g.index].start) && !background(g, c)
}

/** "by the courier", "by our finance team": an agent phrase, not a time ("by Friday", "by 5pm"). */
function byAgent(ws: Word[], from: number): boolean {
  for (let k = from; k < Math.min(ws.length, from + 3); k++) {
    if (ws[k].norm !== 'by') continue
    return /^(?:the|our|your|a|an|their|its|his|her)$/.test(ws[k + 1]?.norm ?? '') && !/^(?:end|latest|close|time)$/.test(ws[k + 2]?.norm ?? '')
  }
  return false
}

/** "Your order has shipped", "the payment has cleared", "the replacement went out this morning". */
export function selfActing(g: VerbGroup, c: Ctx): boolean {
  if (g.passive || g.negated || g.aspect !== 'done' || g.modality !== 'none' || g.actor !== 'other') return false
  const after = particleEnd(c.ws, g, 'self-acting')
  // "Ticket updated", "your request has processed": a ticket changing is receipt, not an outcome
  if (after < 0 || !specificSubject(g, c) || mentionsReceipt(c.ws, g.subject![0], g.subject![1] - g.subject![0])) return false
  // the thing did it itself: no object follows ("the team has processed your refund" is someone's act)
  const object = complement(c.ws, after)
  return object.kind !== 'np' && !insideHit(c.hits.vague, c.ws[g.index].start) && !background(g, c)
}

/** "Thread closed.", "Refund issued.", "Order cancelled as requested." */
export function headlineOutcome(g: VerbGroup, c: Ctx): boolean {
  return !!g.headline && !g.negated && thingChanged(g, c) && !isQuestion(c) && !insideHit(c.hits.vague, c.ws[g.index].start)
}

/**
 * A status change with the subject left out and no object: "Closing.", "Closing as works-for-me",
 * "Locked.", "Merged, thanks!", "Fixed in 3.1.0", "Marking as resolved" (RULES.md: "I'm closing this issue").
 */
export function statusChange(g: VerbGroup, c: Ctx): boolean {
  if (!g.elided || g.negated || !particlesIn('status', g.lemma) || isQuestion(c)) return false
  const object = complement(c.ws, g.index + 1)
  return object.kind !== 'np' && object.kind !== 'wh'
}

/**
 * What the customer will receive: "you'll receive a full refund of $89.99", "you should get an
 * email with your label within the hour". A message needs a given time; a vague object
 * ("an update", "a response") never counts, as "we'll get back to you" does not.
 */
export function delivery(g: VerbGroup, c: Ctx): boolean {
  if (g.negated || g.passive || !particlesIn('receive', g.lemma)) return false
  if ((g.actor !== 'customer' && !(g.imperative && g.lemma === 'expect')) || background(g, c)) return false
  const will = g.aspect === 'future' && g.modality === 'none'
  // "you should receive…", and the imperative "expect a call…", need a given time
  const should = (g.modality === 'hedged' && c.ws.slice(g.first, g.index).some((w) => w.norm === 'should')) || g.imperative
  if (!will && !should) return false
  const object = complement(c.ws, g.index + 1)
  if (object.kind !== 'np' || insideHit(c.hits.vague, c.ws[object.at].start) || hedged(g, c)) return false
  const timed = SPECIFIC_TIME.test(c.text.slice(c.ws[g.index].end, segmentEnd(c, g.index)))
  const head = objectHead(c.ws, object.at)
  if (lexicon.nouns['vague-object']?.has(head)) return false
  if (should || lexicon.nouns.message?.has(head)) return timed
  return true
}

/** The head noun of the object phrase at `at`, before "of"/"with": "a full refund (of $89.99)" → "refund". */
function objectHead(ws: Word[], at: number): string {
  const end = phraseEnd(ws, at)
  let k = at
  while (k + 1 < end && ws[k + 1].norm !== 'of') k++
  return ws[k].norm.replace(/^e-mail$/, 'email')
}
