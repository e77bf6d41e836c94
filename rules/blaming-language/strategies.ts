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

export const strategies: Record<string, Strategy> = {
  always: () => true,
  'customer-fault': customerFault,
  'when-rebutting': whenRebutting,
  'unless-our-side': unlessOurSide,
  'when-lecturing': whenLecturing,
}
