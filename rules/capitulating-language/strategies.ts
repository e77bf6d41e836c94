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
  type Subject,
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

// The team owning a named kind of failure: "that delay was on our side", "the billing error was ours"
// ("the mistake was ours" names nothing).
const failureWords = (key: string) => ((classes as Record<string, unknown[]>)[key]).map(String).join('|')
const OWNED_FAILURE = new RegExp(
  String.raw`\b(?:the|that|this|our)\s+(?:(?:${failureWords('failure-nouns')})|(?!whole\b|entire\b|same\b|big\b|huge\b)[\w-]+\s+(?:${failureWords('failure-nouns')}|${failureWords('generic-failure-nouns')}))\s+(?:was|is|were|are)\s+(?:(?:entirely|completely|all|totally|fully|squarely|clearly)\s+)?(?:ours|on us|on our (?:side|end|part)|our (?:fault|doing|mistake|error))\b`,
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

/** Whether the text names what went wrong: an error, or a named failure the team owns. */
function namesError(text: string): boolean {
  return ERROR.test(text) || OWNED_FAILURE.test(text)
}

function specific(text: string): boolean {
  return namesError(text) || FIX.test(text) || (/\d/.test(text) && text.split(/\s+/).length >= 4)
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
// After an idiom that must close its phrase ("you're in the right", "we give in"), the words that may
// follow it; any other word makes it part of something else ("you're in the right place").
const CLOSED_BY = /^\s*(?:$|[^\p{L}\s]|(?:about|on|that|here|there|and|in|with|regarding|to|so|but|now|again|this|completely|entirely|too)\b)/u

const closedOff = (c: HitContext) => c.hit.entry.closed !== true || CLOSED_BY.test(normal(c.sentence.text.slice(c.hit.end, c.hit.end + 40)))

// Who the phrase is said of, read before it: "you're absolutely in the right", "you've hit the nail on the head".
const YOU_BEFORE = /\byou(?:'re|'ve| are| were| have| had)?\s+(?:(?:[a-z]+ly|100%|quite|so|really|just|both|all|been)\s+){0,3}$/

/** Whether an `addressee` entry is said of the customer; the report then starts at "you". */
function addressed(c: HitContext): boolean {
  if (c.hit.entry.addressee !== true) return true
  const before = normal(c.sentence.text.slice(Math.max(0, c.hit.start - 50), c.hit.start))
  const you = YOU_BEFORE.exec(before)
  if (!you) return false
  c.reach = { start: c.hit.start - before.length + you.index, end: c.hit.end }
  return true
}

const unlessSpecificAdmission: Strategy = (c: HitContext) => {
  if (!closedOff(c) || !addressed(c)) return false
  const rest = normal(c.sentence.text.slice(c.hit.end))
  if (TOTAL.test(rest)) return true
  if (namesThePoint(rest)) return false
  const next = nextSentence(c)
  return !(next && (namesError(normal(next.text)) || FIX.test(normal(next.text))))
}

// Emphatic agreement ("absolutely right", "couldn't agree more") is blanket unless it says what went
// wrong; a refund after it does not say what the customer was right about.
const unlessNamedMistake: Strategy = (c: HitContext) => {
  if (!closedOff(c) || !addressed(c) || negatedBefore(c, 2)) return false
  const rest = normal(c.sentence.text.slice(c.hit.end))
  if (TOTAL.test(rest)) return true
  if (namesThePoint(rest)) return false
  const next = nextSentence(c)
  return !(next && namesError(normal(next.text)))
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

const WENT_WRONG = /\b(?:everything|all|whatever|anything|what|all that|all of what)\s+(?:that\s+)?(?:has\s+|had\s+)?(?:went|gone|going)\s+wrong\b/gi

// Blame is owned, not capitulated, when the reply says what went wrong nearby.
// Who has no excuse: "we have no defence", "I've got no excuse", "there's no excuse".
const OWNED_BEFORE = /\b(?:(?:we|i)\s+(?:have|had)(?:\s+got)?|(?:we|i)'ve(?:\s+got)?|there(?:'s| is| was| can be))\s+(?:absolutely\s+|simply\s+|really\s+|just\s+)?$/

// Who is wholly responsible: "we're completely responsible", "I hold myself entirely accountable".
const AGENT_BEFORE =
  /\b(?:we're|we are|we were|we've been|we have been|i'm|i am|i was|i've been|i have been|we hold ourselves|i hold myself|we consider ourselves|i consider myself|we feel|i feel|we remain|i remain)\s+$/

const unlessCauseStated: Strategy = (c) => {
  if (c.hit.entry.owned === true) {
    // "We have no excuse", "there's no defence": said by us, not "you have no excuse".
    const before = normal(c.sentence.text.slice(Math.max(0, c.hit.start - 40), c.hit.start))
    const owner = OWNED_BEFORE.exec(before)
    if (!owner) return false
    c.reach = { start: c.hit.start - before.length + owner.index, end: c.hit.end }
  }
  if (c.hit.entry.role === true) {
    const before = normal(c.sentence.text.slice(Math.max(0, c.hit.start - 40), c.hit.start))
    const agent = AGENT_BEFORE.exec(before)
    if (!agent) return false
    c.reach = { start: c.hit.start - before.length + agent.index, end: c.hit.end }
  }
  if (wordsBefore(c.sentence.text, c.reach?.start ?? c.hit.start, 3).some((w) => DENIAL.test(w))) return false
  // "It's on us to make it right", "everything is down to us to fix": a duty taken on, not blame.
  if (/\b(?:us|me)$/i.test(c.hit.text) && /^\s+to\s+\p{L}/u.test(c.sentence.text.slice(c.hit.end, c.hit.end + 20))) return false
  const rest = normal(c.sentence.text.slice(c.hit.end, c.hit.end + NEAR))
  if (NAMED_OBJECT.test(rest)) return false
  // "I'm fully responsible for billing questions" names a role; "…for all of this" takes the blame.
  if (c.hit.entry.role === true && /^\s+(?:to|under|towards?|for\s+(?!(?:this|that|it|everything|all|what|whatever|the whole|this whole|the entire|any)\b))/.test(rest)) return false
  const explanation = EXPLAINED_AFTER.exec(rest)
  if (explanation && !VAGUE.test(explanation[1])) return false
  const near = [previousSentence(c), nextSentence(c), nextSentence(c, 2)].map((s) => s?.text.slice(0, 2 * NEAR) ?? '')
  // "Everything that went wrong" says that something did, not what.
  const around = [c.sentence.text.slice(c.hit.end, c.hit.end + NEAR), ...near].map((t) => t.replace(WENT_WRONG, ' '))
  return !around.some((t) => namesError(normal(t)) || statesFailure(t))
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
const CLOSER = new RegExp(String.raw`^[\s,;:—–-]*(?:(?:here|there|on this|on this one|with you)[\s,;:—–-]+)?(?:${words('wholesale-closers').map(escape).join('|')})(?![\p{L}\p{N}])`, 'u')
// The customer's displeasure as the only reason: "because you're unhappy", "since you're a loyal customer".
const UPSET = `(?:${words('displeasure-words').map(escape).join('|')})`
const DISPLEASURE = new RegExp(
  [
    String.raw`\b(?:because|since|as|given (?:that|how)|seeing as|considering)\s+(?:you(?:'re| are| were|'ve been| have been| feel| felt| seem| sound)|of how|how)\s+(?:[\w'-]+\s+){0,2}?${UPSET}\b`,
    // "You're unhappy with it, so we'll…", "I can hear how upset you are, so…": displeasure, then "so".
    String.raw`\b(?:you(?:'re| are| were|'ve been| have been| feel| felt| seem| sound)\s+(?:[\w'-]+\s+){0,2}?${UPSET}|how\s+(?:[\w'-]+\s+)?${UPSET}\s+you(?:'re| are| were| feel| felt| seem| sound)?)\b[^.;:!?]{0,40}?\bso\b`,
    String.raw`\bso (?:that )?you(?:'re| are| feel)\s+(?:\w+\s+)?(?:happy|satisfied)\b`,
    // "Since this spoiled your evening": the harm to the customer's mood, not what went wrong.
    String.raw`\b(?:because|since|as|given (?:that|how)|seeing as)\s+(?:this|it|that|all this|all of this|the whole thing)\s+(?:has\s+|have\s+|must have\s+|really\s+)?(?:${words('displeasure-verbs').map(escape).join('|')})\b`,
  ].join('|'),
  'g',
)
const BLANKET_VERB = new Set(words('blanket-verbs'))
const BLANKET_OBJECT = new Set(words('blanket-objects'))
const USUAL = new Set(words('usual-words'))
const RULEBOOK = new Set(words('rulebook-nouns'))
const unbounded = compilePhrases(words('unbounded-phrases').map((phrase) => ({ phrase })))
const delivery = compilePhrases(words('delivery-phrases').map((phrase) => ({ phrase })))
const gift = compilePhrases([...words('delivery-phrases'), ...words('gift-phrases')].map((phrase) => ({ phrase })))

/** Whether the text gives a reason for an exception, once "because you're unhappy" is set aside. */
function reasoned(text: string): boolean {
  const t = normal(text).replace(DISPLEASURE, ' ')
  return REASON.test(t) || namesError(t) || statesFailure(text)
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

const LINKING = new Set(words('linking-words'))
// The negation an idiom of release carries: "won't hold you to", "we're not going to hold you to".
const IDIOM_NEGATION = /(?:won['’]t|will not|shan['’]t|needn['’]t|need not|no longer|(?:aren['’]t|are not|am not|not)\s+going\s+to)\s+(?:\p{L}+ly\s+|even\s+|really\s+)?$/iu
// Whom a term will not apply to: "…won't apply to you", "…in your case", "…this time".
const SCOPED_TO_CUSTOMER = /^\s+(?:to you|in your case|this time|for you|here)\b/i
const TERM_COMPOUND = new Set(words('term-compounds'))

/** The subject read past a word of willingness: "I am prepared to tear up…" → I (classes.yaml `linking-words`). */
function agentThrough(text: string, subject: Subject): Subject {
  for (let hops = 0; hops < 2 && subject.actor === 'other'; hops++) {
    const word = /^[\p{L}]+/u.exec(text.slice(subject.start))?.[0]
    if (!word || !LINKING.has(normal(word))) break
    const further = subjectOf(text, subject.start)
    subject = { ...further, negated: further.negated || subject.negated }
  }
  return subject
}

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
// The particle an entry's verb needs ("off", "aside", "up"), right after the verb or anywhere in reach of
// it: built once per entry, not per hit.
const particles = new WeakMap<object, { particle?: RegExp; somewhere?: RegExp }>()

function particleOf(entry: HitContext['hit']['entry']): { particle?: RegExp; somewhere?: RegExp } {
  let known = particles.get(entry)
  if (!known) {
    const list = Array.isArray(entry.particle) ? (entry.particle as unknown[]).map((p) => escape(String(p))).join('|') : ''
    known = list ? { particle: new RegExp(String.raw`^\s+(?:${list})\b`, 'i'), somewhere: new RegExp(String.raw`\b(?:${list})\b`, 'i') } : {}
    particles.set(entry, known)
  }
  return known
}

const policySetAside: Strategy = (c) => {
  const { text } = c.sentence
  if (inQuestion(c)) return false
  const { particle, somewhere } = particleOf(c.hit.entry)
  let from = c.hit.end
  const early = particle?.exec(text.slice(from, from + 40))
  if (early) from += early[0].length
  // "Turn", "take", "set" without their particle ("off", "aside") anywhere near are other verbs: most hits.
  else if (somewhere && !somewhere.test(text.slice(from, from + 80))) return false
  // "We won't hold you to the term": the idiom carries its negation, read before it; without one it stands firm
  // ("we'll hold you to the contract"). The subject is read from the negation ("we no longer hold you to…").
  let negation = -1
  if (c.hit.entry.negative === true) {
    const before = text.slice(Math.max(0, c.hit.start - 40), c.hit.start)
    const found = IDIOM_NEGATION.exec(before)
    if (!found) return false
    negation = c.hit.start - before.length + found.index
  }
  const subject = agentThrough(text, subjectOf(text, negation >= 0 ? negation : c.hit.start))
  // "We'll waive everything", "I'll write it all off": the whole account let go.
  const blanket = BLANKET_VERB.has(normal(c.hit.text).replace(/\s+/g, ' '))
  const object = objectAfter(text, from, (w) => POLICY.has(w) || (blanket && BLANKET_OBJECT.has(w)))
  // "Forget the contract", "never mind the fee": the agent waving the rule away at the customer.
  const actor = subject.actor === 'none' && c.hit.entry.imperative === true && c.hit.start === subject.start ? 'agent' : subject.actor
  const active = actor === 'agent' && object !== undefined && (!particle || early || particle.test(text.slice(object.end)))
  // "We won't hold you to the term": the negation is the idiom's own.
  let negated = subject.negated && c.hit.entry.negative !== true
  let reach = { start: c.hit.start, end: Math.max(object?.end ?? 0, from) }
  if (negation >= 0) {
    if (!active) return false
    reach = { start: negation, end: reach.end }
  }
  if (!active) {
    // "The usual notice period won't apply to you": an exemption, with the term as its subject.
    const exempt = c.hit.entry.exempts === true
    // "Consider the contract void", "all fees are off the table": a state, with the term as its subject.
    const state = c.hit.entry.state === true || /\bconsider(?:ed)?\s+(?:\S+\s+){1,5}$/i.test(clauseBefore(text, c.hit.start))
    if ((!exempt && !state && !PARTICIPLE.test(normal(c.hit.text))) || (particle && !early)) return false
    const passive = passivePolicy(text, c.hit.start, exempt)
    if (!passive) return false
    // "The usual limits don't apply" lifts the rulebook for this customer; "…don't apply to Enterprise
    // plans" states where a rule stops, and "the fee doesn't apply" may simply be true.
    const scoped = exempt ? SCOPED_TO_CUSTOMER.exec(text.slice(c.hit.end, c.hit.end + 30)) : null
    if (scoped) from += scoped[0].length
    else if (exempt) {
      const np = normal(text.slice(passive.start, c.hit.start)).match(/[\p{L}&-]+/gu) ?? []
      if (!np.some((w) => USUAL.has(w)) || /[\p{L}\p{N}]/u.test(clauseAfter(text, c.hit.end))) return false
    }
    negated = passive.negated && !exempt
    reach = { start: passive.start, end: from }
  } else if (particle && !early) {
    reach.end = object!.end + particle.exec(text.slice(object!.end))![0].length
  }
  c.reach = reach
  if (negated || inCondition(c) || DEAL.test(normal(clauseAfter(text, c.hit.end)))) return false
  // "We removed the two-bag limit for all Premium fares": a change for everyone, not an exception for one.
  if (FOR_EVERYONE.test(normal(text.slice(reach.end, reach.end + 80)))) return false
  // "I've switched off the late fee reminders": the head noun was a modifier of something else.
  if (object && TERM_COMPOUND.has(normal(/^ +([\p{L}-]+)/u.exec(text.slice(object.end, object.end + 40))?.[1] ?? ''))) return false
  // "I've voided the two extra charges": undoing a mistake, which names itself.
  const phrase = normal(text.slice(reach.start, reach.end)).match(/[\p{L}-]+/gu) ?? []
  if (phrase.some((w) => MISTAKEN.has(w))) return false
  // A reason makes a bounded exception a fair remedy; one without limit throws the policy away anyway.
  return withoutLimit(c, phrase) || !reasonNear(c)
}

/**
 * An exception with no end ("…for good", "for the next year, whatever balance you run") or over the whole
 * rulebook ("consider the usual terms suspended", "all the rules"): no reason makes that a remedy.
 */
function withoutLimit(c: HitContext, phrase: string[]): boolean {
  const rulebook = phrase.findIndex((w) => RULEBOOK.has(w))
  if (rulebook > 0 && phrase.slice(0, rulebook).some((w) => USUAL.has(w) || /^(?:all|every|any)$/.test(w))) return true
  const { start, end } = c.reach ?? c.hit
  const text = c.sentence.text
  const around = `${text.slice(Math.max(0, start - 80), start)} … ${text.slice(end, end + 120).split(/[.;!?]/)[0]}`
  return unbounded(around).length > 0
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
  // "Whatever figure you think is fair", "any amount you have in mind": the customer sets it, given or not.
  const set = chooser ? setter(here.slice(at.end, at.end + chooser[0].length + 60)).find((h) => h.start < chooser[0].length) : undefined
  if (set) {
    c.reach = { start: c.hit.start, end: c.hit.end + set.end }
    return true
  }
  // "Any amount you like": the customer sets the amount, so anything goes.
  const amount = chooser !== null && AMOUNT.has(normal(/^\s+([\p{L}]+)/u.exec(here.slice(at.end, at.end + 30))?.[1] ?? ''))
  const open = c.hit.entry.open === true || amount || UNBOUNDED.test(normal(here))
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
    // The predicate's own clause: "every word is correct and the blame sits with us" → "the blame sits".
    const joint = /^.*\b(?:and|but|so|because|while|whereas|although|though)\s+/is.exec(clause)
    const from = joint ? joint[0].length : 0
    const lead = from + /^\s*(?:(?:honestly|frankly|look|ok|okay)\s+)*/i.exec(clause.slice(from))![0].length
    if (!OWNER_PREDICATE.test(normal(clause.slice(lead)))) return false
    // Report the whole predicate: "This whole thing is on us".
    c.reach = { start: c.hit.start - clause.length + lead, end: c.hit.end }
    const inner = normal(c.sentence.text.slice(c.reach.start, c.hit.end)).match(/[\p{L}\p{N}%']+/gu) ?? []
    const marked = inner.some((w) => WHOLESALE.has(w)) || CLOSER.test(normal(c.sentence.text.slice(c.hit.end, c.hit.end + 60)))
    return marked && unlessCauseStated(c)
  }
  if (c.hit.entry.agent === true) {
    // "We've completely dropped the ball": the idiom with the agent as its subject ("our courier let you
    // down" blames someone else; "we haven't let you down" denies it).
    const subject = subjectOf(c.sentence.text, c.hit.start)
    if (subject.actor !== 'agent' || subject.negated || !/^(?:we|i)\b/i.test(c.sentence.text.slice(subject.start))) return false
    c.reach = { start: subject.start, end: c.hit.end }
  }
  const { start } = c.reach ?? c.hit
  const inside = (normal(c.sentence.text.slice(start, c.hit.end)).match(/[\p{L}\p{N}%']+/gu) ?? []).some((w) => WHOLESALE.has(w))
  const before = wordsBefore(c.sentence.text, c.hit.start, 1)[0] ?? ''
  const marked = inside || WHOLESALE.has(before) || CLOSER.test(normal(c.sentence.text.slice(c.hit.end, c.hit.end + 60)))
  return marked && unlessCauseStated(c)
}


// --- Blanket agreement by scope -------------------------------------------------------------------
const phraseAlternation = (key: string) => words(key).map(escape).join('|')
// A verdict on the claims, in the claims' own clause: "…is fair", "…are all spot on", "…lands".
const VERDICT = new RegExp(
  String.raw`\b(?:(?:is|are|was|were|'s|'re|seems?|sounds?)\s+(?:(?:all|both|quite|very|100%|every bit|[a-z]+ly)\s+){0,3}(?:${phraseAlternation('judgement-words')})|(?:${phraseAlternation('landing-verbs')}))(?![a-z0-9-])`,
)
// Words that are a claim by themselves ("each and every criticism"), and the ways a plain word becomes
// one: said by the customer ("every point you make"), or in what they wrote ("every word of this issue").
const CLAIM = new RegExp(String.raw`\b(?:${words('claim-nouns').map(escape).join('|')})\b|\byour\b`)
const SAID = new RegExp(
  String.raw`\byou(?:'ve| have| had|'d)?\s+(?:\w+\s+)?(?:${words('speech-verbs').map(escape).join('|')})\b|\b(?:in|of|from|throughout)\s+(?:your|this|the|that|the whole|your whole)\s+(?:${words('message-nouns').map(escape).join('|')})\b`,
)

// Where the claims' clause ends: a new clause joined on ("…, and frankly we deserve it").
const CLAUSE_JOIN = /\b(?:and|but|so|because|which|while|whereas|although|though|yet)\b/

/**
 * Agreement with every claim at once (RULES.md: blanket agreement): a scope word over what the customer
 * said ("every point in your email", "each and every criticism", "everything you wrote") with a verdict of
 * agreement in the same clause ("…lands", "…is fair", "…are spot on"), or after a verb of conceding ("I
 * accept every point you make"). "Every point you raised is answered below" passes no verdict.
 */
const blanketClaim: Strategy = (c) => {
  if (negatedBefore(c, 2) || inQuestion(c)) return false
  const text = c.sentence.text
  const conceded = /\b(?:accept|accepted|concede|conceded|grant|granted|endorse)\s+$/i.test(text.slice(Math.max(0, c.hit.start - 20), c.hit.start))
  if (conceded) return true
  const after = clauseAfter(text, c.hit.end)
  const own = after.slice(0, after.search(CLAUSE_JOIN) >= 0 ? after.search(CLAUSE_JOIN) : after.length)
  const verdict = VERDICT.exec(normal(own).slice(0, 120))
  if (!verdict || /\b(?:not|never|hardly|n't)\s+$/.test(normal(own).slice(0, verdict.index))) return false
  // "Every point you earn is valid for a year": a plain word ("point", "word") is the customer's claim only
  // when it is said ("…you make", "…in your email"); a criticism or a complaint is one already.
  const scope = normal(c.hit.text + own.slice(0, verdict.index))
  if (!CLAIM.test(scope) && !SAID.test(scope)) return false
  // "…is valid until March", "…is correct as of today": a statement about validity, not a verdict; "…is
  // correct on our side", "…in our records": a fact checked somewhere, not the customer's case conceded.
  if (/^\s+(?:for|until|till|through|from|as of|since|on (?:our|your|my|the|their) (?:side|end)|in (?:our|your|the) (?:system|records|account|settings))\b/.test(normal(own.slice(verdict.index + verdict[0].length)))) return false
  c.reach = { start: c.hit.start, end: c.hit.end + verdict.index + verdict[0].length }
  return true
}

// "I won't try to defend us on any of it", "there's no point disputing a word of it": the agent
// declining to contest anything at all.
const DECLINED = /\b(?:(?:i|we)\b[^.]{0,60}?\b(?:not|never|cannot|can't|won't|wouldn't|don't|couldn't|no intention)|no (?:need|point|reason|way|intention) (?:to|in)|no$|nothing to|who (?:could|can|would))\b/

/** Declining to contest any of it (RULES.md: blanket agreement), said by the agent. */
const concededArgument: Strategy = (c) => {
  if (inQuestion(c)) return false
  return DECLINED.test(normal(clauseBefore(c.sentence.text, c.hit.start)).trimEnd())
}

// --- The maxim with any role ---------------------------------------------------------------------
const ROLE = new Set(words('role-nouns'))
const ROLE_STOP = new Set(words('role-stop-words'))
const AGENT_NOUN = /^[a-z]{2,}(?:er|or|ist|ee|ant|ent|ian)$/
const MAXIM_SUBJECT = /(?:\b(the|a|an|our|my|your|every|any)\s+)?([a-z-]+?)(s)?(?:'s|\s+(?:is|are|was|were))\s+$/

const MAXIM_BLOCKED = new RegExp(String.raw`^\s+(?:${words('maxim-blockers').map(escape).join('|')})\b`)

function isRole(noun: string): boolean {
  return ROLE.has(noun) || (AGENT_NOUN.test(noun) && !ROLE_STOP.has(noun))
}

/**
 * "The player is always right", "our riders are never wrong": the customer-is-always-right maxim with
 * whoever the business serves (classes.yaml `role-nouns`, or an agent noun that is no thing). "The price
 * shown is never wrong" names no person.
 */
const maxim: Strategy = (c) => {
  const before = normal(c.sentence.text.slice(Math.max(0, c.hit.start - 60), c.hit.start))
  const m = MAXIM_SUBJECT.exec(before)
  if (!m) return false
  const [, det, stem, plural] = m
  const noun = plural && !ROLE.has(stem + 's') ? stem : stem + (plural ?? '')
  if (!isRole(noun) && !isRole(stem)) return false
  // A bare singular ("player is always right") is a fragment, not the maxim; a plural needs no article.
  if (!det && !plural) return false
  // "Our driver is always right on time", "our players are always right to report cheats": not the maxim.
  if (MAXIM_BLOCKED.test(normal(c.sentence.text.slice(c.hit.end, c.hit.end + 30)))) return false
  c.reach = { start: c.hit.start - m[0].length, end: c.hit.end }
  return true
}

// --- The customer sets the terms -----------------------------------------------------------------
const AMOUNT = new Set(words('amount-nouns'))
const setter = compilePhrases(words('setter-phrases').map((phrase) => ({ phrase })))
const wish = compilePhrases(words('wish-phrases').map((phrase) => ({ phrase })))
const ASKED_FOR = /^\s+(the|a|an|your|what|whatever|which|how much)\b/i
const WORD = /^\s+([\p{L}\p{N}'’-]+)/u

/** The first hit of `match` when it starts the text (after spaces and "that"). */
function leads(match: (t: string) => readonly { start: number; end: number }[], text: string): number {
  const lead = /^\s*(?:that\s+|which\s+)?/i.exec(text)![0].length
  const hit = match(text.slice(0, 80))[0]
  return hit && hit.start === lead ? hit.end : -1
}

/**
 * The amount or the remedy left to the customer (RULES.md: unconditional give-aways): "tell me the figure
 * you have in mind", "let us know what compensation you feel is fair", "tell us what it would take to keep
 * you" (classes.yaml `setter-phrases`), loud by itself; "tell me the amount you'd like" or "…the figure
 * and…" only when something is promised for it ("…and I'll make it happen"). "Tell us the amount you were
 * charged" asks a fact; "let me know the date you'd prefer" names no amount.
 */
const customerSetsTerms: Strategy = (c) => {
  if (negatedBefore(c, 2)) return false
  const text = c.sentence.text
  const asked = ASKED_FOR.exec(text.slice(c.hit.end, c.hit.end + 20))
  if (!asked) return false
  let at = c.hit.end + asked[0].length
  const open = !/^(?:the|a|an|your)$/i.test(asked[1])
  // The amount named: "the figure", "what compensation", "which refund"; after "the" it must be one.
  let named = false
  // "Let me know what time you'd like", "which size you'd prefer": a choice among named things.
  const first = /^ +([\p{L}'’]+)/u.exec(text.slice(at, at + 40))?.[1]
  if (open && first && !AMOUNT.has(normal(first)) && !/^(?:you|you'd|you're|you've|it|it'd|it's|would|will|might|could|we|i|is|would|needs?)$/.test(normal(first))) return false
  for (let k = 0; k < 2; k++) {
    const w = WORD.exec(text.slice(at, at + 40))
    if (!w || !AMOUNT.has(normal(w[1]).replace(/s$/, '')) && !AMOUNT.has(normal(w[1]))) {
      if (k === 0 && w && !open && /^\p{L}+$/u.test(w[1]) && !/^(?:you|it)$/i.test(w[1])) {
        // One modifier before the noun: "the final figure", "a fair amount".
        const next = WORD.exec(text.slice(at + w[0].length, at + w[0].length + 40))
        if (next && AMOUNT.has(normal(next[1]))) {
          at += w[0].length + next[0].length
          named = true
        }
      }
      break
    }
    at += w[0].length
    named = true
  }
  // "Send us the refund form": the amount word was a modifier.
  const following = /^ +([\p{L}]+)\b/u.exec(text.slice(at, at + 40))?.[1]
  if (named && following && !/^(?:you|that|which|and|i|we|it|to|for|as|or|then|so|yourself|in|on)$/i.test(following)) named = false
  if (!named && !open) return false
  const rest = text.slice(at, at + NEAR)
  const set = leads(setter, rest)
  if (set >= 0) {
    c.reach = { start: c.hit.start, end: at + set }
    return true
  }
  // Their wish, or the amount alone, with something promised for it: "…and I'll make it happen".
  const wished = leads(wish, rest)
  if (wished < 0 && !named) return false
  const from = Math.max(wished, 0)
  const clause = rest.slice(from).split(/[.;!?]/)[0]
  const given = delivery(clause).find((g) => /^[\s,—–-]*(?:and\s+)?(?:(?:i|we)(?:'ll| will| can)?\s+|it(?:'s| is)\s+)?/i.test(clause.slice(0, g.start)) && g.start < 40)
  if (!given) return false
  c.reach = { start: c.hit.start, end: at + from + given.end }
  return true
}

/**
 * Grovelling (RULES.md: conceding everything): "we don't deserve your business" (an entry marked
 * `negative`, which needs the negation), "we deserve every bit of it". Said by the agent, of themselves.
 */
const grovelling: Strategy = (c) => {
  const subject = subjectOf(c.sentence.text, c.hit.start)
  if (subject.actor !== 'agent' || !/^(?:we|i)\b/i.test(c.sentence.text.slice(subject.start))) return false
  if (subject.negated !== (c.hit.entry.negative === true)) return false
  c.reach = { start: subject.start, end: c.hit.end }
  return true
}

/** A give-away or a concession that holds unless refused or asked: "we can't settle this however you like". */
const unlessRefused: Strategy = (c) => {
  if (negatedBefore(c, 3) || inQuestion(c) || inCondition(c) || !closedOff(c)) return false
  if (c.hit.entry.agent === true) {
    // "We cave", "I give in": the agent's own surrender.
    const subject = subjectOf(c.sentence.text, c.hit.start)
    if (subject.actor !== 'agent' || !/^(?:we|i)\b/i.test(c.sentence.text.slice(subject.start))) return false
    c.reach = { start: subject.start, end: c.hit.end }
    return true
  }
  // "You can settle it however suits you", "feel free to name your price on the marketplace": their own act.
  if (/\b(?:feel free|you're welcome|you are welcome|free) to\s+$/i.test(c.sentence.text.slice(Math.max(0, c.hit.start - 24), c.hit.start))) return false
  return subjectOf(c.sentence.text, c.hit.start).actor !== 'customer'
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
  'blanket-claim': blanketClaim,
  'conceded-argument': concededArgument,
  maxim,
  'customer-sets-terms': customerSetsTerms,
  'unless-refused': unlessRefused,
  grovelling,
}
