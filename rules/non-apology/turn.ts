/**
 * The shape of one apology inside its sentence: how far it reaches, whether it
 * turns into a refusal ("I'm sorry, but we can't…"), whether it hangs on a
 * condition ("If Google cannot resolve it, … accept my apologies") and whether
 * its tail hedges ("… this may have caused").
 */
import classes from './classes.yaml'

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

// --- Hypotheses and the customer's view, around any apology -----------------------------------------
const list = (key: string): string[] => ((classes as Record<string, unknown>)[key] as unknown[]).map((w) => String(w).toLowerCase())
const alt = (ws: string[]) => ws.map((w) => w.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&').replace(/'/g, S).replace(/ /g, String.raw`\s+`)).join('|')
const NOUNS = alt(list('perception-nouns'))
const OPENERS = alt(list('hypothesis-openers').filter((w) => !/^(?:should|where|wherever|for .*|in any way)$/.test(w)))

// "…sorry (that) you came away feeling ignored", "…that you were left with a poor view of us", "…you got the
// impression", "…you see it that way": the customer's view as the apology's object.
const PERCEIVED = new RegExp(
  String.raw`^\s+(?:that\s+)?you(?:${S}(?:ve|re|d))?\s+(?:(?:may|might|have|had|has|now|still|ever|somehow|clearly|understandably|really|been|were|are)\s+)*` +
    String.raw`(?:(?:${alt(list('perception-verbs'))})\b|(?:see|saw|took|take|read)\s+(?:it|this|that|things)\b|` +
    String.raw`(?:${alt(list('perception-ways'))})\s+(?:(?:with|feeling|thinking|believing|under|by|a|an|the|that|this|such|some|poor|bad|negative|wrong|low|mistaken|unfavou?rable|false|lasting|less|than|favou?rable|good)\s+){0,4}?(?:${NOUNS}|feeling|thinking|believing)\b)`,
  'iu',
)
// "…sorry our reply left you with the wrong idea", "…that this gave you the impression…", "…made you feel ignored".
const EFFECT = new RegExp(
  String.raw`^[^,;:.!?\uFFFC—–]{0,60}?\b(?:left|leaves|leaving|gave|gives|given|made|makes|has left|have left)\s+you\s+(?:(?:with\s+)?(?:(?:a|an|the|that|this|such|poor|bad|negative|wrong|low|mistaken|false)\s+){1,3}(?:${NOUNS})\b|(?:feeling|feel|thinking|think|believing|believe|under|with)\b)`,
  'iu',
)
// "…sorry this didn't meet your expectations": the customer's standard as the thing that was missed.
const EXPECTATION = /^[^,;:.!?\uFFFC—–]{0,50}?\b(?:did(?:n['’]t| not)|has(?:n['’]t| not)|have(?:n['’]t| not)|failed to|fell short of|does(?:n['’]t| not))\s+(?:quite\s+|fully\s+)?(?:meet|live up to|match|reach|fall short of)?\s*(?:your|their)\s+(?:[\p{L}-]+\s+)?(?:expectations?|standards?|hopes)\b/iu
// "…sorry for the impression…", "…regret your view that…".
const IMPRESSION = new RegExp(String.raw`^\s+(?:for|about)\s+(?:the|your|any|that|this|such an?)\s+(?:[\p{L}-]+\s+)?(?:impression|perception|view)\b`, 'iu')

/** End offset of the customer's view when it is what the apology at `end` is for, else -1. */
export function perceptionEnd(text: string, end: number): number {
  const rest = text.slice(end, end + WINDOW)
  const m = PERCEIVED.exec(rest) ?? EFFECT.exec(rest) ?? IMPRESSION.exec(rest) ?? EXPECTATION.exec(rest)
  return m ? end + m[0].length : -1
}

// A hypothesis right after the apology: "apologise in case we…", "to the extent that…", "where we may have…",
// "for anything we might have done", "for the part our system may have played".
const HYPOTHESIS_AFTER = new RegExp(
  String.raw`^[\s,]*(?:(?:${OPENERS})\b|should\s+(?:we|our|the|this|that|it|any|there|i|my|anything|you)\b|where(?:ver)?\s+(?:[\p{L}'’-]+\s+){0,4}?(?:may|might|could)\b|` +
    String.raw`in\s+any\s+way\b|for\s+(?:anything|whatever|any\s+(?:way|part|role|harm|upset|distress|offen[cs]e))\b|(?:for|about)\s+(?:[\p{L}'’-]+\s+){0,5}?(?:we|i|our\s+[\p{L}-]+|it|this|that|they)\s+(?:may|might|could)\s+have\b)`,
  'iu',
)
// A hypothesis before it, in the clause the apology completes: "Should our service have fallen short, we
// apologise", "If anything went wrong, I'm sorry", "Where we may have caused confusion, apologies".
const HYPOTHESIS_BEFORE = new RegExp(
  String.raw`\b(?:(?:${OPENERS})|should\s+(?:we|our|the|this|that|it|any|there|i|my|your|anything)|where(?:ver)?\s+(?:[\p{L}'’-]+\s+){0,4}?(?:may|might|could)|had\s+(?:we|our|the|i)|were\s+(?:we|our|the))\b`,
  'giu',
)

/** End offset of the hypothesis the apology at `end` hangs on ("… in case we caused any worry"), else -1. */
export function hypothesisAfter(text: string, end: number): number {
  const rest = text.slice(end, end + WINDOW)
  const m = HYPOTHESIS_AFTER.exec(rest)
  if (!m) return -1
  // Report up to the end of that clause.
  const stop = rest.slice(m[0].length).search(/[,;:.!?—–]|\s--?\s/)
  return end + m[0].length + (stop < 0 ? rest.length - m[0].length : stop)
}

/** Start offset of a hypothesis that the apology starting at `at` completes ("Should our … , we apologise"), else -1. */
export function hypothesisBefore(text: string, at: number): number {
  const from = Math.max(0, at - 2 * WINDOW)
  const before = text.slice(from, at)
  let found = -1
  let after = 0
  for (const m of before.matchAll(HYPOTHESIS_BEFORE)) [found, after] = [m.index ?? 0, (m.index ?? 0) + m[0].length]
  if (found < 0) return -1
  const between = before.slice(after)
  // The hypothesis runs straight into the apology: one clause, then at most a comma ("…fallen short, we apologise").
  if (/[.;:!?—–\uFFFC]/.test(between) || (between.match(/,/g) ?? []).length > 1) return -1
  if (between.includes(',') && !/,\s*(?:then\s+|so\s+)?$/.test(between)) return -1
  // "In case you missed it, sorry that…", "If you're still waiting, I'm sorry": the customer's situation is
  // a real condition; only their view of us ("if you felt ignored") makes the apology hypothetical.
  if (/^\s*(?:that\s+)?you\b/i.test(between) && !/\b(?:feel|felt|thought|think|found|came away|were (?:upset|offended|disappointed|frustrated|annoyed|unhappy|left))\b/i.test(between)) return -1
  return from + found
}
