/**
 * The judgements capitulating-language's phrases.yaml may name. RULES.md draws
 * the line at specificity: "You're right that we charged you twice; I've
 * refunded the second charge" owns a real mistake, "You're absolutely right" on
 * its own concedes everything. So agreement and blame are judged by what they
 * name, and an exception to policy by whether it has a reason.
 */
import { type HitContext, type Strategy, nextSentence, normal, previousSentence, wordsBefore } from '../../src/rule/language.js'

// Something that went wrong, named: "the invoice didn't show…", "charged you twice",
// "the parcel arrived damaged", "a sync fault between…", "without mentioning the limit".
const ERROR = new RegExp(
  [
    // A subject of one or two words, the second no auxiliary: "the client is never wrong" is no failure.
    String.raw`\b(?:we|i|it|they|(?:our|the|your) \w+(?: (?!(?:is|are|was|were|be|been|has|have)\b)\w+)?)\s+(?:didn't|did not|wasn't|was not|weren't|were not|hasn't|has not|haven't|have not|doesn't|does not|failed to|forgot|missed|never)\b`,
    String.raw`\b(?:charged|billed|overcharged|double[- ]charged|sent|shipped|delivered|renewed|cancell?ed|deleted|lost|printed|listed|showed|quoted|applied|deducted|took|taken|booked|dispatched)\b.{0,40}?\b(?:twice|wrong|incorrect(?:ly)?|wrongly|by mistake|in error|late|too early|instead of|the old|duplicate|two times|double)\b`,
    // "arrived badly damaged", but not "is never wrong" (a denial names no error).
    String.raw`\b(?:was|were|is|are|arrived|came|got)\s+(?:(?!never\b|not\b|no\b|hardly\b|rarely\b|seldom\b)\w+\s+)?(?:late|wrong|incorrect|missing|broken|damaged|delayed|faulty|duplicated|outdated|out of date|unclear|confusing|misleading|cold|stale|defective|mislabell?ed|overdue|lost|down|offline|unavailable)\b`,
    String.raw`\b(?:a|the|our|that|this)\s+(?:\w+\s+){0,2}(?:bug|fault|glitch|error|mistake|typo|outage|miscalculation|oversight|mix-?up|misprint|defect|slip-?up|failure)\s+(?:in|on|with|at|from|by|that|which|where|when|between|during|meant|caused|left)\b`,
    String.raw`\b(?:because|due to|caused by|as a result of)\b`,
    String.raw`\b(?:the|a|an) (?:wrong|incorrect|duplicate|faulty|damaged|broken)\b`,
    String.raw`\bwithout (?:mentioning|telling|saying|including|listing|showing|any notice|notice|warning|asking)\b`,
    String.raw`\b(?!this\b|it\b|that\b)\w+ should(?:n't| not| never)? have (?!happened)\w+`,
  ].join('|'),
)

// A fix the agent made or will make: "I've refunded the second charge", "has been corrected".
const FIX = new RegExp(
  [
    String.raw`\b(?:i've|i have|we've|we have|i|we|i'll|we'll|i will|we will|i'm|we're|i am|we are)\s+(?:just |now |already |also |gone ahead and |going to )?(?:refund(?:ed|ing)?|credit(?:ed|ing)?|revers(?:e|ed|ing)|correct(?:ed|ing)?|fix(?:ed|ing)?|updat(?:e|ed|ing)|chang(?:e|ed|ing)|remov(?:e|ed|ing)|cancell?(?:ed|ing)?|reissu(?:e|ed|ing)|re-?sen(?:d|t|ding)|sen(?:d|t|ding)|issu(?:e|ed|ing)|replac(?:e|ed|ing)|appl(?:y|ied|ying)|restor(?:e|ed|ing)|reinstat(?:e|ed|ing)|rebook(?:ed|ing)?|reship(?:ped|ping)?|dispatch(?:ed|ing)?|adjust(?:ed|ing)?|amend(?:ed|ing)?|waiv(?:e|ed|ing))\b`,
    String.raw`\b(?:has|have|is|are|was|were) (?:now |already |just )?been (?:refunded|credited|reversed|corrected|fixed|updated|changed|removed|cancell?ed|reissued|re-?sent|sent|issued|replaced|applied|restored|reinstated|rebooked|reshipped|dispatched|adjusted|amended|waived)\b`,
  ].join('|'),
)

// "You're right about everything", "agree with all of it": blanket whatever else follows.
const TOTAL = /^[\s,]*(?:with\s+|about\s+|on\s+|in\s+)?(?:you\s+)?(?:on\s+|about\s+|in\s+)?(?:everything|every\b|all\b|each\b|any of)/

// What the agreement is about, when it says: "that the seat covers came with a warranty",
// "about the delivery date", "— the invoice showed the old address".
const THAT_CLAUSE = /^[\s,]*(?:that|in that)\s+(.+)/
const ABOUT_THING = /^[\s,]*(?:about|on|regarding)\s+(?:the|your|our|my)\s+(?!whole\b|entire\b)\w+/
const AFTER_PUNCTUATION = /^[\s,;:—–-]+(?:and\s+)?(.*)/
// A that-clause that says only that things went badly names nothing.
const VAGUE =
  /^(?:this|it|that|things|everything|we|i|you)\b.{0,40}?\b(?:happened|unacceptable|not (?:ok|okay|good enough|acceptable|fair|right|great)|frustrating|annoying|poor|bad|awful|terrible|disappointing|a mess|let you down|dropped the ball|fell short|done better|messed up|screwed up|deserve better|deserved better|upset|angry|frustrated)\b/

function specific(text: string): boolean {
  return ERROR.test(text) || FIX.test(text) || (/\d/.test(text) && text.split(/\s+/).length >= 4)
}

function namesThePoint(rest: string): boolean {
  const that = THAT_CLAUSE.exec(rest)
  if (that) return !VAGUE.test(that[1]) && (specific(that[1]) || that[1].split(/\s+/).length >= 4)
  if (ABOUT_THING.test(rest)) return true
  // "You're right: the invoice showed the old address" explains the point; "…, and I apologise" adds
  // nothing to it.
  const after = AFTER_PUNCTUATION.exec(rest)
  if (!after) return false
  const content = after[1]
  if (specific(content)) return true
  return !/^\s*and\b/.test(rest) && !VAGUE.test(content) && !/^(?:i|we)\b/.test(content) && content.split(/\s+/).length >= 4
}

// Agreement that names what it concedes, or is followed by a named error or a concrete fix.
const unlessSpecificAdmission: Strategy = (c: HitContext) => {
  const rest = normal(c.sentence.text.slice(c.hit.end))
  if (TOTAL.test(rest)) return true
  if (namesThePoint(rest)) return false
  const next = nextSentence(c)
  return !(next && (ERROR.test(normal(next.text)) || FIX.test(normal(next.text))))
}

// Emphatic agreement ("absolutely right", "couldn't agree more") is blanket unless it says what went
// wrong; a refund after it does not say what the customer was right about.
const unlessNamedMistake: Strategy = (c: HitContext) => {
  const rest = normal(c.sentence.text.slice(c.hit.end))
  if (TOTAL.test(rest)) return true
  if (namesThePoint(rest)) return false
  const next = nextSentence(c)
  return !(next && ERROR.test(normal(next.text)))
}

// "We cannot be responsible for…", "this was not our fault": a denial concedes nothing.
const DENIAL = /^(?:not|no|never|cannot|can't|won't|wouldn't|isn't|aren't|wasn't|weren't|don't|doesn't|didn't|hardly)$/

// Responsibility for a named thing ("full responsibility for the late delivery") says what went wrong;
// "for everything", "for this", "for the whole situation" does not.
const NAMED_OBJECT =
  /^\s+for\s+(?:the|your|our|a|an|that|those)\s+(?!(?:whole|entire|situation|inconvenience|trouble|problems?|issues?|mess|experience|matter|things?|way|rest|lot)\b)[\p{L}-]+/u

// The explanation after a colon or a dash: "…for everything that went wrong: our depot sent the order to
// your old address". A promise there ("— we'll make it right") explains nothing.
const EXPLAINED_AFTER = /[:—–]\s*(?!(?:i|we)(?:'ll| will| can| are going to)\b)(\S+(?:\s+\S+){3,})/

// Blame is owned, not capitulated, when the reply says what went wrong nearby.
const unlessCauseStated: Strategy = (c) => {
  if (wordsBefore(c.sentence.text, c.hit.start, 3).some((w) => DENIAL.test(w))) return false
  const rest = normal(c.sentence.text.slice(c.hit.end))
  if (NAMED_OBJECT.test(rest)) return false
  const explanation = EXPLAINED_AFTER.exec(rest)
  if (explanation && !VAGUE.test(explanation[1])) return false
  const around = [normal(c.sentence.text.slice(c.hit.end)), ...[previousSentence(c), nextSentence(c), nextSentence(c, 2)].map((s) => (s ? normal(s.text) : ''))]
  return !around.some((t) => ERROR.test(t))
}

// A reason for the exception, tied to the case: "since the delay was ours", "…, so I've waived it".
const REASON =
  /\b(?:because|since|given (?:that|the|how)|so (?:i've|i have|we've|we have|i'll|we'll|i|we)|which (?:means|is why)|that's why|this is why|the reason|due to|in light of|considering|to make up for|as (?:it|the|this|your|our|there) (?:was|were|is|wasn't|isn't|had|has))\b/

const unlessReason: Strategy = (c) => {
  // "We can't make an exception", "I'm unable to waive the terms": standing firm, not capitulating.
  if (/\b(?:not|no|never|cannot|unable|won't|can't|couldn't|wouldn't|isn't|aren't)\b/.test(wordsBefore(c.sentence.text, c.hit.start, 4).join(' '))) return false
  const here = [previousSentence(c), c.sentence].map((s) => (s ? normal(s.text) : ''))
  return !here.some((t) => REASON.test(t))
}

export const strategies: Record<string, Strategy> = {
  always: () => true,
  'unless-specific-admission': unlessSpecificAdmission,
  'unless-named-mistake': unlessNamedMistake,
  'unless-cause-stated': unlessCauseStated,
  'unless-reason': unlessReason,
}
