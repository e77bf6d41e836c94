/**
 * Blame without the stock words: a causal link that lands on the customer ("due to your late cancellation",
 * "comes down to how you stored it"), the customer as the agent of a passive fault ("the seal was broken by
 * you"), a counterfactual about their act ("had you arranged servicing…"), a reproach ("you could have told
 * us"), a lesson in what would have prevented it, an act against what they were told, and fault placed on
 * their side ("the penalty is on you", "the problem is in your setup"). Each reads who is faulted; the words
 * are classes in classes.yaml.
 */
import { type HitContext, type Strategy, clauseAfter, clauseBefore, hedged, inCondition, inQuestion, negatedBefore, normal, wordsBefore } from '../../src/rule/language.js'
import {
  ACT_NOUNS,
  FAULT_PARTICIPLES,
  FAULT_WORDS,
  INSTRUCTION_VERBS,
  NEUTRAL_PAST,
  FAULT_SUBJECTS,
  REPROACH_PARTICIPLES,
  type Word,
  agentInSentence,
  clauseWords,
  participle,
  pastAct,
  sentenceExcuses,
} from './words.js'

/** Condition, question, hedge or a negation just before: the statement faults nobody. */
const tentative = (c: HitContext): boolean => inCondition(c) || inQuestion(c) || hedged(c) || negatedBefore(c, 3)

// Where a noun phrase stops: "due to your handling of the parcel" reads "your handling" only.
const NP_END = /^(?:to|for|on|in|at|by|with|from|of|so|and|or|but|because|if|as|since|that|which|who|when|then|than|is|was|were|are)$/

/** "your [own] [late] cancellation": the end of the noun phrase after `your`, if a fault word is in it. */
function faultyPhrase(ws: Word[], from: number): number {
  let faulty = false
  let end = -1
  for (let k = from; k < Math.min(ws.length, from + 4); k++) {
    const { w } = ws[k]
    if (NP_END.test(w)) break
    end = ws[k].end
    if (FAULT_WORDS.has(w) || ACT_NOUNS.has(w)) faulty = true
    // "your not updating the app", "your never replying"
    else if (k === from && /^(?:not|never)$/.test(w) && /ing$/.test(ws[k + 1]?.w ?? '')) return ws[k + 1].end
  }
  return faulty ? end : -1
}

// The customer as agent of a passive: "…was handled on your end", "…was dropped by you".
const AGENT_PLACE = /^(?:on|at|from|by)$/

/**
 * A causal link ("due to", "caused by", "comes down to", "a result of") whose cause is the customer's act:
 * "your" + a fault or an act noun ("your late cancellation", "your handling"), "you" + an act ("you changing
 * the DNS", "you not updating"), or "how/what you" + a past act ("how you stored it", "how the device was
 * handled on your end"). A state is no fault: "due to your location", "because of your plan".
 */
export const customerCause: Strategy = (c) => {
  if (tentative(c)) return false
  const ws = clauseWords(c.sentence.text, c.hit.end, 14)
  if (!ws.length) return false
  let end = -1
  const first = ws[0].w
  if (first === 'your') end = faultyPhrase(ws, 1)
  else if (first === 'you' || first === 'yourself') {
    const next = ws[1]?.w ?? ''
    if ((/^\p{L}{3,}ing$/u.test(next) && next !== 'being') || /^(?:not|never)$/.test(next) || pastAct(next)) end = ws[1].end
    // "This damage was caused by you": the customer as the agent of the passive link itself.
    else if (/\bby$/.test(normal(c.hit.text))) end = ws[0].end
  } else if (/^(?:how|what|whatever|something|the|anything)$/.test(first)) {
    for (let k = 1; k < ws.length && end < 0; k++) {
      const { w } = ws[k]
      if (w === 'you' && (pastAct(ws[k + 1]?.w ?? '') || ws[k + 1]?.w === 'did')) end = ws[k + 1].end
      else if (AGENT_PLACE.test(w) && (ws[k + 1]?.w === 'you' || (ws[k + 1]?.w === 'your' && /^(?:end|side)$/.test(ws[k + 2]?.w ?? '')))) {
        // Only after a passive fault: "…how the device was handled on your end".
        if (ws.slice(1, k).some((x, i, a) => participle(x.w) && /^(?:was|were|been|got|is|are)$/.test(a[i - 1]?.w ?? ''))) end = ws[k + (ws[k + 1].w === 'you' ? 1 : 2)].end
      }
    }
  }
  if (end < 0 || sentenceExcuses(c)) return false
  c.reach = { start: c.hit.start, end }
  return true
}

/** "The seal was broken by you", "this damage was caused by you": a fault with the customer as its agent. */
export const passiveByYou: Strategy = (c) => {
  const before = wordsBefore(c.sentence.text, c.hit.start, 5)
  const done = before[before.length - 1]
  if (!done || !FAULT_PARTICIPLES.has(done)) return false
  // A be-verb before the participle, allowing "opened and damaged", "clearly broken".
  if (!before.slice(0, -1).some((w) => /^(?:was|were|been|got|is|are|being)$/.test(w))) return false
  if (inCondition(c) || inQuestion(c) || before.some((w) => /^(?:not|never|no)$|n't$/.test(w))) return false
  const clause = clauseBefore(c.sentence.text, c.hit.start)
  const be = /\b(?:was|were|been|got|is|are|being)\b/i.exec(clause.slice(-60))
  const start = be ? c.hit.start - clause.slice(-60).length + be.index : c.hit.start
  c.reach = { start, end: c.hit.end }
  return true
}

// Words that may stand between a counterfactual's "had" and its participle: "had you only checked".
const CF_FILLER = /^(?:only|just|actually|simply|really|ever|first|already|properly|carefully|bothered|to)$/
// A consequence for an "if you had…" clause: "…we could have replaced it", "…it wouldn't have failed",
// "…you'd know the flag was renamed".
const CONSEQUENCE = /\b(?:would|could|might|wouldn't|couldn't|mightn't)\b|\w'd\b/

/**
 * A counterfactual about the customer's own act: "had you arranged servicing, …", "if you'd updated the
 * firmware, it wouldn't have frozen". Quiet for what they underwent ("had you received the email") and for
 * an "if you had" with no consequence ("if you had already paid, ignore this").
 */
export const counterfactual: Strategy = (c) => {
  const { text } = c.sentence
  const ws = clauseWords(text, c.hit.end, 5)
  let k = 0
  while (k < ws.length - 1 && CF_FILLER.test(ws[k].w) && !(ws[k].w === 'bothered' && ws[k + 1].w !== 'to')) k++
  const act = ws[k]
  if (!act || !participle(act.w)) return false
  // "We had you booked for Tuesday" is a causative, not an inversion; an "if you had" needs a consequence.
  const previous = wordsBefore(text, c.hit.start, 1)[0] ?? ''
  if (/^(?:we|i|they|he|she|who|it|which|that)$/.test(previous) && !/^if/.test(normal(c.hit.text))) return false
  const opensClause = !clauseBefore(text, c.hit.start).trim()
  if ((/^if/.test(normal(c.hit.text)) || !opensClause) && !CONSEQUENCE.test(normal(text.slice(0, c.hit.start) + ' ' + text.slice(act.end)))) return false
  if (inQuestion(c) || hedged(c) || negatedBefore(c, 2) || sentenceExcuses(c)) return false
  c.reach = { start: c.hit.start, end: act.end }
  return true
}

const GUESS = /\b(?:by accident|accidentally|by mistake|inadvertently|without realising|without realizing|without noticing|the wrong)\b/

/** "You could have checked the size", "you might have told us sooner": a reproach, not a guess. */
export const reproach: Strategy = (c) => {
  const ws = clauseWords(c.sentence.text, c.hit.end, 3)
  let k = 0
  while (k < ws.length - 1 && /^(?:easily|just|simply|at|least|really|first|always)$/.test(ws[k].w)) k++
  const act = ws[k]
  if (!act || !REPROACH_PARTICIPLES.has(act.w)) return false
  // "You could have checked the wrong box by accident" is a guess at what happened, not a reproach.
  if (GUESS.test(normal(clauseAfter(c.sentence.text, act.end)))) return false
  if (tentative(c) || sentenceExcuses(c)) return false
  c.reach = { start: c.hit.start, end: act.end }
  return true
}

const PRODUCT_FIX = /\b(?:fix|fixes|patch|patches|update|updates|release|version|feature|upgrade|v?\d+\.\d+)\b/

/**
 * What would have prevented it, with no one from our side in the sentence: "a case would have prevented
 * this", "this could have been avoided by reading the manual". A bare "this could have been avoided" may be
 * the agent owning it, so the passive needs its means ("by…", "if you…", "with…").
 */
export const preventable: Strategy = (c) => {
  if (agentInSentence(c) || inCondition(c) || inQuestion(c)) return false
  const before = normal(clauseBefore(c.sentence.text, c.hit.start))
  if (/\b(?:nothing|no|not|none|never|nobody|no one)\b|n't\b/.test(before)) return false
  // Our release would have prevented it ("the 2.3 update would have prevented this crash"): no lesson for them.
  if (PRODUCT_FIX.test(before)) return false
  if (/\bbeen\b/.test(normal(c.hit.text))) {
    const next = clauseWords(c.sentence.text, c.hit.end, 2)
    if (!/^(?:by|if|had|with|through)$/.test(next[0]?.w ?? '')) return false
  }
  return true
}

/**
 * Acting against what a document or notice told the customer: "you're mixing versions, which is the opposite
 * of what the guide tells you", "you shared it even though the SMS says never to". The customer must be the
 * last actor before the link, and an instruction verb with "you"/"never"/"not"/"to" must follow it.
 */
export const againstInstructions: Strategy = (c) => {
  const { text } = c.sentence
  const ws = clauseWords(text, c.hit.end, 9)
  const k = ws.findIndex((x, i) => i <= 6 && INSTRUCTION_VERBS.has(x.w) && /^(?:you|never|not|to|against|no|don't)$/.test(ws[i + 1]?.w ?? ''))
  if (k < 0) return false
  const before = normal(text.slice(Math.max(0, c.hit.start - 160), c.hit.start))
  const actors = before.match(/\b(?:you|we|i|they|he|she)\b/g)
  if (!actors || actors[actors.length - 1] !== 'you') return false
  if (inCondition(c) || inQuestion(c) || sentenceExcuses(c)) return false
  c.reach = { start: c.hit.start, end: ws[k + 1].end }
  return true
}

// What may stand between a subject and "is on you": "the 48-hour penalty here is on you".
const SUBJECT_SKIP = /^(?:here|now|then|really|also|therefore|thus|so|all|entirely|whole)$/
// Denial before the subject: "none of this is on you", "it's not that the fault is with you".
const DENIAL = /^(?:none|nothing|not|no|never|neither)$|n't$/

/** The subject before a copula hit, if it is a fault ("the penalty", "whatever's wrong"), or a demonstrative. */
function faultSubject(c: HitContext, demonstratives: boolean): boolean {
  const before = wordsBefore(c.sentence.text, c.hit.start, 4)
  if (before.some((w) => DENIAL.test(w))) return false
  const words = before.filter((w) => !SUBJECT_SKIP.test(w)).map((w) => w.replace(/'s$/, ''))
  const subject = words[words.length - 1]
  if (!subject) return false
  if (demonstratives && /^(?:this|that|it|which|one)$/.test(subject)) return true
  return words.slice(-3).some((w) => FAULT_SUBJECTS.has(w))
}

// Linking words before a subject, left out of the report: "so the penalty is on you".
const LINKER = /^(?:(?:so|and|but|then|therefore|thus|hence|which means|meaning|honestly|frankly|unfortunately)\s+)+/i

/** Report the subject with the place ("the 48-hour penalty is on you"), when the subject is short. */
function withSubject(c: HitContext): void {
  const clause = clauseBefore(c.sentence.text, c.hit.start)
  if (clause.length > 60) return
  const trimmed = clause.trimStart()
  const lead = clause.length - trimmed.length + (LINKER.exec(trimmed)?.[0].length ?? 0)
  if (lead < clause.length) c.reach = { start: c.hit.start - clause.length + lead, end: c.hit.end }
}

/** "The 48-hour penalty is on you", "the fault lies with your side": fault as a place they own; not "the backup is on your side". */
export const faultPlace: Strategy = (c) => {
  if (!faultSubject(c, true) || inCondition(c) || inQuestion(c) || hedged(c)) return false
  withSubject(c)
  return true
}

/** "Whatever's wrong is in your setup", "the fault lies in your configuration"; not "the button is in your settings". */
export const faultIn: Strategy = (c) => {
  if (!faultSubject(c, false) || inCondition(c) || inQuestion(c) || hedged(c)) return false
  withSubject(c)
  return true
}

// After a manner: "…wrong." or "…wrong again", not "the wrong size" (an adjective on a noun).
const AFTER_MANNER = /^(?:again|and|so|which|because|then|on|at|in|from|for|when|this|last|twice|both|every|each|but|or|yourself|way)$/
// "you" + an act, as the clause before a manner: "you installed it", "you're holding it", "you then cancelled".
const ACTOR_ACT = /\byou(?:'re| are| were|'ve| have| had| must have| must've)?\s+(?:(?:then|also|just|simply|clearly|actually)\s+)?([\p{L}-]+)\b[^]{0,60}$/u

/**
 * An act the customer did wrongly: "you installed it incorrectly", "you cancelled too late", "you bought it
 * without checking the size". The manner is the hit (phrases.yaml); the clause before must have "you" + a past
 * act or an "-ing" form ("you're holding it wrong"); a passive ("you were sent the wrong item"), a modal
 * ("you can cancel too late"), a condition, a question, a hedge or a denial stays quiet.
 */
export const misdone: Strategy = (c) => {
  const { text } = c.sentence
  let end = c.hit.end
  if (/^wrong$/i.test(c.hit.text)) {
    const next = clauseWords(text, c.hit.end, 1)[0]
    if (next && !AFTER_MANNER.test(next.w)) return false
    if (next?.w === 'way') end = next.end
  }
  const before = normal(clauseBefore(text, c.hit.start))
  const m = ACTOR_ACT.exec(before)
  if (!m) return false
  const verb = m[1]
  const progressive = /^you(?:'re| are| were)\s/.test(m[0])
  // Any past act: the manner carries the fault ("you bought it without measuring").
  if (progressive ? !/^\p{L}{3,}ing$/u.test(verb) : !(participle(verb) || pastAct(verb) || NEUTRAL_PAST.has(verb) || verb === 'did')) return false
  const start = c.hit.start - (before.length - (m.index ?? 0))
  // Conditions, questions and hedges are read from "you": "it looks like you installed it incorrectly".
  const fromYou: HitContext = { ...c, hit: { ...c.hit, start } }
  if (/\b(?:nothing|none|no|not|never)\b|n't\b/.test(before) || tentative(fromYou) || inCondition(c) || sentenceExcuses(c)) return false
  c.reach = { start, end }
  return true
}

const NOT_HOW = /\b(?:not|never|isn't|wasn't|aren't|weren't)\s+(?:how|what|the way)\b/

/** "That's not how the blender is meant to be used": misuse, when "not how/what" leads to it. */
export const misuse: Strategy = (c) => {
  const before = clauseBefore(c.sentence.text, c.hit.start)
  const m = NOT_HOW.exec(normal(before))
  if (!m || inQuestion(c) || inCondition(c) || hedged(c)) return false
  // Report from the denial: "not how the blender is meant to be used".
  c.reach = { start: c.hit.start - before.length + m.index, end: c.hit.end }
  return true
}
