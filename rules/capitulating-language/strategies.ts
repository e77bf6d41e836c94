/**
 * The judgements capitulating-language's phrases.yaml may name. RULES.md draws
 * the line at specificity: "You're right that we charged you twice; I've
 * refunded the second charge" owns a real mistake, "You're absolutely right" on
 * its own concedes everything. So agreement and blame are judged by what they
 * name, and an exception to policy by whether it has a reason.
 */
import { statesFailure } from '../../src/rule/failure.js'
import {
  type HitContext,
  type Strategy,
  clauseAfter,
  clauseBefore,
  inCondition,
  inQuestion,
  negatedBefore,
  nextSentence,
  normal,
  objectAfter,
  previousSentence,
  subjectOf,
  wordsBefore,
} from '../../src/rule/language.js'
import type { Sentence } from '../../src/reply/model.js'
import { compilePhrases } from '../../src/rule/phrases.js'
import classes from './classes.yaml'

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
  const rest = normal(c.sentence.text.slice(c.hit.end, c.hit.end + NEAR))
  if (NAMED_OBJECT.test(rest)) return false
  const explanation = EXPLAINED_AFTER.exec(rest)
  if (explanation && !VAGUE.test(explanation[1])) return false
  const near = [previousSentence(c), nextSentence(c), nextSentence(c, 2)].map((s) => s?.text.slice(0, 2 * NEAR) ?? '')
  const around = [c.sentence.text.slice(c.hit.end, c.hit.end + NEAR), ...near]
  return !around.some((t) => ERROR.test(normal(t)) || statesFailure(t))
}

// A reason for the exception, tied to the case: "since the delay was ours", "…, so I've waived it".
const REASON =
  /\b(?:because|since|given (?:that|the|how)|so (?:i've|i have|we've|we have|i'll|we'll|i|we)|which (?:means|is why)|that's why|this is why|the reason|due to|in light of|considering|now that|to make up for|as (?:it|the|this|your|our|there) (?:was|were|is|wasn't|isn't|had|has)|by mistake|in error|a typo|was a mistake|mistakenly|wrongly|incorrectly|an error on our)\b/

const words = (key: string): string[] => ((classes as Record<string, unknown>)[key] as unknown[]).map((w) => String(w).toLowerCase())
const POLICY = new Set(words('policy-nouns'))
const OPEN_ENDED = new Set(words('open-ended-words'))
const MISTAKEN = new Set(words('error-modifiers'))
const WHOLESALE = new Set(words('wholesale-words'))
const escape = (w: string) => w.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&').replace(/ /g, '\\s+')
const CLOSER = new RegExp(String.raw`^[\s,;:—–-]*(?:${words('wholesale-closers').map(escape).join('|')})(?![\p{L}\p{N}])`, 'u')
// The customer's displeasure as the only reason: "because you're unhappy", "since you're a loyal customer".
const UPSET = `(?:${words('displeasure-words').map(escape).join('|')})`
const DISPLEASURE = new RegExp(
  [
    String.raw`\b(?:because|since|as|given (?:that|how)|seeing as|considering)\s+(?:you(?:'re| are| were|'ve been| have been| feel| felt| seem| sound)|of how|how)\s+(?:[\w'-]+\s+){0,2}?${UPSET}\b`,
    // "You're unhappy with it, so we'll…", "I can hear how upset you are, so…": displeasure, then "so".
    String.raw`\b(?:you(?:'re| are| were|'ve been| have been| feel| felt| seem| sound)\s+(?:[\w'-]+\s+){0,2}?${UPSET}|how\s+(?:[\w'-]+\s+)?${UPSET}\s+you(?:'re| are| were| feel| felt| seem| sound)?)\b[^.;:!?]{0,40}?\bso\b`,
    String.raw`\bso (?:that )?you(?:'re| are| feel)\s+(?:\w+\s+)?(?:happy|satisfied)\b`,
  ].join('|'),
  'g',
)
const delivery = compilePhrases(words('delivery-phrases').map((phrase) => ({ phrase })))
const gift = compilePhrases([...words('delivery-phrases'), ...words('gift-phrases')].map((phrase) => ({ phrase })))

/** Whether the text gives a reason for an exception, once "because you're unhappy" is set aside. */
function reasoned(text: string): boolean {
  const t = normal(text).replace(DISPLEASURE, ' ')
  return REASON.test(t) || ERROR.test(t) || statesFailure(text)
}

// The sentence before, this one and the one after: a reason or a named failure there ties the exception
// (or the give-away) to the case.
const reasonedCache = new WeakMap<Sentence, boolean>()

/** `reasoned` over a whole sentence, once per sentence. */
function sentenceReasoned(s: Sentence | undefined): boolean {
  if (!s) return false
  let known = reasonedCache.get(s)
  if (known === undefined) reasonedCache.set(s, (known = reasoned(s.text.slice(0, NEAR * 2))))
  return known
}

// How far around a hit its own sentence is read for a reason (characters), so long input stays linear.
const NEAR = 300

function reasonNear(c: HitContext): boolean {
  // The exception's own words are no reason ("the fee has been dropped" is not a failure that was "dropped").
  const { start, end } = c.reach ?? c.hit
  const text = c.sentence.text
  const here = `${text.slice(Math.max(0, start - NEAR), start)} … ${text.slice(end, end + NEAR)}`
  return reasoned(here) || sentenceReasoned(previousSentence(c)) || sentenceReasoned(nextSentence(c))
}

// "We can't make an exception", "I'm unable to waive the terms": standing firm, not capitulating.
const REFUSED = /\b(?:not|no|never|cannot|unable|won't|can't|couldn't|wouldn't|isn't|aren't)\b/

const unlessReason: Strategy = (c) => {
  if (REFUSED.test(wordsBefore(c.sentence.text, c.hit.start, 4).join(' '))) return false
  const here = [previousSentence(c), c.sentence].map((s) => (s ? normal(s.text) : ''))
  return !here.some((t) => REASON.test(t.replace(DISPLEASURE, ' ')))
}

const FOR_EVERYONE = /^[^.;:!?]{0,40}?\b(?:for|across|to) (?:all|every|everyone|everybody|the whole|our whole)\b|^[^.;:!?]{0,40}?\bacross the board\b/

// A deal, not a give-away: "we can waive the fee if you switch to the annual plan".
const DEAL = /\b(?:if|provided|providing|as long as|so long as|on condition|in exchange|in return|once you|when you)\b/

// Forms of a verb that can follow "is"/"has been": "waived", "torn", "bent", "set" (aside).
const PARTICIPLE = /(?:ed|en|own|orn|ent|set|put|cast)$/
const BE_CHAIN = /^(?:is|are|was|were|be|been|being|has|have|had|will|shall|can|could|would|should|may|might|must|get|gets|got|now|just|already|officially|hereby|simply|completely|entirely|fully|also|then|not|never|cannot)$/

/** "Consider the fee waived", "the minimum term has been scrapped": the policy noun as a passive subject. */
function passivePolicy(text: string, at: number, exempt = false): { negated: boolean; start: number } | undefined {
  const before = clauseBefore(text, at)
  const found = [...normal(before).matchAll(/[\p{L}\p{N}&'-]+/gu)]
  const ws = found.flatMap((m) => (/n't$/.test(m[0]) ? [m[0].slice(0, -3), 'not'] : /'s$/.test(m[0]) ? [m[0].slice(0, -2), 'is'] : [m[0]]))
  const starts = found.flatMap((m) => (/(?:n't|'s)$/.test(m[0]) ? [m.index, m.index] : [m.index]))
  let k = ws.length - 1
  let negated = false
  let aux = 0
  for (; k >= 0 && BE_CHAIN.test(ws[k]); k--) {
    if (/^(?:not|never|cannot)$/.test(ws[k])) negated = true
    aux++
  }
  if (k < 0 || !POLICY.has(ws[k].replace(/^.*-/, '')) && !POLICY.has(ws[k])) return undefined
  // "Consider the fee waived", "I've had the minimum-term clause removed": the noun set aside by someone's say-so.
  const consider = ws.slice(Math.max(0, k - 5), k).findIndex((w) => /^(?:consider|considered|had|have|having|got|get)$/.test(w))
  if (aux === 0 && consider < 0 && !exempt) return undefined
  // Report from "consider" or from the noun phrase: "the early-exit fee has been waived".
  let first = consider >= 0 ? Math.max(0, k - 5) + consider : k
  while (consider < 0 && first > 0 && first > k - 4 && !/^(?:and|but|so|then|that|which)$/.test(ws[first - 1])) first--
  return { negated, start: at - before.length + starts[first] }
}

/**
 * Policy set aside to appease (RULES.md: "we'll waive the contract terms"), read as a clause: the agent
 * as subject of a verb that suspends a rule (the entry: waive, scrap, tear up, set aside, bend…) whose
 * object is a term of business (classes.yaml `policy-nouns`), or that noun as a passive subject ("the
 * fee has been waived"). Quiet when refused ("we can't waive the fee"), offered as a deal ("…if you
 * switch to annual"), or when a reason or a named failure comes with it ("the delay was ours, so…");
 * the customer's displeasure is no reason.
 */
const policySetAside: Strategy = (c) => {
  const { text } = c.sentence
  if (inQuestion(c)) return false
  const particles = Array.isArray(c.hit.entry.particle) ? (c.hit.entry.particle as unknown[]).map(String) : []
  const particle = particles.length ? new RegExp(String.raw`^\s+(?:${particles.map(escape).join('|')})\b`, 'i') : undefined
  let from = c.hit.end
  const early = particle?.exec(text.slice(from))
  if (early) from += early[0].length
  const subject = subjectOf(text, c.hit.start)
  const object = objectAfter(text, from, (w) => POLICY.has(w))
  // "Forget the contract", "never mind the fee": the agent waving the rule away at the customer.
  const actor = subject.actor === 'none' && c.hit.entry.imperative === true && c.hit.start === subject.start ? 'agent' : subject.actor
  const active = actor === 'agent' && object !== undefined && (!particle || early || particle.test(text.slice(object.end)))
  // "We won't hold you to the term": the negation is the idiom's own.
  let negated = subject.negated && c.hit.entry.negative !== true
  let reach = { start: c.hit.start, end: Math.max(object?.end ?? 0, from) }
  if (!active) {
    // "The usual notice period won't apply to you": an exemption, with the term as its subject.
    const exempt = c.hit.entry.exempts === true
    if ((!exempt && !PARTICIPLE.test(normal(c.hit.text))) || (particle && !early)) return false
    const passive = passivePolicy(text, c.hit.start, exempt)
    if (!passive) return false
    negated = passive.negated && !exempt
    reach = { start: passive.start, end: from }
  } else if (particle && !early) {
    reach.end = object!.end + particle.exec(text.slice(object!.end))![0].length
  }
  c.reach = reach
  if (negated || inCondition(c) || DEAL.test(normal(clauseAfter(text, c.hit.end)))) return false
  // "We removed the two-bag limit for all Premium fares": a change for everyone, not an exception for one.
  if (FOR_EVERYONE.test(normal(text.slice(reach.end, reach.end + 80)))) return false
  // "I've voided the two extra charges": undoing a mistake, which names itself.
  const phrase = normal(text.slice(reach.start, reach.end)).match(/[\p{L}-]+/gu) ?? []
  if (phrase.some((w) => MISTAKEN.has(w))) return false
  return !reasonNear(c)
}

// Unbounded: the customer picks what they get. "Anything else" is an offer of more help, not a give-away.
const UNBOUNDED =
  /\b(?:anything|whatever|everything)\b(?!\s+else\b)(?!\s+(?:that\s+)?(?:we|i)\s+can\s+(?:do|help))|\b(?:you\s+)?(?:name|call)\s+it\b|\bsky's the limit\b|\bname your\b|\b(?:tell|let|show)\s+(?:me|us)\s+what\s+(?:you(?:'d| would)?\s+(?:want|like|prefer|need)|would\s+(?:make|keep|put))\b|\bwhat(?:ever)?\s+(?:would|will|might)\s+(?:make|keep)\s+you\s+(?:happy|satisfied)\b/

const CHOOSER = /^(?:\s+(?:at all|else|[\p{L}'’-]+)){0,3}?\s+you(?:['’]d| would| might| may)?\s+(?:want|wants|like|need|choose|pick|have in mind|fancy|think|feel|ask|prefer|decide|name|say|wish|consider|deem)\b/iu

// What the offer is, named: "if you'd prefer a refund", "should you want the cable too", "for a replacement".
const NAMED_OFFER = /\b(?:if|should|whether)\s+you(?:'d| would)?\s+(?:like|prefer|want|need|rather|wish)\b|\b(?:for|to get|to have)\s+(?:a|an|the|your)\s+\w+/

function giftIn(text: string): boolean {
  return gift(text).length > 0
}

/**
 * An open-ended offer ("you name it", "just say the word", "you need only ask"): a give-away when what
 * the customer may ask for is unbounded (the marker itself, or "anything"/"whatever" in the sentence)
 * and something is given for it (classes.yaml `gift-phrases`: "it's yours", "on us", "we'll make it
 * happen"). "Slack, Teams, email: you name it" gives nothing; "if you'd prefer a refund, just say the
 * word" offers one named thing; "anything else you need, just reply" offers help.
 */
const openOffer: Strategy = (c) => {
  if (negatedBefore(c, 2) || inQuestion(c)) return false
  // The offer and what it gives sit close together; a window keeps long input linear.
  const from = Math.max(0, c.hit.start - NEAR)
  const here = c.sentence.text.slice(from, c.hit.end + NEAR)
  const at = { start: c.hit.start - from, end: c.hit.end - from }
  // "Whatever compensation you have in mind", "anything you'd like": the customer choosing, not "anything wrong".
  const chooser = c.hit.entry.chooser === true ? CHOOSER.exec(here.slice(at.end, at.end + 60)) : null
  if (c.hit.entry.chooser === true && !chooser) return false
  const open = c.hit.entry.open === true || UNBOUNDED.test(normal(here))
  // "You need only ask and it's yours" names nothing, so anything goes; "if you'd like a replacement, just say
  // the word" names what is on offer, and "let me know what you'd prefer: refund or exchange" gives a choice.
  const given = open ? gift(here) : NAMED_OFFER.test(normal(here)) ? [] : delivery(here)
  if (given.length) {
    // Report the offer with whom it lets choose ("anything you'd like") and what it gives ("…and it's yours").
    const reached = at.end + (chooser?.[0].length ?? 0)
    const joined = given.find((g) => g.start >= reached && /^[\s,—–-]*(?:and\s+)?$/.test(here.slice(reached, g.start)))
    c.reach = { start: c.hit.start, end: from + (joined ? joined.end : reached) }
    return true
  }
  // A marker standing alone ("You name it.") gives what the sentence before offers.
  const before = previousSentence(c)
  return c.hit.entry.open === true && before !== undefined && before.paragraph === c.sentence.paragraph && giftIn(before.text.slice(-2 * NEAR))
}

/** "At no cost for the rest of your contract", "free for life": a give-away stretched over time, with no reason. */
const openEnded: Strategy = (c) => {
  const words = [...clauseAfter(c.sentence.text, c.hit.end).matchAll(/[\p{L}\p{N}']+/gu)].slice(0, 6)
  const until = words.find((m) => OPEN_ENDED.has(normal(m[0])))
  if (!until || negatedBefore(c, 3) || inCondition(c)) return false
  // Report the gift with how long it lasts: "free forever", "on the house for the rest of the year".
  const end = c.hit.end + (until.index ?? 0) + until[0].length
  const tail = /^(?:\s+(?:of|for)\s+(?:your|the|this|our)\s+[\p{L}-]+)?/u.exec(c.sentence.text.slice(end))
  c.reach = { start: c.hit.start, end: end + (tail?.[0].length ?? 0) }
  return !reasonNear(c)
}

// "…is on us", "…rests with me": the idiom as a predicate, with what it may be said of.
// `\p{L}+ly` covers squarely, firmly, solely: listing them too made "solely solely … x" exponential (issue 8).
const OWNER_PREDICATE = /^(?:(?:it|this|that|this one|that one|all of (?:this|that|it)|all this|all that|everything|the whole (?:thing|mess|situation)|this whole (?:thing|mess|situation)|the (?:blame|fault|responsibility|mistake|error)(?: here)?|(?:this|that) (?:mistake|error|mess|one))\s+)(?:is|was|are|were|lies|lay|rests|rested|sits|sat|falls|fell|'s)\s+(?:(?:\p{L}+ly|all|100%)\s+)*$/iu

/**
 * Blame idioms ("it's on us", "we dropped the ball", "our bad") taken wholesale: an intensifier in the
 * idiom ("entirely on us") or a closer after it ("…, full stop", "end of story"), and no cause named
 * nearby. Without the marker the idiom is a plain admission and stays quiet.
 */
const wholesaleBlame: Strategy = (c) => {
  if (c.hit.entry.owner === true) {
    const clause = clauseBefore(c.sentence.text, c.hit.start)
    const lead = /^\s*(?:(?:and|so|but|honestly|frankly|look|ok|okay)\s+)*/i.exec(clause)![0].length
    if (!OWNER_PREDICATE.test(normal(clause.slice(lead)))) return false
    // Report the whole predicate: "This whole thing is on us".
    c.reach = { start: c.hit.start - clause.length + lead, end: c.hit.end }
    const inner = normal(c.sentence.text.slice(c.reach.start, c.hit.end)).match(/[\p{L}\p{N}%']+/gu) ?? []
    const marked = inner.some((w) => WHOLESALE.has(w)) || CLOSER.test(normal(c.sentence.text.slice(c.hit.end, c.hit.end + 60)))
    return marked && unlessCauseStated(c)
  }
  const inside = (normal(c.hit.text).match(/[\p{L}\p{N}%']+/gu) ?? []).some((w) => WHOLESALE.has(w))
  const before = wordsBefore(c.sentence.text, c.hit.start, 1)[0] ?? ''
  const marked = inside || WHOLESALE.has(before) || CLOSER.test(normal(c.sentence.text.slice(c.hit.end, c.hit.end + 60)))
  return marked && unlessCauseStated(c)
}

export const strategies: Record<string, Strategy> = {
  always: () => true,
  'unless-specific-admission': unlessSpecificAdmission,
  'unless-named-mistake': unlessNamedMistake,
  'unless-cause-stated': unlessCauseStated,
  'unless-reason': unlessReason,
  'policy-set-aside': policySetAside,
  'open-offer': openOffer,
  'open-ended': openEnded,
  'wholesale-blame': wholesaleBlame,
}
