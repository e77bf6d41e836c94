/**
 * What follows a verb: its complement (an object, a prepositional phrase, a place, a
 * clause), its particle, and the things a strategy asks of it: a named recipient, a
 * route for contacting, a thing sent, a time. Offsets are word indexes of one sentence.
 */
import { type VerbGroup, isBoundary } from './clauses.js'
import { lexicon, particlesIn, verbReadings } from './lexicon.js'
import type { Word } from './words.js'

/**
 * Index after the verb and its particle if the verb is listed in `cls` with that
 * particle ("carry out", "turn it on"), else -1. A passive takes its particle
 * right after the participle ("has been rolled back").
 */
export function particleEnd(ws: Word[], g: VerbGroup, cls: string, passive = false): number {
  const particles = particlesIn(cls, g.lemma)
  if (!particles) return -1
  const next = g.index + 1
  let best = -1
  for (const p of particles) {
    if (p === '') {
      best = Math.max(best, next)
      continue
    }
    const parts = p.split(' ')
    const offsets = passive ? [0] : [0, 1]
    for (const skip of offsets) {
      if (skip === 1 && !/^(?:it|them|this|that|everything)$/.test(ws[next]?.norm ?? '')) continue
      if (parts.every((part, k) => ws[next + skip + k]?.norm === part)) best = Math.max(best, next + skip + parts.length)
    }
  }
  return best
}

export const PREPOSITIONS = new Set(['on', 'at', 'in', 'into', 'for', 'from', 'with', 'via', 'under', 'through', 'onto', 'inside', 'within', 'about', 'over', 'against', 'using', 'by'])
const WH = new Set(['why', 'how', 'what', 'whether', 'if', 'that', 'when', 'where', 'who', 'which'])
const AUX = new Set(['is', 'are', 'am', 'was', 'were', 'will', 'would', 'has', 'have', 'had', 'can', 'could', 'should', 'may', 'might', 'must', "'s", "'d", 'not', 'be', 'been'])
const SKIP = new Set(['back', 'out', 'up', 'down', 'off', 'again', 'now', 'today', 'too', 'also', 'already', 'just', 'right', 'away', 'immediately', 'directly', 'manually', 'personally', 'simply', 'kindly', 'exactly', 'all'])
const PLACES = new Set(['here', 'there', 'below', 'above', 'attached', 'overleaf'])

interface Complement {
  kind: 'np' | 'prep' | 'place' | 'wh' | 'to' | 'none'
  at: number
}

/** What follows a verb: a noun phrase, a prepositional phrase, a place ("here"), a clause, or nothing. */
export function complement(ws: Word[], from: number): Complement {
  let k = from
  for (;;) {
    while (ws[k] && ws[k].kind === 'word' && (SKIP.has(ws[k].norm) || (/ly$/.test(ws[k].norm) && ws[k].norm.length > 5))) k++
    // "went out this morning by Royal Mail": a time is not an object
    const time = timeWords(ws, k)
    if (!time) break
    k += time
  }
  const w = ws[k]
  if (!w) return { kind: 'none', at: k }
  if (w.kind === 'slot' || w.kind === 'number') return { kind: 'np', at: k }
  if (w.kind === 'punct') return /^["“‘'$£€*_]$/.test(w.text) ? { kind: 'np', at: k } : { kind: 'none', at: k }
  const n = w.norm
  if (PLACES.has(n)) return { kind: 'place', at: k }
  if (n === 'to') {
    const next = ws[k + 1]
    const infinitive = next?.kind === 'word' && verbReadings(next.norm).some((r) => r.form === 'base') && !PREPOSITIONS.has(next.norm)
    return { kind: infinitive ? 'to' : 'prep', at: k }
  }
  if (n === 'not') return { kind: 'to', at: k }
  if (PREPOSITIONS.has(n)) return { kind: 'prep', at: k }
  if (WH.has(n)) return { kind: 'wh', at: k }
  if (AUX.has(n) || isBoundary(w)) return { kind: 'none', at: k }
  return { kind: 'np', at: k }
}

const DAY_WORD = /^(?:today|tonight|tomorrow|yesterday|(?:mon|tues|wednes|thurs|fri|satur|sun)day)$/
const TIME_NOUN = /^(?:morning|afternoon|evening|night|week|weekend|month|year|(?:mon|tues|wednes|thurs|fri|satur|sun)day)$/

/** How many words at `k` name a time ("today", "this morning", "next Tuesday"), or 0. */
function timeWords(ws: Word[], k: number): number {
  const w = ws[k]
  if (!w || w.kind !== 'word') return 0
  if (DAY_WORD.test(w.norm)) return 1
  return /^(?:this|next|last|later)$/.test(w.norm) && TIME_NOUN.test(ws[k + 1]?.norm ?? '') ? 2 : 0
}

const MATTER = /^(?:this|it|that|them|issue|problem|matter|concerns?|feedback|comments?|suggestions?|request|case|complaint|query|ticket|report|question|message|email|information|info|details)$/

/** The object is the customer's matter itself ("this", "your feedback", "the issue"). */
export function isMatter(ws: Word[], at: number): boolean {
  for (let k = at; k < Math.min(ws.length, at + 3); k++) {
    const w = ws[k]
    if (w.kind !== 'word') return false
    if (MATTER.test(w.norm)) return true
    if (!/^(?:the|your|this|that|these|those|our|a|an|all|any)$/.test(w.norm)) return false
  }
  return false
}

export function mentionsReceipt(ws: Word[], from: number, length: number): boolean {
  const receipt = lexicon.nouns.receipt
  for (let k = from; k < Math.min(ws.length, from + length); k++) {
    if (receipt?.has(ws[k].norm.replace(/s$/, ''))) return true
  }
  return false
}

const GENERIC_RECIPIENT = new Set(['team', 'department', 'agent', 'partner', 'specialist', 'expert', 'colleague', 'desk'])
const VAGUE_RECIPIENT = new Set(['relevant', 'appropriate', 'right', 'responsible', 'proper', 'concerned', 'correct', 'other', 'someone', 'somebody', 'upstairs'])

const DIRECT_RECIPIENT = new Set(['ask', 'tell', 'notify', 'inform', 'ping', 'let', 'cc', 'loop', 'brief', 'copy'])

/** A recipient with a name: "our billing team", "Joanna Pike", "@maintainer", "the hotel's reservations team". */
export function namedRecipient(ws: Word[], from: number, lemma: string): boolean {
  if (DIRECT_RECIPIENT.has(lemma)) return namedPhrase(ws, from)
  for (let k = from; k < Math.min(ws.length, from + 10); k++) {
    const w = ws[k]
    if (w.kind === 'punct' && /^[.;:!?]$/.test(w.text)) return false
    if (w.norm === 'to' || w.norm === 'with') return namedPhrase(ws, k + 1)
  }
  return false
}

/** Whether the words from `from` name someone: a slot, a handle, a capitalised name, or a recipient noun with a modifier. */
export function namedPhrase(ws: Word[], from: number): boolean {
  const recipients = lexicon.nouns.recipient
  while (ws[from]?.kind === 'punct' && /^[("'“]$/.test(ws[from].text)) from++
  for (let k = from; k < Math.min(ws.length, from + 6); k++) {
    const w = ws[k]
    if (w.kind === 'slot' || /^@/.test(w.text)) return true
    if (w.kind !== 'word' || (k > from && (isBoundary(w) || PREPOSITIONS.has(w.norm)))) return false
    if (VAGUE_RECIPIENT.has(w.norm)) return false
    if (/^\p{Lu}/u.test(w.text) && w.norm !== 'i') return true
    const noun = w.norm.replace(/['’]s$/, '')
    const singular = noun.replace(/s$/, '')
    if (recipients?.has(noun) || recipients?.has(singular)) {
      // "our team" is nobody in particular; "our billing team" and "the courier" are someone
      const modifier = ws[k - 1]
      // "a senior colleague" is still nobody in particular
      const named = k > from && modifier?.kind === 'word' && !/^(?:the|our|a|an|your|their|this|that|senior|dedicated|experienced|another|qualified|specialist)$/.test(modifier.norm)
      return named || !GENERIC_RECIPIENT.has(singular)
    }
  }
  return false
}

/**
 * A given route for contacting: an address, number, handle, link or slot, or a named
 * third party; or what to send ("reply with your order number").
 */
export function givesRoute(ws: Word[], from: number): boolean {
  for (let k = from; k < Math.min(ws.length, from + 8); k++) {
    const w = ws[k]
    if (w.norm === 'with' && !/^(?:us|me|our|any)$/.test(ws[k + 1]?.norm ?? '') && complement(ws, k + 1).kind === 'np') return true
    if (w.kind === 'punct' && /^[.;:!?]$/.test(w.text)) return false
    if (w.kind === 'slot' || /^@/.test(w.text) || (w.kind === 'number' && /\d{3}/.test(w.text))) return true
    if (w.kind === 'word' && /^\p{Lu}/u.test(w.text) && w.norm !== 'i') return true
    if (w.kind === 'word' && lexicon.nouns.recipient?.has(w.norm.replace(/s$/, '')) && ws[k - 1]?.norm !== 'our') return true
    if (w.kind === 'word' && (w.norm === 'if' || w.norm === 'and' || w.norm === 'or')) return false
  }
  return false
}

// A time the team commits to: a day, a date, a clock time, a number of hours or days, or a slot for one.
// Specific on their own, with or without a preposition: a weekday ("will visit Tuesday"), today/tomorrow,
// a date in words or digits ("18-Apr-2025", "2025-04-18"), a clock time ("09:40 UTC", "9am"), a window
// ("between 8 and 12"), "this afternoon", "later today", "in the next few minutes", "within the hour".
const DAY = String.raw`(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|noon|midday|midnight|tomorrow|tonight|today|january|february|march|april|june|july|august|september|october|november|december)\b`
const NUMBER = String.raw`(?:\d+(?:\s*(?:-|–|to)\s*\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|thirty|forty|a|an|a few|few|couple of|a couple of)`
const UNIT = String.raw`(?:business\s+|working\s+)?(?:minutes?|hours?|days?|weeks?|months?)\b`
const COUNT = String.raw`${NUMBER}\s+${UNIT}`
const CLOCK = String.raw`\d{1,2}(?::\d\d)?\s*[ap]\.?m\b|\d{1,2}:\d\d|\d{1,2}(?:st|nd|rd|th)\b`
const MONTH = String.raw`(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b\.?`
const WEEKDAY = String.raw`(?:mon|tues|wednes|thurs|fri|satur|sun)day\b`
const ALONE = [
  String.raw`\b\d{1,2}(?:st|nd|rd|th)?[\s-]+(?:of\s+)?${MONTH}`,
  String.raw`\b${MONTH}\s+\d{1,2}(?:st|nd|rd|th)?\b`,
  String.raw`\b\d{4}-\d\d-\d\d\b|\b\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b`,
  String.raw`\b${WEEKDAY}`,
  String.raw`\b\d{1,2}:\d\d\b|\b\d{1,2}(?::\d\d)?\s*[ap]\.?m\b`,
  String.raw`\bbetween\s+\d{1,2}(?::\d\d)?\s*(?:[ap]\.?m\.?\s*)?(?:and|&)\s+\d`,
  String.raw`\b(?:today|tonight|tomorrow|(?:this|tomorrow) (?:morning|afternoon|evening|week|weekend)|next (?:week|month|${DAY})|later today|end of (?:the )?(?:day|week|month))`,
  String.raw`\b(?:in|within|over) the next ${COUNT}|\bwithin (?:the|an|the next) (?:hour|day|week)\b`,
]
export const SPECIFIC_TIME = new RegExp(
  ALONE.join('|') +
    String.raw`|\b(?:by|before|on|until|within|in|at|after|for)\s+(?:the\s+)?(?:end\s+of\s+(?:the\s+)?)?(?:${DAY}|${COUNT}|${CLOCK}|\uFFFC|day|week|month)`,
  'i',
)

/** "email you a tracking link": a reply verb that delivers a thing acts like "send". */
export function sendsThing(ws: Word[], at: number): boolean {
  if (!/^(?:you|me)$/.test(ws[at]?.norm ?? '')) return false
  const next = ws[at + 1]
  return !!next && (next.kind === 'slot' || next.kind === 'number' || /^(?:a|an|the|your|this|these|those|our)$/.test(next.norm))
}

/** What follows "tell me" / "let me know" names a thing: "which browser", "your order number", "the exact error". */
export function asksFor(ws: Word[], at: number): boolean {
  const w = ws[at]
  if (!w) return false
  if (w.kind === 'slot') return true
  return /^(?:which|your|the)$/.test(w.norm) && ws[at + 1]?.kind === 'word'
}

const PERSONS = /^(?:you|me|us|him|her)$/
const PRONOUNS = /^(?:it|this|that|them|these|those|you|me|us|him|her|everything|anything|something)$/
// Prepositions that take the act somewhere: "to seat 31E", "into row 31", "with your card issuer".
const DESTINATIONS = new Set(['to', 'into', 'onto', 'on', 'in', 'from', 'off', 'with', 'at', 'for'])
const FINITE = new Set(['is', 'are', 'was', 'were', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'should', 'may', 'might', 'must', "'s", 'does', 'did', 'do'])
const PARTICLES = new Set(['up', 'back', 'out', 'down', 'off', 'over', 'across', 'both', 'all', 'together', 'two', 'again'])

/** End (exclusive) of the noun phrase at `at`: "the late payment fee", "the rest of the 12-month plan". */
export function phraseEnd(ws: Word[], at: number): number {
  let k = at
  while (ws[k] && k - at < 8) {
    const w = ws[k]
    if (w.kind === 'punct' && !/^['’%$£€-]$/.test(w.text)) break
    if (k > at && w.kind === 'word' && w.norm !== 'of' && (isBoundary(w) || PREPOSITIONS.has(w.norm) || w.norm === 'to' || FINITE.has(w.norm) || /^(?:i|we|you|they|he|she)$/.test(w.norm))) break
    k++
  }
  return k
}

/**
 * What an open verb (one `act` does not list) needs to be an act: a real object. Not a
 * gerund ("started looking into it"), not an effort ("an investigation"), not the subject
 * of a reported clause ("confirmed the charge is a hold"); a person only with where they
 * were put ("bumped you up to the 7:15"), the matter itself only with where it went ("carried
 * it over to next month's bill"), a request only with whom it is with ("a chargeback request
 * with your card issuer").
 */
export function realObject(ws: Word[], at: number, lemma: string): boolean {
  const first = ws[at]
  // "bend whatever needs bending", "sort everything out": no thing named
  if (/^(?:whatever|whichever|anything|everything|something|nothing|all|what)$/.test(first.norm)) return false
  if (first.kind === 'word' && /ing$/.test(first.norm) && first.norm.length > 4) {
    const next = ws[at + 1]
    if (!next || next.kind !== 'word' || /^(?:the|a|an|your|our|my|this|that|it|them|you|to|into|on|up|out|with|for)$/.test(next.norm)) return false
  }
  const end = phraseEnd(ws, at)
  if (ws[end]?.kind === 'word' && FINITE.has(ws[end].norm)) return false
  if (first.kind === 'word' && PERSONS.test(first.norm)) return placed(ws, at + 1)
  const head = ws[end - 1]
  if (head?.kind === 'word' && lexicon.nouns['vague-object']?.has(head.norm)) return false
  if (isMatter(ws, at)) return placed(ws, end)
  if (mentionsReceipt(ws, at, end - at)) return namedRecipient(ws, at, lemma)
  return true
}

/** After an object: "(and your partner) (together) into row 31", "up to the 7:15": a prepositional phrase naming a thing. */
export function placed(ws: Word[], from: number): boolean {
  let k = from
  if (ws[k]?.norm === 'and' && ws[k + 1]?.kind === 'word') k = phraseEnd(ws, k + 1)
  while (ws[k] && PARTICLES.has(ws[k].norm)) k++
  if (!ws[k] || !DESTINATIONS.has(ws[k].norm)) return false
  let n = k + 1
  // "encourage them to move": an infinitive, not a place
  if (ws[k].norm === 'to' && ws[n]?.kind === 'word' && verbReadings(ws[n].norm).some((r) => r.form === 'base')) return false
  while (ws[n] && /^(?:the|a|an|your|our|their|his|her|its|this|that|my)$/.test(ws[n].norm) && !PRONOUNS.test(ws[n + 1]?.norm ?? 'x')) n++
  const w = ws[n]
  if (!w) return false
  if (w.kind === 'number' || w.kind === 'slot') return true
  return w.kind === 'word' && !PRONOUNS.test(w.norm) && !isMatter(ws, n) && !isBoundary(w) && !/^(?:touch|case|time|now|future|order|advance|mind|side|end)$/.test(w.norm)
}

/** The customer's own thing is named in the phrase at `at`: "your new exhaust", "booking 4471". */
export function customersThing(ws: Word[], at: number): boolean {
  const end = phraseEnd(ws, at)
  if (ws[end]?.kind === 'word' && FINITE.has(ws[end].norm)) return false
  for (let k = at; k < end; k++) if (ws[k].norm === 'your' || ws[k].kind === 'slot' || ws[k].kind === 'number') return true
  return false
}
