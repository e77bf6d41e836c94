/**
 * The `promise` strategy: a promise or certainty marker ("I promise", "guarantee", "rest assured",
 * "definitely", "trust me") and the future clause it governs, loud when that clause is out of the agent's
 * hands (clause.ts `uncontrolled`).
 */
import type { PhraseHit } from '../../src/rule/phrases.js'
import { type Future, type Reading, uncontrolled } from './clause.js'
import { S, WINDOW } from './words.js'

export type MessageId = 'promise' | 'immediate' | 'neverAgain' | 'always' | 'deadline'

export interface Verdict {
  messageId: MessageId
  start: number
  end: number
}

// "I can't promise", "there's no guarantee", "I'm not 100% sure": managing expectations, not over-promising.
const NEGATED_BEFORE = new RegExp(String.raw`\b(?:not|no|never|cannot|can${S}t|won${S}t|don${S}t|didn${S}t|couldn${S}t|unable to|nobody can)\s+(?:\w+\s+){0,2}$`, 'iu')
// "our money-back guarantee", "a promise": the noun, not a promise made here.
const NOUN_BEFORE = /\b(?:a|an|the|our|my|your|this|that|its|their|money-back|satisfaction|price|lifetime|\d+-day|service)\s+$/iu
// How far a promise may stand from the clause it governs, and the words that start another clause.
const MAX_GAP = 30
const GAP_CLAUSE = /\b(?:and|but|so|because|which|while|although|though|then|if|when|once)\b|[.;:]/i
const OUTCOME_OBJECT =
  /^\s+(?:(?:you|that)\s+)?(?:(?:a|an|the|same-day|next-day|on-time|fast|quick|timely|prompt|safe)\s+)*(?:delivery|arrival|fix|resolution|repair|replacement|results?|approval)\b(?:\s+(?:by|within|in|before|on)\s+[^,.;:!?]{1,30})?/iu
const INTERJECTION = /^(?:certainly|definitely|absolutely|for sure|no doubt)$/i

/**
 * A promise marker governs a future clause of its sentence: one it stands in ("your bank will definitely
 * have it"), one it introduces ("I can promise the driver will be there"), or one it closes ("It will be
 * with you in 48 hours — you have our word"). An adverb (`scope: clause`) governs only the clause it stands
 * in, so "That's definitely a bug, and it will be fixed in 4.3" promises nothing.
 */
export function promise(r: Reading, hit: PhraseHit): Verdict | undefined {
  const { text } = r
  // Only the few words before the marker matter, and a bounded look keeps long inputs linear.
  const before = text.slice(Math.max(0, hit.start - WINDOW), hit.start)
  // "Certainly, the invoice will be …", "Absolutely! …": an interjection that means "yes", not a certainty.
  if (INTERJECTION.test(hit.text) && hit.start < WINDOW && /^\W*(?:(?:oh|yes|yeah),?\s+)?$/i.test(before) && /^\s*[,!.]/.test(text.slice(hit.end, hit.end + 3))) return undefined
  if (NEGATED_BEFORE.test(before) || (/^(?:promise|guarantee)/i.test(hit.text) && NOUN_BEFORE.test(before))) return undefined
  const candidates = [...r.near(hit.start, hit.end), ...infinitive(r, hit)]
  const clauseOnly = hit.entry.scope === 'clause'
  let best = candidates.find((f) => f.start <= hit.start && hit.end <= f.end)
  if (!best) {
    let distance = Infinity
    for (const f of candidates) {
      // A clause that reaches into the marker ("assure you the package will…" takes "you" as subject) touches it.
      const gap = f.end <= hit.start ? text.slice(f.end, hit.start) : f.start >= hit.end ? text.slice(hit.end, f.start) : ''
      // An adverb may only close its clause ("…by Friday, for sure"); nothing but a comma between.
      if (clauseOnly && (f.start >= hit.end || !continues(gap))) continue
      // A colon after the marker introduces what it promises ("Consider it done: the refund team will approve it today").
      const introduces = f.start >= hit.end && /^\s*:\s*$/.test(gap)
      if (gap.length > MAX_GAP || (!clauseOnly && GAP_CLAUSE.test(gap) && !introduces) || gap.length >= distance) continue
      ;[best, distance] = [f, gap.length]
    }
  }
  if (!best) {
    // "We guarantee delivery within 24 hours": the outcome as the object of the promise.
    const object = OUTCOME_OBJECT.exec(text.slice(hit.end, hit.end + WINDOW))
    const verb = /^(?:promise|guarantee)/i.test(hit.text)
    return object && verb ? { messageId: 'promise', start: hit.start, end: hit.end + object[0].length } : undefined
  }
  if (!uncontrolled(best)) return undefined
  return { messageId: 'promise', start: Math.min(best.start, hit.start), end: Math.max(best.end, hit.end) }
}

// Words that would start another clause between a clause and the adverb closing it.
const NEW_CLAUSE = /[.;:!?()]|\b(?:i|we|you|they|he|she|it|will|won't|but|so|because|if|when|once)\b|['’](?:ll|re|ve|m)\b/i

/** Whether the words between a clause and a closing adverb still belong to it ("…back up and running by tonight, for sure"). */
function continues(gap: string): boolean {
  return /^[\s,—–-]*$/.test(gap) || (gap.length <= MAX_GAP && /,\s*$/.test(gap) && !NEW_CLAUSE.test(gap))
}

/** "It's guaranteed to arrive", "I promise to call": the marker's own subject does the infinitive. */
function infinitive(r: Reading, hit: PhraseHit): Future[] {
  const { text, words: w } = r
  const m = /^\s+to\s+(\p{L}+)/u.exec(text.slice(hit.end, hit.end + WINDOW))
  if (!m) return []
  const i = r.wordAt(hit.start)
  let j = i - 1
  while (j >= 0 && i - j < 6 && /^(?:is|are|am|was|'s|'re|'m|it's|i'm|we're|they're|you're|be|been|can|will|do)$/.test(w[j].lower)) j--
  const subject = j >= 0 ? w[j].lower.replace(/'.*$/, '') : ''
  const actor = subject === 'i' || subject === 'we' ? 'agent' : subject === 'you' ? 'customer' : 'other'
  const end = hit.end + m[0].length
  return [{ modal: i, actor, start: j >= 0 ? w[j].start : hit.start, end, verb: [m[1].toLowerCase()], negated: false }]
}
