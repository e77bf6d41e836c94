/**
 * Phrase matching on tokens rather than one regex per rule (STYLE.md habit 6).
 * A phrase compiles to a short list of items (a token, a group of alternatives,
 * an optional part); text is split into word and punctuation tokens once per
 * call; phrases are indexed by the tokens they can start with. No regex is
 * built from phrase data, so nothing a phrase or a config holds can make
 * matching super-linear, and nothing is compiled at startup.
 */

export interface Token {
  /** Lower-cased, with ’ ‘ as ' and “ ” as ". */
  norm: string
  start: number
  end: number
  /** Whitespace separates this token from the previous one. */
  gap: boolean
  /** What phrase lists can start at this token (see startSlot); undefined: none can. */
  starts: StartSlot | undefined
}

interface PatternToken {
  norm: string
  /** Whether whitespace must (true) or must not (false) come before; undefined: either. */
  gap?: boolean
}

/** One step of a phrase: alternatives (token sequences), one of which must match, or none if optional. */
interface Item {
  alts: PatternToken[][]
  optional: boolean
}

export interface CompiledPhrase {
  items: Item[]
  /** Whether any item is optional or has alternatives: only then can a state be reached twice. */
  branching: boolean
  /** Failed states (see matchAt) over `failedFor`, the token list they were found on. */
  failed: Set<number>
  failedFor?: Token[]
}

const TOKEN = /[\p{L}\p{N}_]+|[^\s\p{L}\p{N}_]/gu

const QUOTES = /[’‘“”]/g
const QUOTE_MAP: Record<string, string> = { '’': "'", '‘': "'", '“': '"', '”': '"' }

function normalise(s: string): string {
  return s.toLowerCase().replace(QUOTES, (q) => QUOTE_MAP[q])
}

/** One phrase list's candidates at a first token: a phrase (by its index in the list) and the second tokens it needs. */
export interface StartCandidate {
  i: number
  phrase: CompiledPhrase
  /** Tokens that can follow the first one (secondTokens); null: no such filter. */
  seconds: Set<string> | null
}

/** Per phrase list (by its number), what it can start at one token; null: not built yet. */
export type StartSlot = Array<StartCandidate[] | null | undefined>

// Every list a sentence meets (about 16) looked each of its tokens up in a map of its own, and
// remembered the misses too, in maps that grew with the vocabulary of the run (issue 7: 5% of a
// 10,000-draft run). Now one map holds, per token any list can start with, a slot per list:
// tokenize() looks a token up once, and each list reads its own slot.
const startSlots = new Map<string, StartSlot>()

/** The slot of a token a phrase list can start with, made on first use. */
export function startSlot(norm: string): StartSlot {
  let slot = startSlots.get(norm)
  if (!slot) {
    slot = []
    startSlots.set(norm, slot)
    // A text tokenized before carries no slot for this token.
    tokenized.clear()
  }
  return slot
}

// Every rule matches phrases on the same sentence in turn: tokenize each text once.
// Every phrase list of every rule tokenizes the same sentences and paragraphs: keep the last few.
const tokenized = new Map<string, Token[]>()
const TOKENIZED_SIZE = 16

export function tokenize(text: string): Token[] {
  const known = tokenized.get(text)
  if (known) return known
  // Lower-case the whole text once; per token only where case mapping changes the length ("İ").
  const lowered = normalise(text)
  const aligned = lowered.length === text.length
  const tokens: Token[] = []
  let last = 0
  TOKEN.lastIndex = 0
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    const start = m.index
    const end = start + m[0].length
    const norm = aligned ? lowered.slice(start, end) : normalise(m[0])
    tokens.push({ norm, start, end, gap: start > last, starts: startSlots.get(norm) })
    last = end
  }
  if (tokenized.size >= TOKENIZED_SIZE) tokenized.delete(tokenized.keys().next().value as string)
  tokenized.set(text, tokens)
  return tokens
}

// Phrases are compiled by the thousand at startup (issue 7): a sticky word pattern, no slicing.
const WORD_AT = /[\p{L}\p{N}_]+/uy
const SPACE = /\s/

function isSpace(ch: string): boolean {
  return ch === ' ' || (ch > '~' || ch < '!' ? SPACE.test(ch) : false)
}

/** Parses the phrase syntax: words, `(a|b)` alternatives, `[x]` optional, `\x` a literal character. */
export function compilePhrase(phrase: string): CompiledPhrase {
  const items: Item[] = []
  const text = phrase.trim()
  let i = 0
  let space = false
  const literalTokens = (s: string, leadingGap: boolean | undefined): PatternToken[] => {
    const out: PatternToken[] = []
    let gap = leadingGap
    let j = 0
    while (j < s.length) {
      if (isSpace(s[j])) {
        gap = true
        j++
        continue
      }
      let tok: string
      if (s[j] === '\\' && j + 1 < s.length) {
        tok = s[j + 1]
        j += 2
      } else {
        WORD_AT.lastIndex = j
        const m = WORD_AT.exec(s)
        tok = m ? m[0] : s[j]
        j += tok.length
      }
      out.push({ norm: normalise(tok), gap })
      gap = false
    }
    return out
  }
  while (i < text.length) {
    const ch = text[i]
    if (isSpace(ch)) {
      space = true
      i++
      continue
    }
    const gapBefore = items.length === 0 ? undefined : space
    if (ch === '(' || ch === '[') {
      const close = findClose(text, i)
      const inner = text.slice(i + 1, close)
      const alts = (ch === '(' ? splitAlternatives(inner) : [inner]).map((alt) =>
        literalTokens(alt, /^\s/.test(alt) ? (items.length === 0 ? undefined : true) : gapBefore),
      )
      items.push({ alts, optional: ch === '[' })
      i = close + 1
      space = false
      continue
    }
    // a run of literal text up to the next group or space
    let j = i
    while (j < text.length && !/[\s([]/.test(text[j])) j += text[j] === '\\' ? 2 : 1
    for (const token of literalTokens(text.slice(i, j), gapBefore)) items.push({ alts: [[token]], optional: false })
    i = j
    space = false
  }
  return { items, branching: items.some((item) => item.optional || item.alts.length > 1), failed: new Set() }
}

function findClose(text: string, open: number): number {
  const closer = text[open] === '(' ? ')' : ']'
  for (let i = open + 1; i < text.length; i++) {
    if (text[i] === '\\') i++
    else if (text[i] === closer) return i
  }
  return text.length
}

function splitAlternatives(inner: string): string[] {
  const out: string[] = []
  let start = 0
  for (let i = 0; i < inner.length; i++) {
    if (inner[i] === '\\') i++
    else if (inner[i] === '|') {
      out.push(inner.slice(start, i))
      start = i + 1
    }
  }
  out.push(inner.slice(start))
  return out
}

/** Tokens a phrase can start with; `undefined` if it can match nothing at all (empty). */
export function firstTokens(phrase: CompiledPhrase): Set<string> {
  const out = new Set<string>()
  for (const item of phrase.items) {
    for (const alt of item.alts) if (alt.length) out.add(alt[0].norm)
    if (!item.optional && item.alts.every((a) => a.length)) break
  }
  return out
}

/**
 * For each token a phrase can start with, the tokens that can come second, or null when a match
 * may be that one token alone (or there are too many pairs to be worth keeping). A candidate whose
 * second word is not the text's next token cannot match: most are ruled out by one lookup instead
 * of a match attempt ("the", "I", "you" start hundreds of phrases; issue 7).
 */
export function secondTokens(phrase: CompiledPhrase): Map<string, Set<string> | null> {
  let prefixes: string[][] = [[]]
  for (const item of phrase.items) {
    const next = new Map<string, string[]>()
    for (const prefix of prefixes) {
      if (prefix.length >= 2) {
        next.set(prefix.join(' '), prefix)
        continue
      }
      for (const alt of item.alts) {
        const longer = [...prefix, ...alt.slice(0, 2 - prefix.length).map((t) => t.norm)]
        next.set(longer.join(' '), longer)
      }
      if (item.optional) next.set(prefix.join(' '), prefix)
    }
    prefixes = [...next.values()]
    if (prefixes.length > MAX_PAIRS) return new Map(firstTokensList(phrase).map((t) => [t, null]))
    if (prefixes.every((p) => p.length >= 2)) break
  }
  const out = new Map<string, Set<string> | null>()
  for (const [first, second] of prefixes) {
    if (first === undefined) continue
    if (second === undefined) out.set(first, null)
    else if (out.get(first) !== null) out.set(first, (out.get(first) ?? new Set()).add(second))
  }
  return out
}

const MAX_PAIRS = 5000

function firstTokensList(phrase: CompiledPhrase): string[] {
  return [...firstTokens(phrase)]
}

/**
 * Index of the token after a match of `phrase` starting at token `at`, or -1.
 * Alternatives are tried in order and optional parts greedily, as a regex would.
 */
export function matchAt(phrase: CompiledPhrase, tokens: Token[], at: number): number {
  // A success ends the search, so only a failed state can be reached again; and whether the rest
  // of a phrase fails from a token does not depend on where the match started. Remembering failed
  // states for the whole token list keeps matching linear whatever optional words and alternatives
  // a phrase has: without it, "[a] [a] … [a] b" (a config may add such a phrase) tried 2^n paths on
  // "a a a …" (issue 8). Without a choice anywhere, no state is reached twice. The set lives on
  // the phrase and is emptied when the token list changes: no allocation per call (issue 7).
  if (phrase.branching && phrase.failedFor !== tokens) {
    phrase.failedFor = tokens
    if (phrase.failed.size) phrase.failed.clear()
  }
  return step(phrase, tokens, 0, at, true)
}

function step(phrase: CompiledPhrase, tokens: Token[], item: number, pos: number, first: boolean): number {
  const { items, branching, failed } = phrase
  if (item === items.length) return first ? -1 : pos
  const key = (item * (tokens.length + 1) + pos) * 2 + (first ? 1 : 0)
  if (branching && failed.has(key)) return -1
  const { alts, optional } = items[item]
  for (const alt of alts) {
    const end = matchSequence(alt, tokens, pos, first)
    if (end < 0) continue
    const rest = step(phrase, tokens, item + 1, end, first && alt.length === 0)
    if (rest >= 0) return rest
  }
  const result = optional ? step(phrase, tokens, item + 1, pos, first) : -1
  if (branching && result < 0 && item > 0) failed.add(key)
  return result
}

function matchSequence(seq: PatternToken[], tokens: Token[], pos: number, first: boolean): number {
  for (let k = 0; k < seq.length; k++) {
    const t = tokens[pos + k]
    if (!t || t.norm !== seq[k].norm) return -1
    const gap = seq[k].gap
    // The gap before the match's first token is the text's business, not the phrase's.
    if (!(first && k === 0) && gap !== undefined && gap !== t.gap) return -1
  }
  return pos + seq.length
}
