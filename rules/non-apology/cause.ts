/**
 * Does the reply say what went wrong? RULES.md: a definite "we apologize for
 * the inconvenience" is a non-apology only when the reply never names the
 * failure; after "the courier missed its collection" it stays quiet. This
 * looks for a clause that states a concrete failure, structurally (the shared
 * failure reader in src/rule/failure.ts), an owned cause, or an apology whose
 * object is specific, not for particular sentences.
 */
import type { Reply } from '../../src/reply/model.js'
import { statesFailure } from '../../src/rule/failure.js'

const S = String.raw`['’]`

// An owned or named cause: "our mistake", "on our side", "due to a bug", "that's on us".
const OWNED_CAUSE = new RegExp(
  String.raw`\b(?:(?:our|my)\s+(?:own\s+)?(?:mistake|error|fault|oversight|bug|outage|mix-?up|slip)|on (?:our|their) (?:end|side)|(?:that|this|it)${S}?s on (?:us|me)|is on (?:us|me)|(?:due to|caused by|because of|owing to|thanks to)\s+(?:(?:a|an|the|our|their|some|this|that)\s+)?(?:[\p{L}-]+\s+){0,2}(?:bug|error|outage|glitch|mistake|fault|problem|problems|issue|failure|failures|strike|incident|delay|delays|backlog|shortage|miscommunication|mix-?up))\b`,
  'iu',
)

// An apology whose object is specific: "sorry the app crashed", "I apologize for the double
// charge", "apologise for [brief description of the issue]" (a slot stands for the cause).
const GENERIC_OBJECT = String.raw`(?:any|whatever|the|this|that|all the|all this)\s+(?:inconvenience|trouble|confusion|hassle|frustration|difficult(?:y|ies)|misunderstanding|disruption|annoyance|bother|disappointment|worry|problems?|issues?)\b(?!\s+(?:with|in|on|of|caused by|created by)\b)`
const SPECIFIC_APOLOGY = new RegExp(
  String.raw`\b(?:sorry|apologi[sz]e[sd]?|apologies|apology|regret)\s+(?:(?:that|for|about)\s+|(?!(?:that|for|about)\b))(?!(?:to hear|to learn|to see|if|you\b|${GENERIC_OBJECT}|your (?:dissatisfaction|disappointment|frustration|feelings|misfortune)))` +
    String.raw`(?:\uFFFC|(?:the|this|that|our|my|your|it|we|i|they)\s+\S+)`,
  'iu',
)

const SIGNALS = [OWNED_CAUSE, SPECIFIC_APOLOGY]

/** Whether any prose sentence of the reply states a concrete failure (src/rule/failure.ts) or owns one. */
export function namesCause(reply: Reply): boolean {
  return reply.sentences.some((s) => statesFailure(s.text) || SIGNALS.some((re) => re.test(s.text)))
}

// Where an explanation starts after an apology's object: a dash, a colon, a semicolon, "because", or a comma
// before a new subject ("Sorry for the hassle, the tarball went out without…").
const EXPLAINS = new RegExp(
  String.raw`^\s*(?:(?:[—–:;(]|--?)\s*(?:(?:because|as|since|it turns out|it seems|the reason is|what happened (?:is|was))\s+)?|,?\s*(?:because|as|since)\s+|,\s*(?=(?:the|our|my|your|a|an|it|this|that|there|they|we|i|he|she)\b)|` +
    // "… for the disruption during Saturday's maintenance, which ran two hours over"
    String.raw`\s+(?:during|after|with|on|from|in|over|at)\s+[^,;:.!?—–]{1,60}?,?\s+(?:which|that|when)\s+)`,
  'iu',
)
// A past event told in the explanation: a short subject, then a past or perfect verb.
const NARRATIVE = /^(?:[\p{L}\p{N}'’-]+\s+){0,5}?(?:(?:\p{L}+ly|just|also|then|accidentally)\s+)?(?:was|were|had|did|didn['’]t|wasn['’]t|weren['’]t|hasn['’]t|haven['’]t|went|came|got|took|ran|broke|left|showed|sent|made|gave|kept|put|fell|slipped|\p{Ll}{2,}ed)\b/iu
// What the team did about it, told after the apology: a remedy, not a cause ("— your refund was issued today").
const REMEDY = /^(?:i|we)\b|\b(?:issued|processed|shipped|dispatched|refunded|credited|approved|fixed|resolved|updated|restored|booked|arranged|scheduled|corrected|replaced|reissued|re-?sent|cancell?ed|added|applied|escalated|passed|forwarded)\b/iu

/**
 * Whether the words after an apology's object say what went wrong: "Sorry for the hassle — the 4.1.0
 * tarball was published without the dist folder". A remedy ("— I've refunded you", "— your refund was
 * issued") or a promise explains nothing.
 */
export function causeFollows(text: string, end: number): boolean {
  const rest = text.slice(end, end + 300)
  const m = EXPLAINS.exec(rest)
  if (!m) return false
  const clause = rest.slice(m[0].length).split(/[.;!?]/)[0]
  if (statesFailure(clause)) return true
  return NARRATIVE.test(clause) && !REMEDY.test(clause)
}
