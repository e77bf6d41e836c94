/**
 * The judgements blaming-language's phrases.yaml may name. RULES.md: blame is
 * the customer as the subject of a fault ("you failed to", "you should have"),
 * not the same words in a condition ("if you didn't receive it, let me know"),
 * a question, a hedge or a denial ("it's not your fault").
 */
import {
  type HitContext,
  type Strategy,
  clauseAfter,
  clauseBefore,
  hedged,
  inCondition,
  inQuestion,
  negatedBefore,
  nextSentence,
  normal,
  previousSentence,
} from '../../src/rule/language.js'
import classes from './classes.yaml'

const list = (key: string): Set<string> => new Set(((classes as Record<string, unknown>)[key] as unknown[]).map((w) => String(w).toLowerCase()))
const UNDERGONE_PARTICIPLES = list('undergone-participles')
const UNDERGONE_VERBS = list('undergone-verbs')
const IRREGULAR = list('irregular-participles')

// The agent making good in the same sentence turns a fault into context:
// "Since you didn't use the code, I've applied the discount by hand."
const AGENT_FIXES =
  /\b(?:i|we)(?:'ve| have)?\s+(?:just\s+|now\s+|already\s+|also\s+|gone ahead and\s+)?(?:applied|added|fixed|updated|sent|re-?sent|refunded|credited|corrected|changed|attached|filled|included|entered|booked|rebooked|reset|restored|cancell?ed|processed|arranged)\b/

const customerFault: Strategy = (c) => {
  if (inCondition(c) || inQuestion(c) || hedged(c) || negatedBefore(c, 2)) return false
  // "You haven't activated your account yet": a status and a reminder, not a reproach.
  if (/\byet\b/.test(normal(clauseAfter(c.sentence.text, c.hit.end)))) return false
  return !AGENT_FIXES.test(normal(c.sentence.text))
}

// Pointing at the terms is a rebuttal when it backs a refusal or a demand nearby.
const REFUSAL =
  /\b(?:can't|cannot|can not|unable|won't|will not|not (?:able|eligible|possible|covered|refundable|entitled|responsible|liable|available|accept)|non-refundable|no refunds?|must|only (?:if|when|after|within|be|once)|in order to|required|requires|have to|need to|not valid|void|forfeit|decline|declined|deny|denied|refuse)\b/

const whenRebutting: Strategy = (c: HitContext) => {
  if (inCondition(c) || inQuestion(c)) return false
  return [previousSentence(c), c.sentence, nextSentence(c)].some((s) => s && s.paragraph === c.sentence.paragraph && REFUSAL.test(normal(s.text)))
}

// "If our form had been filled in correctly…" is the agent owning it, not blame.
const unlessOurSide: Strategy = (c) => !/\b(?:we|our|us|i|my|me)\b/.test(normal(clauseBefore(c.sentence.text, c.hit.start)))

// Advice on conduct: "read the terms before buying next time", "please double-check the size in future".
const ADVICE = /\b(?:read|check|double-check|make sure|be sure|remember|pay (?:more )?attention|take (?:a moment|care|the time)|taking (?:a moment|the time)|review|look at|ensure|bear in mind|keep in mind|suggest|recommend|advise|try to)\b/
// The agent promising to do better is no lecture: "we'll make sure this doesn't happen in future".
const AGENT_PROMISE = /\b(?:we|i)(?:'ll| will| shall| are going to| am going to|'re going to|'m going to)?\s+(?:make sure|ensure|be sure|check|review|double-check|remember)\b/

const whenLecturing: Strategy = (c) => {
  const { text } = c.sentence
  // "Next time you order, use code THANKS": a time clause, not advice on the past.
  if (/^\s*,?\s*(?:you|we|i|your|our|there|it)\b/.test(normal(text.slice(c.hit.end)))) return false
  const sentence = normal(text)
  if (AGENT_PROMISE.test(sentence) || inCondition(c)) return false
  return ADVICE.test(sentence)
}

const participle = (w: string) => (/^[\p{L}-]{2,}ed$/u.test(w) || IRREGULAR.has(w)) && !UNDERGONE_PARTICIPLES.has(w)
// Words that may sit between the modal and what follows: "you should really have first contacted us".
const FILLER = /^(?:really|first|already|actually|just|simply|clearly|at least|also|then|properly|carefully)$/

/**
 * The customer under a past obligation, in any modal: "you ought to have checked", "you should really have
 * contacted us", "you needed to have the serial registered", "you were meant to cancel". Blame when what
 * follows is the customer's own act: a participle ("…have checked"), a causative ("…have the serial
 * registered") or, after "supposed/meant to", a verb; not what they were to get ("you should have received
 * an email", "you were supposed to receive it Monday", "you should have been told": classes.yaml).
 */
const pastObligation: Strategy = (c) => {
  const { text } = c.sentence
  const rest = clauseAfter(text, c.hit.end)
  const ws = [...rest.matchAll(/[\p{L}'’-]+/gu)].map((m) => ({ w: normal(m[0]), end: c.hit.end + (m.index ?? 0) + m[0].length }))
  while (ws.length > 1 && FILLER.test(ws[0].w)) ws.shift()
  const [first] = ws
  if (!first) return false
  let end = -1
  if (/\bto$/.test(normal(c.hit.text))) {
    // "you were supposed to book": any verb but one for what they were to get.
    if (!UNDERGONE_VERBS.has(first.w) && !/^(?:be|have|get)$/.test(first.w)) end = first.end
  } else if (participle(first.w)) {
    end = first.end
  } else if (/^(?:the|your|a|an|it|this|that|them|those|these|all)$/.test(first.w)) {
    // A causative: "you needed to have the serial number registered first".
    const done = ws.slice(1, 5).find((x) => participle(x.w))
    if (done) end = done.end
  }
  if (end < 0 || !customerFault(c)) return false
  // Report the modal with the act it leaves undone: "You ought to have checked".
  c.reach = { start: c.hit.start, end }
  return true
}

export const strategies: Record<string, Strategy> = {
  always: () => true,
  'customer-fault': customerFault,
  'when-rebutting': whenRebutting,
  'unless-our-side': unlessOurSide,
  'when-lecturing': whenLecturing,
  'past-obligation': pastObligation,
}
