/**
 * Phrase data: entries from a rule's `phrases.yaml`, validated once and compiled
 * into one matcher per rule. A phrase is literal words with two small pieces of
 * syntax: `(a|b)` for alternatives and `[word]` for an optional word. Matching is
 * case-insensitive, treats ’ and ' alike, and lets any whitespace (a line break
 * too) stand between words. Nothing a phrase holds can make matching
 * super-linear: the compiled pattern has no nested quantifiers.
 */
import type { Span } from '../types.js'
import { readFileSync } from 'node:fs'
import { BUILD_HASH } from '../build-hash.js'
import { type CompiledPhrase, type StartCandidate, compilePhrase, matchAt, secondTokens, startSlot, tokenize } from './token-matcher.js'

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
  const key = entries.map((e) => e.phrase).join('\n')
  const stored = precompiled()?.get(key)
  if (stored) recorded?.set(key, stored)
  const { id, build } = listSlots(key, entries, stored)
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
      const slot = tokens[i].starts
      if (slot === undefined) continue
      let candidates = slot[id]
      if (candidates === undefined) continue
      if (candidates === null) candidates = slot[id] = build(tokens[i].norm)
      const second = tokens[i + 1]?.norm
      // A word-initial phrase must start at a whole token, which tokens guarantee.
      for (const { i: at, phrase, seconds } of candidates) {
        if (seconds && (second === undefined || !seconds.has(second))) continue
        const end = matchAt(phrase, tokens, i)
        if (end < 0) continue
        const start = tokens[i].start
        const stop = tokens[end - 1].end
        hits.push({ entry: entries[at], start, end: stop, text: text.slice(start, stop) })
        i = end - 1
        break
      }
    }
    return hits
  }
}

/** A phrase list's number in the start slots (token-matcher.ts startSlot), and how it builds a slot it left for later. */
interface ListSlots {
  id: number
  build: (token: string) => StartCandidate[]
}

// Keyed by the phrase texts alone: candidates name an entry by its index, so lists that differ only
// in their entries' other fields (a config's advice) share one set of slots.
const listsByKey = new Map<string, ListSlots>()

function listSlots(key: string, entries: PhraseEntry[], stored: CompiledList | undefined): ListSlots {
  const known = listsByKey.get(key)
  if (known) return known
  const id = listsByKey.size
  const list = stored ? storedList(id, stored) : compiledList(id, entries, key)
  listsByKey.set(key, list)
  return list
}

/** The compiled path: every phrase compiled now, and recorded for the build if it asks. */
function compiledList(id: number, entries: PhraseEntry[], key: string): ListSlots {
  const { phrases, index } = indexPhrases(entries)
  recorded?.set(key, toData(phrases, index))
  for (const [token, list] of index) startSlot(token)[id] = list.map(({ i, seconds }) => ({ i, phrase: phrases[i], seconds }))
  return { id, build: () => [] }
}

/**
 * The stored path: a token's candidates, and each phrase, are built from the data on first use
 * only. Building all ~800 phrases' objects up front still cost ~40 ms in the interpreter.
 */
function storedList(id: number, data: CompiledList): ListSlots {
  const phrases: Array<CompiledPhrase | undefined> = []
  const phraseAt = (i: number): CompiledPhrase => (phrases[i] ??= fromData(JSON.parse(data.phrases[i]) as PhraseData))
  const at = new Map<string, number>()
  data.starts.forEach((token, k) => {
    at.set(token, k)
    startSlot(token)[id] = null
  })
  return {
    id,
    build: (token) =>
      (JSON.parse(data.index[at.get(token)!]) as StartData).map(([i, seconds]) => ({ i, phrase: phraseAt(i), seconds: seconds ? new Set(seconds) : null })),
  }
}

type Index = Map<string, Array<{ i: number; seconds: Set<string> | null }>>

/** Each phrase compiled, and the index of first tokens: what depends on the phrase texts alone. */
function indexPhrases(entries: PhraseEntry[]): { phrases: CompiledPhrase[]; index: Index } {
  const words = entries.map((e) => requiredWords(e.phrase))
  const order = entries
    .map((e, i) => i)
    .sort((a, b) => words[b] - words[a] || entries[b].phrase.length - entries[a].phrase.length)
  const phrases = entries.map((e) => compilePhrase(e.phrase))
  const index: Index = new Map()
  for (const i of order) {
    for (const [token, seconds] of secondTokens(phrases[i])) {
      const list = index.get(token)
      if (list) list.push({ i, seconds })
      else index.set(token, [{ i, seconds }])
    }
  }
  return { phrases, index }
}

/**
 * A compiled phrase list as plain data. Compiling the ~800 built-in phrases ran once per process in
 * V8's interpreter, never hot, and cost ~50 ms of a cold start (issue 7); the build stores the data
 * of every list the CLI compiles in dist/phrases.json, keyed by the list's phrase texts, and a run
 * reads it back instead. A token is `[norm, gap]`, gap 1 (space before), 0 (none) or 2 (either).
 *
 * Each token's candidates and each phrase are JSON text inside the file, parsed when a run first
 * meets them: parsing all 380 KB as nested arrays cost ~8 ms of every start, and a run meets a
 * few dozen tokens and phrases of it (issue 7).
 */
export interface CompiledList {
  /** The tokens the list's phrases can start with. */
  starts: string[]
  /** For each of `starts`, in order: its candidates, as JSON of StartData. */
  index: string[]
  /** For each phrase: its compiled form, as JSON of PhraseData. */
  phrases: string[]
}

type PhraseData = [items: Array<[alts: Array<Array<[string, 0 | 1 | 2]>>, optional: 0 | 1]>, branching: 0 | 1]
type StartData = Array<[i: number, seconds: string[] | null]>

function toData(phrases: CompiledPhrase[], index: Index): CompiledList {
  const phraseData = (p: CompiledPhrase): PhraseData => [
    p.items.map((item) => [item.alts.map((alt) => alt.map((t) => [t.norm, t.gap === undefined ? 2 : t.gap ? 1 : 0])), item.optional ? 1 : 0]),
    p.branching ? 1 : 0,
  ]
  return {
    starts: [...index.keys()],
    index: [...index.values()].map((list) => JSON.stringify(list.map(({ i, seconds }): StartData[number] => [i, seconds ? [...seconds] : null]))),
    phrases: phrases.map((p) => JSON.stringify(phraseData(p))),
  }
}

function fromData([items, branching]: PhraseData): CompiledPhrase {
  return {
    items: items.map(([alts, optional]) => ({ alts: alts.map((alt) => alt.map(([norm, gap]) => ({ norm, gap: gap === 2 ? undefined : gap === 1 }))), optional: optional === 1 })),
    branching: branching === 1,
    failed: new Set(),
  }
}

let storeFile: string | undefined
let store: Map<string, CompiledList> | null | undefined
let recorded: Map<string, CompiledList> | undefined

/** The CLI names the build's dist/phrases.json; it is read on the first compile, and ignored if unreadable or from another build. */
export function usePrecompiledPhrases(file: string): void {
  storeFile = file
  store = undefined
}

function precompiled(): Map<string, CompiledList> | null {
  if (store !== undefined) return store
  store = null
  if (!storeFile) return store
  try {
    const data = JSON.parse(readFileSync(storeFile, 'utf8')) as { build: string; lists: Record<string, CompiledList> }
    if (data.build === BUILD_HASH) store = new Map(Object.entries(data.lists))
  } catch {
    // No store (a run from source, a partial copy): compile as usual.
  }
  return store
}

/** For the build: from now on, keep the data of every list compiled; the result gives the file's content. */
export function recordCompiledPhrases(): () => string {
  recorded = new Map()
  return () => JSON.stringify({ build: BUILD_HASH, lists: Object.fromEntries(recorded!) })
}

const MEMO_SIZE = 32

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
