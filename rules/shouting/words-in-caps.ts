/**
 * Finds runs of capitalised words in a prose view and tells a raised voice
 * ("DO NOT", "CANCELED") from an acronym or a code (SSO, BA8733,
 * RESOLVED-WORKSFORME). RULES.md: an all-caps ordinary English word is
 * shouting; any other all-caps token is an acronym or a code.
 */
import WORDS from './words.js'

/** shout: an English word in capitals; acronym-word: listed acronym that is also English (IT, US, OK); code: anything else. */
export type CapsClass = 'shout' | 'acronym-word' | 'pronoun' | 'code'

export interface CapsToken {
  start: number
  end: number
  text: string
  kind: CapsClass
}

let english: Set<string> | undefined
/** Built on first use only: most replies have no capitalised word that is not an acronym (startup matters in a hook). */
export function isEnglish(lower: string): boolean {
  english ??= new Set(WORDS.split('\n'))
  return english.has(lower)
}

// A token: letters, digits and the joiners inside it (don't, follow-up, REPLACE_ME, U.S.), from its first letter
// or digit to the end of the run. Only tokens with a capital matter, so the regex skips the others itself: it
// starts at a run's first character only (the look-behind), passes leading joiners without giving any back (the
// captured look-ahead is an atomic group: backtracking into them re-ran the look-ahead once per joiner, quadratic
// on a long run of them), and looks ahead for a capital in the run. Each run is scanned a bounded number of
// times, so it stays linear. Group 2 is the token.
const CAPS_TOKEN = /(?<![\p{L}\p{N}'’_.-])(?=([’'_.-]*))\1(?=[\p{L}\p{N}'’_.-]*\p{Lu})([\p{L}\p{N}][\p{L}\p{N}'’_.-]*)/gu
const LOWER = /\p{Ll}/u
const UPPER = /\p{Lu}/gu
const DIGIT = /\p{N}/u
// Before: #NUMBER, @TEAM, $HOME, \\SERVER. After: $SITENAME$, %NAME%, DEBUG=1, NOW().
const SIGIL_BEFORE = new Set(['#', '@', '$', '%', '\\'])
const SIGIL_AFTER = new Set(['$', '%', '=', '('])
// Only at the start of a word: .NET and /HOME are names, "...NEVER" and "AND/OR" are not.
const PREFIX_BEFORE = new Set(['.', '/'])
const JOINER_RUN = /[’'_.-]{2,}/
const CONTRACTION = /['’](?:s|t|re|ll|ve|d|m)$/i

/** All-caps tokens of `text` with their class, in order; `acronyms` holds upper-case acronyms. */
export function capsTokens(text: string, acronyms: ReadonlySet<string>): CapsToken[] {
  const out: CapsToken[] = []
  CAPS_TOKEN.lastIndex = 0
  for (let m = CAPS_TOKEN.exec(text); m; m = CAPS_TOKEN.exec(text)) {
    const word = m[2]
    const index = m.index + m[0].length - word.length
    // Most words with a capital are not split: keep those cheap.
    if (!JOINER_RUN.test(word)) {
      const token = tokenAt(text, index, trimJoiners(word), acronyms)
      if (token) out.push(token)
      continue
    }
    // "first...NEVER", "wait--STOP": two or more joiners in a row separate words.
    let at = index
    for (const part of word.split(JOINER_RUN)) {
      const token = tokenAt(text, at, trimJoiners(part), acronyms)
      if (token) out.push(token)
      at = text.indexOf(part, at) + part.length
      while (at < text.length && "’'_.-".includes(text[at])) at++
    }
  }
  return out
}

function tokenAt(text: string, start: number, raw: string, acronyms: ReadonlySet<string>): CapsToken | undefined {
  if (!raw || LOWER.test(raw)) return undefined
  const letters = raw.match(UPPER)?.length ?? 0
  // "I" and "A" are never shouting, but they belong to a shouted run ("I AM SO SORRY").
  if (letters < 2) return raw === 'I' || raw === 'A' ? { start, end: start + 1, text: raw, kind: 'pronoun' } : undefined
  // A sigil makes it a slot, a tag, a variable or a path.
  const before = text[start - 1] ?? ''
  const sigil =
    SIGIL_BEFORE.has(before) ||
    (PREFIX_BEFORE.has(before) && !/\S/.test(text[start - 2] ?? '')) ||
    SIGIL_AFTER.has(text[start + raw.length] ?? '')
  return { start, end: start + raw.length, text: raw, kind: sigil ? 'code' : classify(raw, acronyms) }
}

// A loop, not /[’'_.-]+$/: that pattern retries from every joiner of a long run of them.
function trimJoiners(token: string): string {
  let end = token.length
  while (end > 0 && "’'_.-".includes(token[end - 1])) end--
  return token.slice(0, end)
}

function classify(token: string, acronyms: ReadonlySet<string>): CapsClass {
  const upper = token.replace(/’/g, "'")
  if (DIGIT.test(upper) || upper.includes('_') || upper.includes('.')) return 'code' // BA8733, Q2, REPLACE_ME, U.S.
  if (acronyms.has(upper)) return isWord(upper) ? 'acronym-word' : 'code'
  if (upper.includes('-')) {
    // A compound shouts only if every part is a word or a word-forming prefix, and one part is a word:
    // FOLLOW-UP and NON-REFUNDABLE yes; RESOLVED-WORKSFORME, INV-X and NON-XYZ are codes.
    const parts = upper.split('-').filter((p) => p.length > 1)
    const wordy = (p: string) => !acronyms.has(p) && isWord(p)
    return parts.some(wordy) && parts.every((p) => wordy(p) || PREFIXES.has(p.toLowerCase())) ? 'shout' : 'code'
  }
  return isWord(upper) ? 'shout' : 'code'
}

// Prefixes that are no word alone but form ordinary compounds before a hyphen: NON-REFUNDABLE, PRE-ORDER,
// RE-ENTER, CO-SIGN. They never make a compound shout on their own (NON-XYZ stays a code).
const PREFIXES = new Set(['non', 'pre', 're', 'un', 'anti', 'co', 'sub', 'semi', 'mid', 'ex', 'de', 'dis', 'mis', 'bi', 'tri', 'multi', 'post', 'inter', 'counter', 'super', 'ultra', 'over', 'under', 'out', 'self', 'half', 'cross', 'pro'])

/**
 * An -able/-ible adjective made from an English word (REFUNDABLE, CANCELLABLE, BILLABLE): the word list
 * keeps common words only, and these derive from common verbs. The base must itself be a word.
 */
function derived(lower: string): boolean {
  const m = /^([a-z]{3,}?)(?:able|ible|ably|ibly)$/.exec(lower)
  if (!m) return false
  const base = m[1]
  return isEnglish(base) || isEnglish(`${base}e`) || (/([a-z])\1$/.test(base) && isEnglish(base.slice(0, -1))) || (base.endsWith('i') && isEnglish(`${base.slice(0, -1)}y`))
}

function isWord(upper: string): boolean {
  const lower = upper.toLowerCase()
  if (!CONTRACTION.test(lower)) return isEnglish(lower) || derived(lower)
  // DON'T, CAN'T, ISN'T, I'M, WE'LL, CUSTOMER'S: judge the word the contraction is made from.
  const base = lower.replace(CONTRACTION, '')
  return base === 'i' || isEnglish(base) || (base.endsWith('n') && isEnglish(base.slice(0, -1)))
}

export interface CapsRun {
  tokens: CapsToken[]
  start: number
  end: number
}

/**
 * Groups tokens that stand next to each other (only spaces, line breaks or one of , & / - – — + between
 * them) into runs, so "DO NOT" is reported once. A run shouts when it holds at least one shouted word;
 * its span runs from its first to its last word that is not a code.
 */
export function shoutedRuns(text: string, tokens: CapsToken[]): CapsRun[] {
  const runs: CapsToken[][] = []
  let current: CapsToken[] = []
  for (const token of tokens) {
    const last = current[current.length - 1]
    if (last && isJoiner(text.slice(last.end, token.start))) current.push(token)
    else {
      if (current.length) runs.push(current)
      current = [token]
    }
  }
  if (current.length) runs.push(current)
  const out: CapsRun[] = []
  for (const run of runs) {
    if (!run.some((t) => t.kind === 'shout')) continue
    const words = run.filter((t) => t.kind !== 'code')
    out.push({ tokens: run, start: words[0].start, end: words[words.length - 1].end })
  }
  return out
}

const JOINERS = new Set(['', ',', '&', '/', '-', '–', '—', '+'])

function isJoiner(gap: string): boolean {
  return gap.length < 40 && JOINERS.has(gap.replace(/\s/g, ''))
}
