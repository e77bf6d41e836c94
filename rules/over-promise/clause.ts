/**
 * A little clause structure for promises: words with offsets, the future
 * clauses of a sentence ("the driver will be there", "they'll fix it"), who
 * acts in each (the agent, the customer, or someone else) and what is promised.
 * It is a heuristic reading of one sentence, not a parser: enough to tell
 * "I'll refund it right away" (the agent's own act) from "they'll fix it
 * immediately" (someone else's work).
 */

export interface Word {
  text: string
  lower: string
  start: number
  end: number
  /** Punctuation that ends a clause: , ; : — – ( ) and a typed dash "--" */
  boundary: boolean
}

export type Actor = 'agent' | 'customer' | 'other'

export interface Future {
  /** Index of the modal (will, 'll, won't, shall, going to) in the words. */
  modal: number
  actor: Actor
  /** Offset where the subject starts (or the modal, when there is none). */
  start: number
  /** Offset where the clause ends. */
  end: number
  /** Up to three words after the modal, adverbs skipped: "fix it", "be fixed", "have it in". */
  verb: string[]
  negated: boolean
}

const APOSTROPHE = /[’‘]/g
// An inline " -- " is punctuation (RULES.md), so it ends a clause like "—".
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’%#.-]*[\p{L}\p{N}%]|[\p{L}\p{N}]|[,;:()—–]|--/gu

const BOUNDARY = new Set([',', ';', ':', '(', ')', '—', '–', '--'])

export function words(text: string): Word[] {
  const out: Word[] = []
  for (const m of text.matchAll(WORD)) {
    // Most words have no final dot and no curly apostrophe: replace only where one is.
    const raw = m[0].endsWith('.') ? m[0].slice(0, -1) : m[0]
    const lowered = raw.toLowerCase()
    const lower = lowered.includes('’') || lowered.includes('‘') ? lowered.replace(APOSTROPHE, "'") : lowered
    out.push({ text: raw, lower, start: m.index!, end: m.index! + raw.length, boundary: BOUNDARY.has(raw) })
  }
  return out
}

// Words that start a new clause, so a subject never reaches back past them.
const CLAUSE_WORDS = new Set(
  'and but so because since that which who when once if unless until while although though as or then to sure ensure insure promise promised guarantee guarantees guaranteed assure assured word certainty pledge pledged'.split(' '),
)
// Adverbs between a subject and its modal or after the modal ("will definitely have it").
const ADVERBS = new Set(
  'also then definitely certainly surely absolutely undoubtedly unquestionably 100% always never not personally immediately instantly still really just probably likely soon both all each now totally completely fully'.split(' '),
)
const AGENT = new Set(['i', 'we', 'us'])
// A pronoun in the object case after a preposition ends a noun phrase, it is not the subject: "your next
// flight with us will be…" is about the flight; "all of us will…" is still us.
const PREPOSITIONS = new Set('with for to from near by at on behind about of'.split(' '))
const MAX_CLAUSE_WORDS = 16
const CUSTOMER = new Set(['you'])

/** The modal at word `i`, as [isModal, negated, words it spans]. */
function modalAt(w: Word[], i: number): { negated: boolean; length: number; subject?: string } | undefined {
  const t = w[i].lower
  if (t === 'will' || t === 'shall') return { negated: w[i + 1]?.lower === 'not' || w[i + 1]?.lower === 'never', length: 1 }
  if (t === "won't" || t === 'wont' || t === "shan't") return { negated: true, length: 1 }
  // Most words are not modals: test the cheap ending before the pattern.
  const ll = t.endsWith("'ll") ? /^(\p{L}+)'ll$/u.exec(t) : null
  if (ll) return { negated: w[i + 1]?.lower === 'never' || w[i + 1]?.lower === 'not', length: 1, subject: ll[1] }
  if (t === 'going' && w[i + 1]?.lower === 'to' && /^(?:am|is|are|'s|'re|'m|i'm|we're|it's|they're|you're)$/.test(w[i - 1]?.lower ?? '')) {
    return { negated: w[i - 1]?.lower === 'not', length: 2 }
  }
  return undefined
}

function actorOf(word: string | undefined): Actor {
  if (word === undefined) return 'other'
  if (AGENT.has(word)) return 'agent'
  if (CUSTOMER.has(word)) return 'customer'
  return 'other'
}

/** Every future clause of a sentence, in order. */
export function futures(text: string, w: Word[] = words(text)): Future[] {
  const out: Future[] = []
  let lastActor: Actor | undefined
  for (let i = 0; i < w.length; i++) {
    const modal = modalAt(w, i)
    if (!modal) continue
    let actor: Actor
    let start = w[i].start
    if (modal.subject !== undefined) {
      actor = actorOf(modal.subject)
    } else {
      // The subject: the nearest non-adverb word before the modal, within the clause.
      let j = i - 1
      if (w[i].lower === 'going') j-- // "is going to": skip the auxiliary
      while (j >= 0 && ADVERBS.has(w[j].lower)) j--
      const head = j >= 0 && !w[j].boundary && !CLAUSE_WORDS.has(w[j].lower) ? j : -1
      if (head < 0) {
        // "… and will attend to it": the subject is the previous clause's.
        actor = lastActor ?? 'other'
      } else {
        actor = actorOf(w[head].lower)
        if ((actor === 'agent' || actor === 'customer') && w[head].lower !== 'i' && w[head].lower !== 'we' && PREPOSITIONS.has(w[head - 1]?.lower ?? '')) {
          actor = w[head - 1].lower === 'of' ? actor : 'other'
        }
        let k = head
        while (k - 1 >= 0 && head - (k - 1) < 4 && !w[k - 1].boundary && !CLAUSE_WORDS.has(w[k - 1].lower)) k--
        start = w[k].start
      }
    }
    lastActor = actor
    const verb: string[] = []
    let k = i + modal.length
    let end = w[i].end
    // A clause is short; the bound also keeps a run of modals from costing quadratic time.
    for (; k < w.length && k < i + MAX_CLAUSE_WORDS; k++) {
      // "to" and "sure" continue the verb ("have it to you", "make sure the warehouse ships it").
      if (w[k].boundary || (verb.length > 0 && CLAUSE_WORDS.has(w[k].lower) && w[k].lower !== 'to' && w[k].lower !== 'sure')) break
      end = w[k].end
      if (verb.length < 3 && !ADVERBS.has(w[k].lower) && w[k].lower !== 'not') verb.push(w[k].lower)
    }
    out.push({ modal: i, actor, start, end, verb, negated: modal.negated })
  }
  return out
}

// What the agent cannot deliver alone, even as the subject: an outcome, not an act.
const OUTCOME_VERBS = new Set(
  'fix fixed resolve solve repair restore recover sort find locate deliver arrive reach work ensure guarantee prevent stop'.split(' '),
)
const OUTCOME_STATES = new Set(
  'fixed resolved solved sorted repaired restored working back there delivered arrived ready live online gone done received credited approved found replaced'.split(' '),
)
const PARTICIPLE = /(?:ed|en|sent|paid|made|set|put|built|kept)$/
// What the customer gets when someone else delivers: "you'll have it by Friday", "you'll receive it".
const CUSTOMER_OUTCOMES = new Set(['receive', 'get', 'have', 'see', 'be', 'love', 'like', 'enjoy'])
// What the team's own system sends the moment it is asked: "you'll receive a confirmation email right away".
const AUTOMATED = new Set('email e-mail confirmation link code access notification message receipt invoice reply response text sms password'.split(' '))
const CUSTOMER_ACTS = /^(?:have to|get back|be able|see (?:a|an|the) (?:option|button|link|menu|setting))/

/** Whether the promised thing is out of the agent's hands: someone else acts, or it is an outcome. */
export function uncontrolled(f: Future): boolean {
  const [first, second, third] = f.verb
  if (f.actor === 'other') {
    // "it will be processed", "the invoice will be sent": the team's own system at work. An outcome
    // state ("will be delivered", "will be fixed") or any other verb ("the driver will be there") is not.
    if (first === 'be' && second !== undefined && PARTICIPLE.test(second) && !OUTCOME_STATES.has(second)) return false
    return true
  }
  if (f.actor === 'agent') {
    if (first === undefined) return false
    if (OUTCOME_VERBS.has(first)) return true
    if (first === 'make' && second === 'sure') return true
    // "we'll be fixed", "we'll have it fixed", "we'll get it sorted"
    if (['be', 'have', 'get'].includes(first)) return OUTCOME_STATES.has(second ?? '') || OUTCOME_STATES.has(third ?? '')
    return false
  }
  if (first === undefined || !CUSTOMER_OUTCOMES.has(first)) return false
  if (f.verb.slice(1).some((v) => AUTOMATED.has(v))) return false
  return !CUSTOMER_ACTS.test(f.verb.join(' ')) && !(first === 'have' && second === 'to')
}

/** A sentence read once: its words, its future clauses, and lookups by offset that stay logarithmic. */
export interface Reading {
  text: string
  words: Word[]
  futures: Future[]
  /** Index of the first word starting at or after `offset` (words.length when none). */
  wordAt(offset: number): number
  /** Future clauses whose modal lies within `reach` words of [start, end). */
  near(start: number, end: number, reach?: number): Future[]
}

export function read(text: string): Reading {
  const w = words(text)
  const fs = futures(text, w)
  const wordAt = (offset: number) => lowerBound(w.length, (i) => w[i].start >= offset)
  return {
    text,
    words: w,
    futures: fs,
    wordAt,
    near(start, end, reach = MAX_CLAUSE_WORDS * 2) {
      const from = wordAt(start) - reach
      const to = wordAt(end) + reach
      const first = lowerBound(fs.length, (i) => fs[i].modal >= from)
      const out: Future[] = []
      for (let i = first; i < fs.length && fs[i].modal <= to; i++) out.push(fs[i])
      return out
    },
  }
}

/** First index in [0, n) where `ok` holds, for a predicate that turns true once and stays true. */
function lowerBound(n: number, ok: (i: number) => boolean): number {
  let lo = 0
  let hi = n
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (ok(mid)) hi = mid
    else lo = mid + 1
  }
  return lo
}
