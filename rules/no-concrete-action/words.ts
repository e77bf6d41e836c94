/**
 * Words of a sentence's prose view, with contractions split so a clause reader
 * sees "I've" as `I` + `have` and "won't" as `will` + `not`. Generic: nothing
 * here knows about no-concrete-action.
 */
import { TOKEN } from '../../src/reply/text-view.js'

export type WordKind = 'word' | 'number' | 'slot' | 'punct'

export interface Word {
  /** As written. */
  text: string
  /** Lower case, apostrophes straightened, contractions spelled out ("'ve" → "have"). */
  norm: string
  kind: WordKind
  /** Offsets in the sentence text. */
  start: number
  end: number
}

// One group per kind, so a match says its kind without testing it again (speed, issue 7):
// 1 a slot, 2 a number, 3 a word, else punctuation.
const PATTERN = new RegExp(
  [
    `(${TOKEN})`,
    String.raw`([$£€¥]?\p{N}[\p{N}.,:/-]*\p{N}(?:\p{L}{1,3}\b)?|[$£€¥]?\p{N}(?:\p{L}{1,3}\b)?)`,
    String.raw`([@#]?[\p{L}\p{M}][\p{L}\p{M}\p{N}_]*(?:['’\-/.][\p{L}\p{M}\p{N}_]+)*)`,
    String.raw`[^\s\p{L}\p{N}]`,
  ].join('|'),
  'gu',
)

// Suffixes split off a word, with what they stand for; "'s" and "'d" stay ambiguous.
const SUFFIXES: Array<[RegExp, string]> = [
  [/^(.+)n['’]t$/i, 'not'],
  [/^(.+)['’]ve$/i, 'have'],
  [/^(.+)['’]ll$/i, 'will'],
  [/^(.+)['’]re$/i, 'are'],
  [/^(.+)['’]m$/i, 'am'],
  [/^(.+)['’]d$/i, "'d"],
  [/^(.+)['’]s$/i, "'s"],
]
const NO_SUFFIXES: Array<[RegExp, string]> = []
// "'s" is "is"/"has" only after these; elsewhere it is a possessive and stays on the word.
const S_HOSTS = new Set(['it', 'that', 'this', 'there', 'here', 'what', 'who', 'he', 'she', 'where', 'everything', 'nothing', 'something', 'let'])
const NOT_STEMS: Record<string, string> = { ca: 'can', wo: 'will', sha: 'shall', ai: 'am' }

export function words(text: string): Word[] {
  const out: Word[] = []
  // Lower-casing the sentence once costs less than lower-casing each word (speed, issue 7). A word's
  // slice of it is the word lower-cased unless a letter changes length ("İ") or reads its context
  // (Greek final sigma): with those, each word is lower-cased on its own.
  const lower = text.toLowerCase()
  const sliced = lower.length === text.length && !text.includes('Σ')
  PATTERN.lastIndex = 0
  for (let m = PATTERN.exec(text); m; m = PATTERN.exec(text)) {
    const raw = m[0]
    const start = m.index
    if (m[1] !== undefined) {
      out.push({ text: raw, norm: raw, kind: 'slot', start, end: start + 1 })
    } else if (m[2] !== undefined) {
      out.push({ text: raw, norm: sliced ? lower.slice(start, start + raw.length) : raw.toLowerCase(), kind: 'number', start, end: start + raw.length })
    } else if (m[3] !== undefined) {
      pushWord(out, raw, start, sliced ? lower.slice(start, start + raw.length) : raw.toLowerCase())
    } else {
      out.push({ text: raw, norm: raw === '’' ? "'" : raw, kind: 'punct', start, end: start + raw.length })
    }
  }
  return out
}

/** `lower` is `raw` lower-cased. */
function pushWord(out: Word[], raw: string, start: number, lower: string): void {
  if (raw.length === 6 && /^cannot$/i.test(raw)) {
    out.push({ text: raw.slice(0, 3), norm: 'can', kind: 'word', start, end: start + 3 })
    out.push({ text: raw.slice(3), norm: 'not', kind: 'word', start: start + 3, end: start + raw.length })
    return
  }
  // Every suffix starts with an apostrophe: most words have none, so skip the seven patterns (speed, issue 7).
  const apostrophe = raw.indexOf("'") >= 0 || raw.indexOf('’') >= 0
  for (const [pattern, norm] of apostrophe ? SUFFIXES : NO_SUFFIXES) {
    const m = pattern.exec(raw)
    if (!m) continue
    let stem = m[1].toLowerCase().replace(/’/g, "'")
    if (norm === "'s" && !S_HOSTS.has(stem)) break
    if (norm === 'not') stem = NOT_STEMS[stem] ?? stem
    const cut = m[1].length
    out.push({ text: raw.slice(0, cut), norm: stem, kind: 'word', start, end: start + cut })
    // "let's" is "let us"
    const suffixNorm = norm === "'s" && stem === 'let' ? 'us' : norm
    out.push({ text: raw.slice(cut), norm: suffixNorm, kind: 'word', start: start + cut, end: start + raw.length })
    return
  }
  out.push({ text: raw, norm: apostrophe ? lower.replace(/’/g, "'") : lower, kind: 'word', start, end: start + raw.length })
}
