/**
 * Strategies that read past the verb lexicon (RULES.md no-concrete-action: "a thing the
 * agent did or will do, with its object"): any verb the agent did or will do unless it is
 * a non-act, someone else's done act on a thing, someone on the way at a given time, and a
 * named third party with what to expect of them. signals.ts runs them with the others.
 */
import type { VerbGroup } from './clauses.js'
import { type Ctx, hedged, insideHit, segmentEnd } from './context.js'
import { inVerbList, particlesIn } from './lexicon.js'
import { SPECIFIC_TIME, complement, customersThing, namedPhrase, namedRecipient, realObject } from './objects.js'
import type { Word } from './words.js'

/**
 * Any verb the lexicon does not list, done or promised by the agent with a real object
 * (objects.ts `realObject`): "I've swapped you into row 31", "I'll comp the delivery charge",
 * "we carried it over to next month's bill". The closed `non-act` list and the verbs with their
 * own strategy (handing over, talking, reporting a problem) are never acts: the lexicon is not
 * the gatekeeper.
 */
export function openAct(g: VerbGroup, c: Ctx): boolean {
  if ((g.aspect !== 'done' && g.aspect !== 'future') || g.modality !== 'none' || !openVerb(g, c) || hedged(g, c)) return false
  const object = complement(c.ws, g.index + 1)
  return object.kind === 'np' && realObject(c.ws, object.at, g.lemma) && !insideHit(c.hits.vague, c.ws[object.at].start)
}

const OWN_STRATEGY = ['not-outcome', 'handoff', 'communicate', 'contact', 'pledge']

/** A verb that may be an act though `act` does not list it. */
export function openVerb(g: VerbGroup, c: Ctx): boolean {
  return !inVerbList('non-act', g.lemma, c.ws[g.index + 1]?.norm) && !OWN_STRATEGY.some((cls) => particlesIn(cls, g.lemma))
}

/**
 * Someone else has done something to the customer's thing: "The garage has fitted your
 * new exhaust", "the courier collected parcel 4471". Not a problem they caused ("the
 * airline has cancelled your flight": `adverse`), nor what "it" or "this" did.
 */
export function thirdPartyDone(g: VerbGroup, c: Ctx): boolean {
  if (g.actor !== 'other' || g.aspect !== 'done' || g.modality !== 'none' || !g.subject) return false
  if (/^(?:it|this|that|there|which|what|who|everything|nothing|something)$/.test(c.ws[g.subject[1] - 1].norm)) return false
  if (inVerbList('adverse', g.lemma) || (!particlesIn('act', g.lemma) && !openVerb(g, c))) return false
  const object = complement(c.ws, g.index + 1)
  // the active twin of the passive outcome: "the venue has released the duplicate room" as "…has been released"
  return object.kind === 'np' && (customersThing(c.ws, object.at) || definiteThing(c.ws, object.at, g.lemma)) &&
    !insideHit(c.hits.vague, c.ws[object.at].start)
}

/** "the duplicate room", "that invoice": a definite thing that is a real object (objects.ts `realObject`). */
function definiteThing(ws: Word[], at: number, lemma: string): boolean {
  return /^(?:the|this|that|these|those)$/.test(ws[at].norm) && realObject(ws, at, lemma)
}

/**
 * Someone or something will be there at a given time: "Our plumber, Dev, will be with you on
 * Thursday between 8 and 10", "the engineer will be at your flat by noon", "we'll have a
 * replacement with you by Friday". Not "in touch".
 */
export function presence(c: Ctx): number[] {
  const found: number[] = []
  c.ws.forEach((w, i) => {
    // "will be with you", and "should be with you" (an expectation once a time is given)
    if (w.norm !== 'will' && w.norm !== 'should') return
    const at = placeAfter(c.ws, i + 1)
    if (at < 0) return
    if (/^(?:you|it|this|that)$/.test(c.ws[i - 1]?.norm ?? '') || insideHit(c.hits.vague, w.start) || insideHit(c.hits.vague, c.ws[at].start)) return
    const from = c.ws[at].end
    const end = segmentEnd(c, i)
    if (SPECIFIC_TIME.test(c.text.slice(from, end)) && !c.hits.hedge.some((h) => h.start >= from && h.start < end)) found.push(i)
  })
  return found
}

const THERE = /^(?:with|at|there|round|over)$/

/** After "will": "be with / at / there", or "have / get <a thing> with / to / out to you"; the index of the place word, or -1. */
function placeAfter(ws: Word[], k: number): number {
  const verb = ws[k]?.norm
  if (verb === 'be') return THERE.test(ws[k + 1]?.norm ?? '') ? k + 1 : -1
  if (verb !== 'have' && verb !== 'get') return -1
  // the thing: a determiner-led phrase of a few words ("a replacement", "your new card")
  if (!/^(?:a|an|the|your|this|these|those|one|another)$/.test(ws[k + 1]?.norm ?? '')) return -1
  for (let n = k + 2; n < Math.min(ws.length, k + 6); n++) {
    if (ws[n].kind !== 'word') return -1
    if (/^(?:with|to|out|over|back)$/.test(ws[n].norm)) return /^(?:you|your)$/.test(ws[n + 1]?.norm ?? '') || ws[n].norm === 'out' ? n : -1
  }
  return -1
}

/**
 * A named third party and what to expect of them: "I've started a claim with the courier;
 * they usually reply within 5 working days". The agent's clause names them; theirs gives a time.
 */
export function expectation(g: VerbGroup, c: Ctx): boolean {
  if (g.actor !== 'other' || g.negated || g.passive || !g.subject || g.modality === 'hedged' || g.modality === 'wishes') return false
  if (!SPECIFIC_TIME.test(c.text.slice(c.ws[g.index].end, segmentEnd(c, g.index)))) return false
  return c.groups.some((h) => h.index < g.index && h.actor === 'agent' && h.aspect === 'done' && !h.negated && !h.passive &&
    (namedRecipient(c.ws, h.index + 1, h.lemma) || namedPhrase(c.ws, complement(c.ws, h.index + 1).at)))
}
