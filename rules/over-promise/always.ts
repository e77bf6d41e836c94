/**
 * "Always" as a promise of the future, and its kin: "we will always be here for you", "your orders will
 * always arrive on the first slot, every single time", "your premiums will stay the same forever", "from
 * now on your deliveries will arrive on time". Who holds the promise decides what counts (classes.yaml):
 * the agent or the customer with a service verb (`always-acts`), anyone with a promised state
 * (`always-states`), someone else with an outcome they must deliver (`lasting-outcomes`). A caution ("the
 * fabric will always scuff on rock"), a feature ("the page will always reload") or a step ("you'll always
 * need to log in") promises nothing.
 */
import type { PhraseHit } from '../../src/rule/phrases.js'
import type { Future, Reading } from './clause.js'
import classes from './classes.yaml'
import { alt, list } from './words.js'

const verbs = (key: string) => new RegExp(String.raw`^(?:${alt(list(classes, key))})\b`, 'iu')
const ACTS = new Set(list(classes, 'always-acts'))
const STATES = verbs('always-states')
const LASTING = verbs('lasting-outcomes')
const NEVER = verbs('never-outcomes')
// "… never happen again" is a never-again promise, told by again.ts.
const AGAIN_LATER = /^[^,;:.!?—–]*\b(?:again|any ?more)\b/i
const QUALITY = new RegExp(String.raw`\b(?:${alt(list(classes, 'assured-quality'))})\b`, 'iu')
// A frequency that closes its clause ("…, every single time."); followed by a clause it is a condition
// ("every time the status changes").
const CLOSES = /^\s*(?:[,.;:!—–)]|--|$|(?:and|but|so)\b)/
// "No more delays from now on": a forward time with a verbless negation of the problem.
const NO_MORE = /\bno (?:more|further) (?!than\b)/i
const RECURS = new Set('happen occur recur reoccur repeat arise'.split(' '))
// Between a leading time and its modal, only a subject: "going forward, your orders will".
const LEADS = /^,?\s+(?:[\p{L}\p{N}'’-]+\s+){0,5}$/u

/** Whether the future clause promises a lasting outcome, by who holds it. */
function lasting(f: Future): boolean {
  const verb = f.verb.join(' ')
  if (STATES.test(verb)) return true
  if (f.actor === 'other') return LASTING.test(verb)
  return ACTS.has(f.verb[0] ?? '') && !/^(?:have|need) to\b/.test(verb)
}

/**
 * "always" or "never" next to its modal ("we will always", "always will", "will never"), or a frequency ("forever", "every single
 * time", "without exception") inside or closing a future clause.
 */
export function alwaysClause(r: Reading, hit: PhraseHit): { start: number; end: number } | undefined {
  const { text, words: w } = r
  const i = r.wordAt(hit.start)
  const near = r.near(hit.start, hit.end, 2)
  let f = near.find((f) => i === f.modal + 1 || (i === f.modal + 2 && w[f.modal + 1].lower === 'also') || i === f.modal - 1)
  if (!f && hit.text.toLowerCase() !== 'always') {
    if (!CLOSES.test(text.slice(hit.end, hit.end + 4))) return undefined
    f = r.near(hit.start, hit.end).find((f) => w[f.modal].start < hit.start && (hit.start < f.end || /^[\s,—–-]*$/.test(text.slice(f.end, hit.start))))
  }
  if (hit.text.toLowerCase() === 'never') {
    if (!f || f.actor !== 'other' || !NEVER.test(f.verb.join(' ')) || AGAIN_LATER.test(text.slice(hit.end, hit.end + 80))) return undefined
  } else if (!f || f.negated || !lasting(f)) return undefined
  return { start: f.start, end: Math.max(f.end, hit.end) }
}

/**
 * A forward-looking time ("from now on", "going forward") on a promise: a future outcome someone else must
 * deliver with a word of punctuality or perfection ("from now on every order will arrive on the day we
 * promise"), a negated future of the problem ("this won't happen in future"), or no more of the problem ("no
 * more outages from here on").
 */
export function forwardClause(r: Reading, hit: PhraseHit, isProblem: (word: string) => boolean): { start: number; end: number; never: boolean } | undefined {
  const { text, words: w } = r
  // The clause the time leads ("Going forward, your orders will…", its subject in between) or closes ("…on
  // time from now on").
  const f = r
    .near(hit.start, hit.end)
    .find((f) => (w[f.modal].start >= hit.end && LEADS.test(text.slice(hit.end, w[f.modal].start))) || (w[f.modal].start < hit.start && (hit.start < f.end || /^[\s,]*$/.test(text.slice(f.end, hit.start)))))
  if (f) {
    // "This won't happen in future", "going forward you won't have this issue": never again, by another name.
    if (f.negated) {
      const clause = text.slice(f.start, f.end).toLowerCase()
      const recurs = RECURS.has(f.verb[0] ?? '') || (clause.match(/[\p{L}-]+/gu) ?? []).some(isProblem)
      return recurs ? { start: Math.min(f.start, hit.start), end: Math.max(f.end, hit.end), never: true } : undefined
    }
    if (f.actor !== 'other' || !LASTING.test(f.verb.join(' '))) return undefined
    const clause = text.slice(f.start, Math.max(f.end, hit.end))
    return QUALITY.test(clause) ? { start: Math.min(f.start, hit.start), end: Math.max(f.end, hit.end), never: false } : undefined
  }
  // Verbless: "No more delays from now on." The problem must be named.
  const before = text.slice(Math.max(0, hit.start - 60), hit.start)
  const no = NO_MORE.exec(before)
  if (!no || /[,;:.—–]/.test(before.slice(no.index))) return undefined
  const nouns = before.slice(no.index).toLowerCase().match(/[\p{L}-]+/gu) ?? []
  if (!nouns.some(isProblem)) return undefined
  return { start: hit.start - before.length + no.index, end: hit.end, never: true }
}
