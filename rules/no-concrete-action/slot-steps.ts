/**
 * Customer steps whose object is inline code, a URL or a placeholder (one U+FFFC in
 * the prose view): "Run `npm ci`", "Rename the key in your `docs.config.js`", "Pin
 * {{package}} to 2.1", "Migrate to `app/` routing". RULES.md counts "imperatives with an
 * object", and a code object is as specific as an object gets, so the verb need not be
 * in the lexicon: developers' verbs are endless (bump, pin, wrap, alias, rerun…). What
 * must hold is that the word opens a clause as a verb would (or follows "the fix is to"),
 * and that the slot is its object rather than the subject of what follows ("Note `x` is
 * deprecated").
 */
import { TOKEN } from '../../src/reply/text-view.js'
import { isBoundary } from './clauses.js'
import { type Ctx, insideHit } from './context.js'
import { verbReadings } from './lexicon.js'
import { PREPOSITIONS, phraseEnd } from './objects.js'
import type { Word } from './words.js'

// Words that may stand before the verb in its clause: "then run", "just rename", "first, pin".
const LEADS = new Set(['and', 'or', 'then', 'so', 'also', 'just', 'simply', 'first', 'next', 'finally', 'now', 'instead', 'again', 'please', 'kindly', 'lastly', 'afterwards'])
// Words at a clause's start that are not verbs, or not steps, before a slot: "Welcome {{name}}!",
// "Thanks `@sam`", "Only `v2` is affected", "Enjoy {{product}}", "Note `x` is deprecated".
const NOT_STEP = new Set([
  'welcome', 'thank', 'thanks', 'congrats', 'congratulations', 'cheers', 'hi', 'hello', 'hey', 'dear', 'greetings', 'meet',
  'enjoy', 'hope', 'wish', 'love', 'like', 'happy', 'merry', 'best', 'kind', 'warm', 'great', 'good', 'nice', 'sure', 'glad',
  'sorry', 'note', 'only', 'also', 'just', 'even', 'both', 'all', 'each', 'every', 'any', 'maybe', 'perhaps', 'here', 'there',
  'now', 'then', 'today', 'yes', 'no', 'ok', 'okay', 'per', 'regarding', 're', 'ps', 'unfortunately', 'currently', 'let',
  'bear', 'rest', 'feel', 'excuse', 'forgive', 'accept', 'remember', 'imagine', 'see', 'same', 'not', 'never', 'without',
  'since', 'until', 'unless', 'whether', 'while', 'although', 'though', 'because', 'via', 'unlike', 'despite',
])
const DETERMINERS = /^(?:the|your|a|an|this|that|these|those|our|each|every|both|all|any|its|their|my|his|her)$/
const PARTICLES = /^(?:up|out|down|off|back|over|in|on)$/
// What follows the object when the slot is a subject after all: "Note `x` is deprecated".
const FINITE = /^(?:is|are|was|were|has|have|had|will|would|can|could|should|may|might|must|does|did|do|'s|isn't|aren't|wasn't)$/

/** Word indexes of verbs that give the customer a step on a code or placeholder object. */
export function slotSteps(c: Ctx): number[] {
  const found: number[] = []
  // every step found here has a slot for its object: most sentences have none (speed, issue 7)
  if (!c.text.includes(TOKEN)) return found
  c.ws.forEach((w, i) => {
    // "keep `x` in mind", "feel free to…": the phrase list says these ask nothing
    if (!opensClause(c.ws, i) || !verbShaped(w) || insideHit(c.hits.notStep, w.start)) return
    let k = i + 1
    while (c.ws[k]?.kind === 'word' && PARTICLES.test(c.ws[k].norm) && c.ws[k + 1]?.kind === 'slot') k++
    const object = slotObject(c.ws, k)
    if (object < 0) return
    const end = object === k && c.ws[k].kind === 'slot' ? k + 1 : phraseEnd(c.ws, object)
    if (FINITE.test(c.ws[end]?.norm ?? '')) return
    found.push(i)
  })
  return found
}

// "The fix is to pass `--legacy-peer-deps`": an infinitive that names the remedy is an instruction.
const REMEDY = /^(?:fix|solution|workaround|remedy|answer|trick|way|option|step|approach|cure)$/

/** The word at `i` starts its clause (the sentence's start, clause punctuation, a connective) or names the remedy. */
function opensClause(ws: Word[], i: number): boolean {
  let k = i - 1
  while (k >= 0 && ws[k].kind === 'word' && LEADS.has(ws[k].norm)) k--
  const before = ws[k]
  if (before?.norm === 'to' && /^(?:is|be)$/.test(ws[k - 1]?.norm ?? '')) {
    const noun = ws[ws[k - 2]?.norm === 'would' ? k - 3 : k - 2]
    return !!noun && REMEDY.test(noun.norm)
  }
  return !before || (before.kind === 'punct' && /^[,;:—–(•*.!?-]$/.test(before.text))
}

/** A word that may be a verb's base form: not inflected, not an adverb, not a greeting or a function word. */
function verbShaped(w: Word): boolean {
  if (w.kind !== 'word' || !/^\p{L}[\p{Ll}-]+$/u.test(w.text) || w.norm.length < 3) return false
  if (NOT_STEP.has(w.norm) || isBoundary(w) || PREPOSITIONS.has(w.norm) || DETERMINERS.test(w.norm)) return false
  // "-s" ends a third-person verb or a plural ("Thanks", "Docs"), not "alias" or "focus"
  if (/(?:ly|ing)$/.test(w.norm) || (/ed$/.test(w.norm) && w.norm.length > 4) || /[^aisu]s$/.test(w.norm)) return false
  // a known verb only in its base form: "sent `x`" is no imperative
  const readings = verbReadings(w.norm)
  return !readings.length || readings.some((r) => r.form === 'base')
}

/**
 * Where the object starts if a slot is in it: right after the verb ("Run `npm ci`"), in a noun
 * phrase ("the key in your `docs.config.js`"), or after a preposition ("Migrate to `app/`"). -1 if none.
 */
function slotObject(ws: Word[], at: number): number {
  const first = ws[at]
  if (!first) return -1
  if (first.kind === 'slot') return at
  if (first.kind !== 'word' || !(DETERMINERS.test(first.norm) || PREPOSITIONS.has(first.norm) || first.norm === 'to')) return -1
  for (let k = at + 1; k < Math.min(ws.length, at + 8); k++) {
    const w = ws[k]
    if (w.kind === 'slot') return at
    if (w.kind === 'punct' && /^[.,;:!?()—–]$/.test(w.text)) return -1
    if (w.kind === 'word' && isBoundary(w)) return -1
  }
  return -1
}
