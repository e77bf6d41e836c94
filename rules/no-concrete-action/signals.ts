/**
 * The named strategies that find something concrete in one sentence (RULES.md,
 * no-concrete-action): an action the agent did or will do with its object, a done
 * or scheduled outcome, a handoff to someone named, a reply promised by a given
 * time, or a step for the customer. Links, lists and slots are in links.ts; what
 * follows a verb is read in objects.ts; the strategies that read past the verb
 * lexicon are in open-acts.ts; outcomes without the agent as subject (decisions,
 * headlines, "Closing.", what the customer will receive) are in outcomes.ts; a code
 * handed over is in given.ts.
 */
import { type VerbGroup, isBoundary, readClauses } from './clauses.js'
import { type Ctx, type SentenceHits, type Strategy, committed, hedged, insideHit, segmentEnd } from './context.js'
import { inVerbList, lexicon, particlesIn, verbReadings } from './lexicon.js'
import {
  SPECIFIC_TIME, asksFor, complement, givesRoute, isMatter, mentionsReceipt, namedRecipient, particleEnd, phraseEnd, placed, realObject,
  sendsThing,
} from './objects.js'
import { givenCodes } from './given.js'
import { expectation, openAct, presence, thirdPartyDone } from './open-acts.js'
import { background, delivery, determinedSubject, habitual, headlineOutcome, resultState, selfActing, statusChange } from './outcomes.js'
import { slotSteps } from './slot-steps.js'
import { type Word, words } from './words.js'

export type { SentenceHits } from './context.js'

export type SignalKind = 'agent-action' | 'outcome' | 'handoff' | 'dated' | 'step'

export interface Signal {
  kind: SignalKind
  /** Offsets in the sentence text. */
  start: number
  end: number
}

const STRATEGIES: Array<[SignalKind, Strategy]> = [
  ['agent-action', agentAction],
  ['agent-action', statusChange],
  ['outcome', outcome],
  ['outcome', resultState],
  ['outcome', selfActing],
  ['outcome', headlineOutcome],
  ['outcome', delivery],
  ['handoff', handoff],
  ['dated', dated],
  ['handoff', expectation],
  ['step', step],
]

/**
 * The first concrete signal of a sentence, or undefined. The rule needs only one: the groups'
 * strategies are read first, then the word-level readers, and the reading stops at the first hit.
 */
export function firstConcreteSignal(text: string, hits: SentenceHits): Signal | undefined {
  const ws = words(text)
  const groups = readClauses(ws, verbReadings)
  const c: Ctx = { ws, groups, text, hits }
  for (const g of groups) {
    for (const [kind, strategy] of STRATEGIES) {
      if (strategy(g, c)) return { kind, start: ws[g.first].start, end: ws[g.index].end }
    }
  }
  const step = pleaseSteps(c)[0] ?? infoRequests(c)[0] ?? slotSteps(c)[0]
  if (step !== undefined) return { kind: 'step', start: ws[step].start, end: ws[step].end }
  const present = presence(c)[0]
  if (present !== undefined) return { kind: 'dated', start: ws[present].start, end: ws[present + 2].end }
  const code = givenCodes(c)[0]
  return code === undefined ? undefined : { kind: 'outcome', start: ws[code].start, end: ws[code].end }
}

/**
 * "Let us know which version you use", "let me know your order number": a request for
 * something specific. "Let me know if you have questions" asks for nothing.
 */
function infoRequests(c: Ctx): number[] {
  const found: number[] = []
  c.ws.forEach((w, i) => {
    if (w.norm !== 'let' || !/^(?:me|us)$/.test(c.ws[i + 1]?.norm ?? '') || c.ws[i + 2]?.norm !== 'know') return
    if (asksFor(c.ws, i + 3)) found.push(i)
  })
  return found
}

// ---------------------------------------------------------------- strategies

const PRONOUN_SUBJECTS = new Set(['i', 'we', 'you', 'it', 'they', 'he', 'she', 'that', 'this', 'there'])
const PERSON_OBJECT_OK = new Set(['refund', 'credit', 'reimburse', 'compensate', 'unsubscribe', 'unblock', 'send', 'transfer', 'exchange', 'book', 'rebook', 'upgrade', 'downgrade', 'reinstate'])
const CREATING = new Set(['create', 'open', 'raise', 'file', 'submit', 'log', 'issue'])
const FINITE_AFTER = new Set(['is', 'are', 'was', 'were', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'should', 'may', 'might', 'must', "'s"])

/** "I've refunded the $40", "we're closing this issue", "I can exchange them", "Closing this PR as…". */
function agentAction(g: VerbGroup, c: Ctx): boolean {
  if (g.actor !== 'agent' || g.negated || g.passive) return false
  if (particlesIn('communicate', g.lemma) && sendsThing(c.ws, g.index + 1) && committed(g) && !hedged(g, c)) return true
  if (particlesIn('pledge', g.lemma) && g.aspect === 'present' && g.modality === 'none') {
    // "we promise a full refund if…"; not "we promise it won't happen again"
    const object = complement(c.ws, g.index + 1)
    return object.kind === 'np' && !PRONOUN_SUBJECTS.has(c.ws[object.at].norm) && realObject(c.ws, object.at, g.lemma)
  }
  // a decision on the matter is an act on it: "we've upheld your complaint", "I've approved the request"
  let after = particleEnd(c.ws, g, 'act')
  if (after < 0) after = particleEnd(c.ws, g, 'decision')
  if (after < 0) return openAct(g, c)
  if (!committed(g) || hedged(g, c)) return false
  if (lexicon.classes['done-only']?.has(g.lemma) && g.aspect !== 'done') return false
  // "rolled it back": the object sits between the verb and its particle
  if (after > g.index + 2 && /^(?:it|them|this|that|everything)$/.test(c.ws[g.index + 1].norm)) return true
  const object = complement(c.ws, after)
  if (g.lemma === 'decide') return object.kind !== 'none'
  if (object.kind !== 'np') return false
  // a reported clause, not an object: "I've confirmed the charge was genuine"; and "Unfortunately, cancelled
  // flights are not refundable": a participle that describes the subject of what follows
  if (FINITE_AFTER.has(c.ws[phraseEnd(c.ws, object.at)]?.norm ?? '')) return false
  const first = c.ws[object.at]
  // "update you" is a message; "refund you", "offer you a code", "moved you to a window seat" act
  if (/^(?:you|me|us)$/.test(first.norm) && !PERSON_OBJECT_OK.has(g.lemma) && !sendsThing(c.ws, object.at) && !placed(c.ws, object.at + 1)) return false
  // "I've opened a ticket" is receipt; "…a case with the card issuer" hands it to someone named
  if (CREATING.has(g.lemma) && mentionsReceipt(c.ws, object.at, 4) && !namedRecipient(c.ws, object.at, g.lemma)) return false
  // "I've raised this internally", "flagged it": handing over the matter itself is a handoff and needs a recipient
  if (particlesIn('handoff', g.lemma) && isMatter(c.ws, object.at)) return false
  return !insideHit(c.hits.vague, first.start)
}

/** "Your order has been cancelled", "this issue will be closed in 7 days", "is being closed", "a replacement ships today". */
function outcome(g: VerbGroup, c: Ctx): boolean {
  // "Sorry your flight was cancelled", "if your order is cancelled": the problem restated, or a condition
  return !!g.subject && !g.negated && statedOutcome(g as VerbGroup & { subject: [number, number] }, c) && !background(g, c)
}

function statedOutcome(g: VerbGroup & { subject: [number, number] }, c: Ctx): boolean {
  if (!g.passive) {
    if (thirdPartyDone(g, c)) return true
    // a thing scheduled to happen: "a replacement jacket ships today" (a determiner-led subject, a given time);
    // the time may sit in a parenthesis after the subject: "Version 4.2.1, out today, fixes the crash"
    const timed = () => SPECIFIC_TIME.test(c.text.slice(c.ws[g.subject[1] - 1].end, segmentEnd(c, g.index)))
    // someone or something on the way at a given time: "our plumber is coming on Thursday", "it's going out this
    // afternoon", "your new card should arrive by Thursday" (an expected arrival, with its time)
    if (particlesIn('scheduled', g.lemma) && g.actor !== 'customer' && (g.modality === 'none' || expected(g, c)) &&
      (g.form === 's' || g.aspect === 'progressive' || departed(g, c) || expected(g, c))) {
      return timed() && !hedged(g, c) && !insideHit(c.hits.vague, c.ws[g.index].start)
    }
    if (g.modality !== 'none') return false
    const opener = c.ws[g.subject[0]]
    // "the price increase applies to all plans from 1 March" is a rule, not something done
    return g.actor === 'other' && g.form === 's' && particleEnd(c.ws, g, 'act') >= 0 &&
      (/^(?:a|an|the|your|this|it)$/.test(opener.norm) || /^\p{Lu}/u.test(opener.text)) && timed() && !habitual(g, c)
  }
  // "you'll be updated by email" is "we'll update you": a message, not an outcome
  if (!outcomeVerb(c.ws, g) || hedged(g, c) || (g.actor === 'customer' && particlesIn('communicate', g.lemma))) return false
  // a verb `act` does not list needs a specific thing: "mistakes have been made" says nothing done
  if (particleEnd(c.ws, g, 'act', true) < 0 && !determinedSubject(g, c)) return false
  // "steps are being taken", "action will be taken": an effort, not a thing done (`vague-object-nouns`)
  if (lexicon.nouns['vague-object']?.has(c.ws[g.subject[1] - 1].norm)) return false
  // "this was fixed in #2034": a simple past passive counts for an act verb, not for "you were charged"
  if (g.aspect === 'past') return g.modality === 'none' && g.actor !== 'customer' && particleEnd(c.ws, g, 'act', true) >= 0
  // "is confirmed for Tuesday 3 June": a present passive with a given time is scheduled
  // ("your data is deleted automatically after 90 days" is a rule)
  const timed = g.aspect === 'present' && g.modality === 'none' && SPECIFIC_TIME.test(c.text.slice(c.ws[g.index].end, segmentEnd(c, g.index))) &&
    !habitual(g, c)
  if (!timed && (g.aspect === 'present' || !committed(g))) return false
  if (lexicon.classes['done-only']?.has(g.lemma) && g.aspect !== 'done') return false
  if (CREATING.has(g.lemma) && mentionsReceipt(c.ws, g.subject[0], g.subject[1] - g.subject[0])) return false
  return !insideHit(c.hits.vague, c.ws[g.index].start)
}

// How a thing arrived that makes the arrival the problem: "arrived damaged on Monday" (lexicon.yaml `problem-state-words`).
const PROBLEM_STATE = lexicon.nouns['problem-state'] ?? new Set<string>()

/** "should arrive", "should be with you": an expectation, not a hedge, when a time is given (the caller checks). */
export function expected(g: VerbGroup, c: Ctx): boolean {
  return g.modality === 'hedged' && c.ws.slice(g.first, g.index).every((w) => w.norm === 'should' || w.norm === 'be' || w.norm === 'now' || w.norm === 'then')
}

/** A thing that has set off or arrived at a given time: "your headset left our warehouse this morning". */
function departed(g: VerbGroup, c: Ctx): boolean {
  return g.aspect === 'done' && g.actor === 'other' && g.subject !== undefined && !/^(?:it|this|that|they|he|she)$/.test(c.ws[g.subject[0]].norm) &&
    !PROBLEM_STATE.has(c.ws[g.index + 1]?.norm ?? '')
}

/**
 * A verb whose passive is an outcome: an act verb, or any verb but those reporting
 * handling or a problem ("received", "reviewed", "delayed") and those with their own
 * strategy (handoffs and replies).
 */
function outcomeVerb(ws: Word[], g: VerbGroup): boolean {
  // "Your case has been escalated": handing over the matter needs a recipient (`handoff`)
  if (particlesIn('handoff', g.lemma) && g.subject && isMatter(ws, g.subject[0])) return false
  if (particleEnd(ws, g, 'act', true) >= 0) return true
  // "will be pleased to help", "is required": a state, not an outcome
  if (lexicon.nouns.state?.has(ws[g.index].norm)) return false
  return !['not-outcome', 'handoff', 'communicate', 'contact'].some((cls) => particlesIn(cls, g.lemma))
}

/** "I've passed this to our billing team", "I'm pinging @maintainer", "reported to the Evergreen community". */
function handoff(g: VerbGroup, c: Ctx): boolean {
  if (g.negated || g.imperative || g.actor === 'customer' || g.actor === 'none' && !g.elided) return false
  if (g.actor === 'other' && !g.passive) return false
  const after = particleEnd(c.ws, g, 'handoff', g.passive)
  if (after < 0 || !committed(g) || hedged(g, c)) return false
  // "…with the engineering team, who will consider it": what the recipient will do is the stock vague
  // promise (not "…to the community, and we will monitor it": that is the agent's own clause)
  const end = c.ws[g.index].end
  if (c.hits.vague.some((h) => h.start > end && !/\b(?:I|we)\b/i.test(c.text.slice(end, h.end)))) return false
  return namedRecipient(c.ws, after, g.lemma)
}

/**
 * A commitment with a date: "I'll reply by Friday", "who will call you tomorrow before
 * 11:00", "we will be able to meet a 1 January delivery deadline". Never the stock
 * "we'll get back to you", whatever time it names.
 */
function dated(g: VerbGroup, c: Ctx): boolean {
  if (g.negated || g.imperative || g.passive || g.elided || g.actor === 'customer') return false
  // "…and will ship in v3.2 next week": no subject read, but an auxiliary says it is a clause
  if (g.actor === 'none' && g.first === g.index) return false
  // future or offered; not the present progressive ("we are writing to you today")
  if (g.aspect !== 'future' && !(g.modality === 'can' && !g.restricted)) return false
  if (g.modality === 'hedged' || g.modality === 'wishes' || hedged(g, c) || insideHit(c.hits.vague, c.ws[g.index].start)) return false
  // "I can see how disappointing that is with the party on Saturday": a time does not make seeing an act
  if (inVerbList('mental', g.lemma)) return false
  // the time must belong to this verb, not to the next one ("review it and get back to you within 48 hours")
  // nor to a vague promise after it ("I'll escalate this and someone will be in touch within 48 hours")
  const next = c.groups.find((o) => o.index > g.index)
  const vague = c.hits.vague.find((h) => h.start > c.ws[g.index].end)
  const end = Math.min(segmentEnd(c, g.index), next ? c.ws[next.first].start : c.text.length, vague ? vague.start : c.text.length)
  return SPECIFIC_TIME.test(c.text.slice(c.ws[g.index].end, end))
}

/** "Click Export", "please clear your cache", "you can book a slot from the Help menu", "could you resend it?". */
function step(g: VerbGroup, c: Ctx): boolean {
  if (g.negated || g.passive || g.aspect === 'done' || g.aspect === 'background') return false
  // "you want to cancel" restates a wish; "you can / should / need to / might want to" is a step
  const asked = g.imperative || (g.actor === 'customer' && g.modality !== 'none' && g.modality !== 'wishes')
  if (!asked || insideHit(c.hits.notStep, c.ws[g.index].start)) return false
  const contactEnd = particleEnd(c.ws, g, 'contact')
  if (contactEnd >= 0) return givesRoute(c.ws, contactEnd)
  const after = particleEnd(c.ws, g, 'step')
  if (after < 0) return openStep(g, c)
  // "tell me the number", "tell us which browser": asks for something specific
  if (g.lemma === 'tell') return /^(?:me|us)$/.test(c.ws[after]?.norm ?? '') && asksFor(c.ws, after + 1)
  const object = complement(c.ws, after)
  // "give us a call", "drop us a line", "send me a message": contacting the agent in other words
  if (object.kind === 'np' && /^(?:us|me)$/.test(c.ws[object.at].norm) && contactNoun(c.ws, object.at + 1)) return givesRoute(c.ws, object.at + 1)
  // "Please update.", "Restart and try again": some steps need no object
  if (object.kind === 'none') return g.imperative && !!particlesIn('step-alone', g.lemma)
  if (PERCEIVING.has(g.lemma)) return object.kind === 'np' || object.kind === 'prep' || object.kind === 'place'
  return true
}

/** "a call", "a quick ring", "a line": what the customer would send to contact the agent. */
function contactNoun(ws: Word[], at: number): boolean {
  let k = at
  if (/^(?:a|an)$/.test(ws[k]?.norm ?? '')) k++
  if (ws[k]?.kind === 'word' && /^(?:quick|short|brief)$/.test(ws[k].norm)) k++
  return !!lexicon.nouns.contact?.has(ws[k]?.norm ?? '')
}

/**
 * "You simply need to finish the final quiz", "you'll have to re-register the device": any verb
 * the customer is told to do with a real object is a step, unless it asks nothing of them
 * (`non-act-verbs`, `non-step-verbs`: "you need to understand the terms", "you have to accept that").
 */
function openStep(g: VerbGroup, c: Ctx): boolean {
  if (g.actor !== 'customer' || g.imperative) return false
  const next = c.ws[g.index + 1]?.norm
  if (inVerbList('non-act', g.lemma, next) || inVerbList('non-step', g.lemma, next)) return false
  if (['contact', 'communicate', 'receive', 'scheduled'].some((cls) => particlesIn(cls, g.lemma))) return false
  const object = complement(c.ws, g.index + 1)
  return object.kind === 'np' && realObject(c.ws, object.at, g.lemma)
}

/** "Please rephrase…", "kindly retest…": after "please" (or "would you mind") any verb the lexicon does not know is still a request. */
function pleaseSteps(c: Ctx): number[] {
  const found: number[] = []
  const known = new Set(c.groups.map((g) => g.index))
  c.ws.forEach((w, i) => {
    // "Do you mind holding for two minutes?" asks as "please" does
    const mind = w.norm === 'mind' && c.ws[i - 1]?.norm === 'you'
    if (w.norm !== 'please' && w.norm !== 'kindly' && !mind) return
    if (i > 0 && !mind && !isBoundary(c.ws[i - 1])) return
    let k = i + 1
    while (c.ws[k] && /^(?:just|simply|also|kindly|now|then|first)$/.test(c.ws[k].norm)) k++
    const verb = c.ws[k]
    if (!verb || verb.kind !== 'word' || NOT_VERBS.has(verb.norm)) return
    // a verb the lexicon lists only for scheduling ("come", "arrive") is still a request here: "Please come by the store"
    const listed = verbReadings(verb.norm).some((r) => !particlesIn('scheduled', r.lemma) || particlesIn('step', r.lemma))
    if (mind ? !/ing$/.test(verb.norm) : listed || (known.has(k) && !verbReadings(verb.norm).length)) return
    if (insideHit(c.hits.notStep, verb.start)) return
    if (complement(c.ws, k + 1).kind !== 'none') found.push(k)
  })
  return found
}

// ---------------------------------------------------------------- helpers

const NOT_VERBS = new Set([
  'do', 'be', 'note', 'let', 'feel', 'accept', 'rest', 'bear', 'stay', 'understand', 'remember', 'enjoy', 'have', 'know',
  'hang', 'sit', 'excuse', 'forgive', 'allow', 'advise', 'find', "don't", 'dont', 'never', 'not', 'the',
  'your', 'our', 'a', 'an', 'this', 'that', 'if', 'and', 'or', 'reach', 'contact', 'get',
])
const PERCEIVING = new Set(['see', 'view', 'find', 'read', 'check', 'look', 'review', 'note'])

