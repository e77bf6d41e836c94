/**
 * Phrase data: entries from a rule's `phrases.yaml`, validated once and compiled
 * into one matcher per rule. A phrase is literal words with two small pieces of
 * syntax: `(a|b)` for alternatives and `[word]` for an optional word. Matching is
 * case-insensitive, treats ’ and ' alike, and lets any whitespace (a line break
 * too) stand between words. Nothing a phrase holds can make matching
 * super-linear: the compiled pattern has no nested quantifiers.
 */
import type { Span } from '../types.js'
import { type CompiledPhrase, compilePhrase, matchAt, secondTokens, tokenize } from './token-matcher.js'

export interface PhraseEntry {
  /** The phrase, e.g. `as I (already|previously) said`. */
  phrase: string
  /** Name of the judgement the rule applies to a hit (a rule's strategy). */
  strategy?: string
  /** What to do instead; goes into the message. */
  advice?: string
  /** Anything else the rule wants per entry. */
  [key: string]: unknown
}

export interface PhraseOverrides {
  /** Phrases added to the built-in list (literal text). */
  add?: Array<string | PhraseEntry>
  /** Built-in phrases dropped, by their `phrase` text. */
  remove?: string[]
}

export interface PhraseHit {
  entry: PhraseEntry
  /** Offsets in the searched text. */
  start: number
  end: number
  text: string
}

export type PhraseMatcher = (text: string) => PhraseHit[]

export class PhraseDataError extends Error {}

/** Validates phrase data; `where` names the source in messages. */
export function validatePhrases(data: unknown, strategies: readonly string[], where: string): PhraseEntry[] {
  if (!Array.isArray(data)) throw new PhraseDataError(`${where}: phrase data must be a list`)
  return data.map((raw, i) => {
    const entry: PhraseEntry = typeof raw === 'string' ? { phrase: raw } : (raw as PhraseEntry)
    if (!entry || typeof entry.phrase !== 'string' || !entry.phrase.trim()) {
      throw new PhraseDataError(`${where}[${i}]: "phrase" must be a non-empty string`)
    }
    if (entry.strategy !== undefined && !strategies.includes(entry.strategy)) {
      throw new PhraseDataError(`${where}[${i}] ("${entry.phrase}"): unknown strategy "${entry.strategy}"; expected one of ${strategies.join(', ')}`)
    }
    checkSyntax(entry.phrase, `${where}[${i}]`)
    return entry
  })
}

function checkSyntax(phrase: string, where: string): void {
  let depth = 0
  for (const ch of phrase) {
    if (ch === '(' || ch === '[') depth++
    if (ch === ')' || ch === ']') depth--
    if (depth < 0 || depth > 1) throw new PhraseDataError(`${where}: unbalanced or nested brackets in "${phrase}"`)
  }
  if (depth !== 0) throw new PhraseDataError(`${where}: unbalanced brackets in "${phrase}"`)
}

/** Applies config overrides to built-in entries; added phrases are literal text. */
export function applyOverrides(entries: PhraseEntry[], overrides: PhraseOverrides | undefined, defaults: Partial<PhraseEntry> = {}): PhraseEntry[] {
  if (!overrides) return entries
  const removed = new Set((overrides.remove ?? []).map((p) => normaliseKey(p)))
  const kept = entries.filter((e) => !removed.has(normaliseKey(e.phrase)))
  const added = (overrides.add ?? []).map((a): PhraseEntry =>
    typeof a === 'string' ? { ...defaults, phrase: escapeSyntax(a), literal: true } : { ...defaults, ...a },
  )
  return [...kept, ...added]
}

function normaliseKey(phrase: string): string {
  return phrase.toLowerCase().replace(/[’‘]/g, "'").replace(/\s+/g, ' ').trim()
}

/** Marks syntax characters in user text as literal. */
function escapeSyntax(text: string): string {
  return text.replace(/[()[\]|]/g, (c) => `\\${c}`)
}

const WORD_EDGE_BEFORE = String.raw`(?<![\p{L}\p{N}_])`
const WORD_EDGE_AFTER = String.raw`(?![\p{L}\p{N}_])`

/** Regex source for one phrase (without flags). */
export function phraseSource(phrase: string): string {
  let out = ''
  let i = 0
  const text = phrase.trim()
  while (i < text.length) {
    const ch = text[i]
    if (ch === '\\' && i + 1 < text.length) {
      out += literal(text[i + 1])
      i += 2
    } else if (ch === '(') {
      out += '(?:'
      i++
    } else if (ch === ')') {
      out += ')'
      i++
    } else if (ch === '|') {
      out += '|'
      i++
    } else if (ch === '[') {
      // `[word] ` is optional together with the space after it
      const close = text.indexOf(']', i)
      const inner = text.slice(i + 1, close)
      const spaceAfter = text[close + 1] === ' '
      out += `(?:${phraseSource(inner)}${spaceAfter ? String.raw`\s+` : ''})?`
      i = close + 1 + (spaceAfter ? 1 : 0)
    } else if (/\s/.test(ch)) {
      while (i < text.length && /\s/.test(text[i])) i++
      out += String.raw`\s+`
    } else {
      out += literal(ch)
      i++
    }
  }
  // Words at the edges must be whole words; punctuation at an edge needs no boundary.
  const before = /^[\p{L}\p{N}_[(]/u.test(text) ? WORD_EDGE_BEFORE : ''
  const after = /[\p{L}\p{N}_\])]$/u.test(text) ? WORD_EDGE_AFTER : ''
  return before + out + after
}

function literal(ch: string): string {
  if (ch === "'" || ch === '’' || ch === '‘') return "['’‘]"
  if (ch === '"' || ch === '“' || ch === '”') return '["“”]'
  // No `-` here: `\-` is an invalid escape outside a class under the `u` flag ("mix-up" crashed the matcher).
  return ch.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')
}

/**
 * One matcher for a list of entries: a single alternation (longest phrases first,
 * so "sorry for any inconvenience caused" wins over "sorry for any inconvenience").
 * "Longest" counts required words first, then characters: a one-word phrase with a
 * long `(a|b|c)` list must not shadow a two-word phrase that starts with it.
 */
export function compilePhrases(entries: PhraseEntry[]): PhraseMatcher {
  if (entries.length === 0) return () => []
  const words = entries.map((e) => requiredWords(e.phrase))
  const order = entries
    .map((e, i) => i)
    .sort((a, b) => words[b] - words[a] || entries[b].phrase.length - entries[a].phrase.length)
  // Phrases indexed by the tokens they can start with, best-ranked first.
  const byFirst = new Map<string, Candidate[]>()
  for (const index of order) {
    const phrase = compilePhrase(entries[index].phrase)
    for (const [token, seconds] of secondTokens(phrase)) {
      const list = byFirst.get(token)
      const candidate = { entry: entries[index], phrase, seconds }
      if (list) list.push(candidate)
      else byFirst.set(token, [candidate])
    }
  }
  // Rules ask the same list about the same sentence or paragraph many times over (about 13 calls
  // per distinct text on a draft corpus): remember the last few answers. Hits are frozen, so a
  // caller cannot spoil the next one's.
  const seen = new Map<string, PhraseHit[]>()
  return (text) => {
    let hits = seen.get(text)
    if (!hits) {
      hits = Object.freeze(search(text)) as PhraseHit[]
      if (seen.size >= MEMO_SIZE) seen.delete(seen.keys().next().value as string)
      seen.set(text, hits)
    }
    return hits
  }

  function search(text: string): PhraseHit[] {
    const tokens = tokenize(text)
    const hits: PhraseHit[] = []
    for (let i = 0; i < tokens.length; i++) {
      const candidates = byFirst.get(tokens[i].norm)
      if (!candidates) continue
      const second = tokens[i + 1]?.norm
      // A word-initial phrase must start at a whole token, which tokens guarantee.
      for (const { entry, phrase, seconds } of candidates) {
        if (seconds && (second === undefined || !seconds.has(second))) continue
        const end = matchAt(phrase, tokens, i)
        if (end < 0) continue
        const start = tokens[i].start
        const stop = tokens[end - 1].end
        hits.push({ entry, start, end: stop, text: text.slice(start, stop) })
        i = end - 1
        break
      }
    }
    return hits
  }
}

const MEMO_SIZE = 32

interface Candidate {
  entry: PhraseEntry
  phrase: CompiledPhrase
  /** Tokens that can follow the first one (token-matcher.ts secondTokens); null: no such filter. */
  seconds: Set<string> | null
}

/** Words a phrase always matches: its top-level words, not counting `[optional]` ones. */
function requiredWords(phrase: string): number {
  let count = 0
  let depth = 0
  let inWord = false
  let optional = false
  for (let i = 0; i < phrase.length; i++) {
    const ch = phrase[i]
    if (ch === '(' || ch === '[') depth++
    if (ch === ')' || ch === ']') depth--
    if (depth === 0 && /\s/.test(ch)) {
      if (inWord && !optional) count++
      inWord = false
    } else if (!inWord) {
      inWord = true
      optional = ch === '['
    }
  }
  if (inWord && !optional) count++
  return count
}

export type { Span }
