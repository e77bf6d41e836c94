/**
 * Restatements that are not put to "you": the customer named in the third
 * person ("The customer reports that the broadband drops every evening", a
 * canned reply written about "the user"), and the agent reading the customer's
 * records ("I can see the payment attempt at 14:02 and it was declined").
 * RULES.md counts restating their problem as acknowledgement ("I see that your
 * refund hasn't arrived"); what these strategies check is that the clause
 * states their situation, not an instruction ("The user should clear the
 * cache") or a view ("I can see the appeal of dark mode").
 */
import { clauseAfter, clauseStart, isConditional, opensClause } from './clause.js'
import type { Strategy } from './strategies.js'
import { list } from './words.js'

// Words that may stand between the subject and its verb: "the customer also reports", "still can't".
const ADVERB = String.raw`(?:(?:also|still|now|just|recently|already|currently|again|originally|previously|apparently|repeatedly|initially|first|then)\s+)*`
// The subject asks, advises, plans or may: a step or a guess, not their situation ("The user should clear the cache").
const NOT_STATED = /^(?:should|must|shall|can|could|will|would(?!\s+like\b)|may|might|need|needs|has to|have to|ought|(?:is|are) (?:advised|asked|requested|required|expected|encouraged|invited|reminded|entitled|allowed|permitted|eligible|welcome|responsible|able)|(?:is|was|are|were)\s+(?:always|never))(?![\p{L}'’])/iu
// Their silence is the agent's complaint, not theirs: "the reporter hasn't responded", "the user did not provide…".
const SILENT = /^(?:has|have|had|did|does|is|was)(?:n't|\s+not)\s+(?:yet\s+|been\s+)?(?:respond|responded|responding|reply|replied|replying|provide|provided|providing|answer|answered|confirm|confirmed|follow(?:ed)? up|got back|get back|active|responsive|heard)\b|^(?:never|stopped)\s+(?:responded|replied|answered)\b/i
const SUBORDINATE = /\b(?:because|since|as|while|when|whereas|unless|until|after|before|though|although)\b/i
// What they did or what happened to them, told as fact: "reports", "asked", "has been charged",
// "is seeing", "can't log in", "would like", "was double-charged", "hasn't received".
const STATED = new RegExp(
  String.raw`^(?:` +
    String.raw`(?:can't|cannot|can not|couldn't|could not|won't|will not|isn't|is not|wasn't|was not|hasn't|has not|hadn't|had not|doesn't|does not|didn't|did not|is unable|was unable|is not able|was not able|would like|wants|wanted|wishes|hopes)\b` +
    String.raw`|(?:is|was|are|were|has|had|have|keeps|kept)\s+(?:\p{L}+\s+){0,2}?(?:\p{L}+ing|\p{L}+ed|been|unable|stuck|locked|lost|seen|got|gotten|had|told|sent|paid|written|made|taken|given|out|without|unhappy|upset|frustrated|confused|worried|concerned|disappointed)\b` +
    String.raw`|(?:said|says|wrote|writes|told|tells|got|gets|saw|sees|lost|loses|found|finds|sent|sends|paid|pays|thought|thinks|felt|feels|bought|made|took|went|came|had|has)\b` +
    // any other verb in the past or the third person present: "reports", "mentioned", "experiences"
    String.raw`|\p{Ll}+(?:ed|[^s'’]s)\b` +
    String.raw`)`,
  'iu',
)
// Compound nouns, not the customer: "the customer service team", "the user settings page".
const COMPOUND = /^\s*(?:service|services|support|care|success|experience|team|portal|account|accounts|number|id|record|records|details|data|base|settings|interface|guide|manual|agreement|journey|feedback|satisfaction|list|profile|profiles|group|groups|role|roles|name|names|panel|dashboard|area|page|pages|facing)\b/i

/**
 * The customer named in the third person, as the subject of a clause that
 * states what they did or what happened to them: "The customer reports that…",
 * "The user's export fails on large files", "the caller can't log in since
 * Monday". Not "The user should clear the cache" (a step) nor "the customer
 * service team will call" (a compound noun).
 */
export const thirdPerson: Strategy = ({ text, start, end }) => {
  if (isConditional(text, start) || !opensClause(text, start)) return false
  // "…closed because the reporter didn't respond": a reason given for the agent's act, not their problem
  if (SUBORDINATE.test(text.slice(clauseStart(text, start), start))) return false
  let rest = text.slice(end)
  if (COMPOUND.test(rest)) return false
  // "the customer's broadband has been dropping": their thing, then what it does
  const owned = rest.match(/^['’]s\s+((?:[\p{L}\p{N}\uFFFC-]+\s+){1,3}?)(?=(?:has|have|had|is|are|was|were|keeps|kept|can't|cannot|won't|isn't|wasn't|hasn't|didn't|doesn't|\p{Ll}+(?:ed|[^s'’]s))\b)/iu)
  if (owned) rest = rest.slice(owned[0].length)
  else if (/^['’]s\b/.test(rest)) return false
  rest = rest.replace(/^\s+/, '').replace(new RegExp(`^${ADVERB}`, 'iu'), '')
  return !NOT_STATED.test(rest) && !SILENT.test(rest) && STATED.test(rest)
}

// Where the agent looked: "in our records", "on your account", "from the logs".
const WHERE = /^\s*(?:(?:in|on|from|at)\s+(?:our|the|your|their)\s+(?:[\p{L}-]+\s+){0,2}(?:records?|system|systems|logs?|account|end|side|dashboard|notes|history|database|portal|tracking|file|files|data|app|tool|backend|back end)\b[\s,]*)?/iu
// A record the agent names precisely: a time, an amount, a date, an order number or a slot.
const SPECIFIC = /[\p{N}\uFFFC£$€#]|\b(?:yesterday|today|this morning|last night|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))\b/iu
// What the record says happened, in a clause of its own: "was declined", "it bounced", "hasn't shipped".
const HAPPENED = /^(?:[\p{L}\p{N}\uFFFC£$€#:.,'’-]+\s+){0,6}?(?:(?:and|but)\s+(?:it|this|that|they|the\s+[\p{L}-]+)\s+)?(?:was|were|is|are|has|have|had|hasn't|haven't|wasn't|weren't|didn't|did not|never|still|failed|bounced|went|got|stopped|came|arrived|shows|showed|says|said)\b/iu

/**
 * The agent reading the customer's records in the opening: "I can see the
 * payment attempt at 14:02 and it was declined", "we can see in our records
 * that the parcel went back to the depot", "I noticed the last two payments
 * failed". Counts when what they saw is said as a fact about the customer's
 * thing: a reported clause, a precise record, or what happened to it. "I can
 * see the appeal of dark mode" says nothing about their situation.
 */
export const seesRecord: Strategy = ({ text, start, end, entry }) => {
  if (isConditional(text, start)) return false
  // what was seen, up to a colon or a dash that introduces something else ("…: run `npm ci`")
  const seen = clauseAfter(text, end).split(/:\s|\s[—–-]\s|[;(]/)[0].replace(WHERE, '')
  if (/^\s*(?:that|how|where|when)\b/i.test(seen)) return true
  if (/^\s*(?:why|what)\b/i.test(seen)) return false
  const object = seen.match(/^\s*(?:the|a|an|two|three|several|some|both|each|this|that|these|those|your|their)\s+(.*)$/is)
  if (!object) return false
  // "the appeal of", "the benefit": a view, not a record
  const views = new Set(list(entry.views))
  const head = object[1].match(/^[\p{L}-]+/u)?.[0].toLowerCase() ?? ''
  if (views.has(head)) return false
  return SPECIFIC.test(object[1]) || HAPPENED.test(object[1])
}
