/**
 * A tight deadline on someone else's work: "the carrier's tracking site will be back up within the
 * hour", "your bank will have the money back by lunchtime". The window (classes.yaml `tight-times`)
 * must sit inside a future clause (clause.ts) whose outcome the agent does not control and that
 * someone else must deliver (`deadline-outcomes`: a service back, money landed, goods arrived).
 */
import type { PhraseHit } from '../../src/rule/phrases.js'
import { type Reading, uncontrolled } from './clause.js'
import classes from './classes.yaml'
import { HEDGE, OWN_TEAM, WINDOW, alt, list } from './words.js'

// Minutes, a few hours, a time of day; not days ("within 48 hours", "3–5 working days" set expectations).
const TIGHT = new RegExp(
  String.raw`^\s+(?:(?:(?:\d{1,3}|five|ten|fifteen|twenty|thirty|forty-five|ninety)\s+(?:minutes?|mins?))|(?:(?:[1-9]|1[0-2]|one|two|three|four|five|six)\s+(?:hours?|hrs?))|(?:${alt(list(classes, 'tight-times'))})|\d{1,2}(?:[:.]\d\d)?\s*(?:am|pm|a\.m\.|p\.m\.))(?![\p{L}\p{N}])`,
  'iu',
)
const OUTCOME = new RegExp(String.raw`^(?:${alt(list(classes, 'deadline-outcomes'))})\b`, 'iu')
// An estimate, not a promise: "usually", "around", "roughly".
const ESTIMATE = /\b(?:usually|normally|typically|generally|probably|likely|around|about|roughly|approximately)\b/i
// Expectations managed before the clause: "I can't guarantee the courier will arrive before noon".
const DISCLAIMED = /\b(?:not|no|cannot|can['’]t|won['’]t|couldn['’]t)\s+(?:\w+\s+){0,2}(?:guarantee|promise|say|confirm|be sure|be certain)\w*\s+(?:that\s+)?$/i
// The team's own mail or system as the subject: "your confirmation email will arrive within minutes".
const OWN_SYSTEM = /\b(?:email|e-mail|confirmation|link|code|notification|message|receipt|invoice|text|sms|password|ticket|reply|response|order number|reference)\b/i
// A fix the agent has just made, whose outcome the clause tells: "I've raised your quota; mail will arrive
// again within a few minutes". A handoff ("I've escalated it to the ISP") is no fix.
const OWN_FIX =
  /\b(?:i|we)(?:['’]ve| have)\s+(?:just\s+|now\s+|already\s+)?(?:raised|increased|reset|cleared|fixed|restored|unlocked|re-?enabled|enabled|reactivated|reconnected|restarted|rebooted|repaired|corrected|removed|lifted|upgraded|reissued|re-?sent|resent|updated|changed|released|unblocked|unfrozen|unfroze)\b/i

/** Whether a tight window follows `at` (no reading needed). */
export function mayBeTight(text: string, at: number): boolean {
  return TIGHT.test(text.slice(at, at + WINDOW))
}

/** The clause a tight window at `hit` promises for someone else's work, or undefined. */
export function deadline(r: Reading, hit: PhraseHit): { start: number; end: number } | undefined {
  const { text, words: w } = r
  const tight = TIGHT.exec(text.slice(hit.end, hit.end + WINDOW))
  if (!tight) return undefined
  const end = hit.end + tight[0].length
  const f = r.near(hit.start, hit.end).find((f) => w[f.modal].start <= hit.start && hit.end <= f.end)
  if (!f || f.negated || !uncontrolled(f) || !OUTCOME.test(f.verb.join(' '))) return undefined
  // A hedge or an estimate, before the clause or in it ("should", "hopefully", "usually").
  const lead = text.slice(Math.max(0, f.start - 60), f.start)
  if (HEDGE.test(lead) || DISCLAIMED.test(lead) || HEDGE.test(text.slice(f.start, hit.start)) || ESTIMATE.test(text.slice(f.start, end))) return undefined
  const subject = text.slice(f.start, w[f.modal].start)
  if (f.actor !== 'agent' && (OWN_SYSTEM.test(subject) || OWN_TEAM.test(subject))) return undefined
  if (OWN_FIX.test(text.slice(Math.max(0, f.start - WINDOW), f.start))) return undefined
  return { start: f.start, end: Math.max(f.end, end) }
}
