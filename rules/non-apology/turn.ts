/**
 * The shape of one apology inside its sentence: how far it reaches, whether it
 * turns into a refusal ("I'm sorry, but we can't…"), whether it hangs on a
 * condition ("If Google cannot resolve it, … accept my apologies") and whether
 * its tail hedges ("… this may have caused").
 */
const S = String.raw`['’]`
// How far around an apology the rule looks (characters), so a 100 KB sentence stays linear.
const WINDOW = 120

// "I'm", "we are very", "please accept our sincere": the words that make the apology a clause.
const LEAD = new RegExp(
  String.raw`(?:(?:please\s+)?accept\s+(?:my|our)\s+(?:(?:sincere|sincerest|deepest|humble)\s+)?|(?:\b(?:i|we)(?:${S}m|${S}re|\s+am|\s+are|\s+do|\s+would like to|\s+want to|\s+must)?\s+))` +
    String.raw`(?:(?:very|so|truly|really|sincerely|deeply|terribly|extremely|again|genuinely|most)\s+)*$`,
  'iu',
)

// "… inconvenience this may have caused you": the hedge after the apology's object.
const HEDGED_TAIL = new RegExp(
  String.raw`^(?:\s+[\p{L}-]+)?\s+(?:(?:this|that|it|which)\s+)?(?:(?:may|might|could)\s+(?:have\s+)?(?:caused|cause|created|create|brought)(?:\s+you)?|(?:may|might)\s+have\s+(?:experienced|had|suffered))`,
  'iu',
)
// The noun after "any"/"whatever": "any inconvenience", "whatever trouble".
const NOUN = /^\s+[\p{L}-]+/u
// "… caused", "… this has caused you": part of the apology's object, so part of the span.
const CAUSED = /^\s+(?:(?:this|that|it)\s+(?:has\s+|may\s+have\s+)?)?caused(?:\s+(?:to\s+)?you)?\b/iu

// A turn from apology to refusal: ", but", "; however,", " — but", "; unfortunately", or ", and (kindly) ask
// you to". Only the apology's own object may stand between it and the turn (no earlier comma or dash).
const TURN = /^[^.!?;:,\uFFFC—–]{0,80}?(?:(?:\s*[,;—–]\s*|\s+--?\s+|\s+)(?:but|however|though|yet|that said|having said that|nevertheless|nonetheless|unfortunately|regrettably|sadly)\b|[,;]\s*(?:and\s+)?(?:we\s+|i\s+)?(?:would\s+|must\s+)?(?:kindly\s+)?(?:ask|request)\b)/iu

// What follows "but" when it is a refusal or a rebuttal: a negation, a requirement, a limit, a
// deflection to circumstance. "…, but thanks very much for the report" has none of these.
const REFUSAL = new RegExp(
  String.raw`\b(?:can${S}t|cannot|can not|unable|not able|won${S}t|will not|don${S}t|do not|doesn${S}t|does not|didn${S}t|did not|isn${S}t|is not|aren${S}t|are not|wasn${S}t|was not|not|no longer|nothing|require[sd]?|need|needs|must|have to|has to|only|policy|due to|beyond our control|outside (?:of )?our control|unfortunately|ask|request|by design|intended|expected|(?:that|this)${S}?s how|(?:that|this) is how|working as|out of scope|outside (?:of )?(?:the|our) scope|clos(?:e|ing)|duplicate|high demand|volume)\b`,
  'iu',
)
// A refusal word that only asks for something ("need", "require"): "Sorry, but I'll need the receipt number
// before I can add them" is a request on the way to an action, not a refusal. Everything else in REFUSAL
// refuses or rebuts outright.
const REQUEST_ONLY = new RegExp(String.raw`^(?:require[sd]?|need|needs|must|have to|has to|ask|request)$`, 'iu')
// The action the request leads to, promised in the same clause: "before I can", "so that we can", "and I'll".
const PATH_FORWARD = new RegExp(
  String.raw`\b(?:before|so(?: that)?|then|and)\s+(?:i|we)(?:${S}ll|\s+will|\s+can|\s+could)\s+(?!not\b|never\b)\p{L}+`,
  'iu',
)
const REFUSAL_WORDS = new RegExp(REFUSAL.source, 'giu')

/** Whether the words after "but" refuse or rebut, rather than ask for something on the way to an action. */
function refuses(after: string): boolean {
  const clause = after.slice(0, WINDOW)
  const words = [...clause.matchAll(REFUSAL_WORDS)].map((m) => m[0])
  if (words.length === 0) return false
  return !(words.every((w) => REQUEST_ONLY.test(w)) && PATH_FORWARD.test(clause))
}

// "…, but don't worry" reassures; it refuses nothing.
const REASSURANCE = new RegExp(String.raw`^\s*(?:don${S}t|do not) worry\b`, 'iu')

// A condition the apology hangs on: "If …, accept my apologies", "Should the parcel not arrive, …".
const CONDITION = /\b(?:if|unless|in case|in the event|should (?:you|it|this|that|the|we|they))\b/iu

/** Start offset of the apology clause (its subject or "accept our"). */
export function leadStart(text: string, at: number): number {
  const m = LEAD.exec(text.slice(Math.max(0, at - 60), at))
  return m ? at - m[0].length : at
}

/** End offset of the apology's object and hedge ("any inconvenience this may have caused"). */
export function objectEnd(text: string, end: number, withNoun: boolean): number {
  const rest = text.slice(end, end + WINDOW)
  const hedge = HEDGED_TAIL.exec(rest)
  if (hedge) return end + hedge[0].length
  const noun = withNoun ? NOUN.exec(rest) : null
  const after = noun ? end + noun[0].length : end
  const caused = CAUSED.exec(text.slice(after, after + WINDOW))
  return caused ? after + caused[0].length : after
}

/** Whether the apology's tail hedges ("… this may have caused"). */
export function hedgedTail(text: string, end: number): boolean {
  return HEDGED_TAIL.test(text.slice(end, end + WINDOW))
}

/** End offset of ", but" when the apology at `end` turns into a refusal or rebuttal, else -1. */
export function refusalTurn(text: string, end: number): number {
  // The turn comes within a few words, and the refusal right after it.
  const rest = text.slice(end, end + 3 * WINDOW)
  const turn = TURN.exec(rest)
  if (!turn) return -1
  const after = rest.slice(turn[0].length)
  if (REASSURANCE.test(after)) return -1
  // "ask"/"request" is the turn itself; after "but" a refusal must follow.
  if (/(?:ask|request)$/i.test(turn[0])) return end + turn[0].length
  return refuses(after) ? end + turn[0].length : -1
}

/** Whether the apology at `at` hangs on a condition earlier in its sentence. */
export function conditional(text: string, at: number): boolean {
  return CONDITION.test(text.slice(Math.max(0, at - 2 * WINDOW), at))
}
