/**
 * Small judgements about a phrase hit that tone rules share (STYLE.md §5: data
 * says which strategy applies, code says what the strategy means). Each helper
 * looks at the sentence's prose view (`sentence.text`), never at raw markup, so
 * quotes, code and URLs stay out of every decision except where a helper asks
 * about the reply's regions on purpose (does the reply give a link?).
 */
import type { Reply, Sentence } from '../reply/model.js'
import { TOKEN } from '../reply/text-view.js'
import type { Span } from '../types.js'
import type { SuggestionReport } from './define-rule.js'
import { type PhraseEntry, type PhraseHit, type PhraseMatcher, compilePhrases } from './phrases.js'

/** What a strategy sees: the hit, its sentence and the whole reply. */
export interface HitContext {
  hit: PhraseHit
  sentence: Sentence
  reply: Reply
}

/** A named judgement over a hit: true means "report it". */
export type Strategy = (c: HitContext) => boolean

// Clause edges inside a sentence: punctuation that ends a clause, and the dashes
// people type for one ("—", "–", " - ", " -- ").
const CLAUSE_EDGE = /[,;:()!?.…—–]|\s--?\s/g

/** Text of the hit's clause before the hit. */
export function clauseBefore(text: string, at: number): string {
  let start = 0
  CLAUSE_EDGE.lastIndex = 0
  for (let m = CLAUSE_EDGE.exec(text); m && m.index < at; m = CLAUSE_EDGE.exec(text)) start = m.index + m[0].length
  return text.slice(start, at)
}

/** Text of the hit's clause after the hit. */
export function clauseAfter(text: string, from: number): string {
  CLAUSE_EDGE.lastIndex = from
  const m = CLAUSE_EDGE.exec(text)
  return text.slice(from, m ? m.index : text.length)
}

/** The last `n` words before offset `at` in the sentence, lower-cased, curly apostrophes straightened. */
export function wordsBefore(text: string, at: number, n: number): string[] {
  const words = normal(text.slice(0, at)).match(/[\p{L}\p{N}']+/gu) ?? []
  return words.slice(-n)
}

/** The first `n` words after offset `from`, lower-cased. */
export function wordsAfter(text: string, from: number, n: number): string[] {
  return (normal(text.slice(from)).match(/[\p{L}\p{N}']+/gu) ?? []).slice(0, n)
}

export function normal(text: string): string {
  return text.toLowerCase().replace(/[’‘]/g, "'")
}

// A condition or hypothesis in the same clause: "if you didn't receive it, let me know".
const CONDITION = /\b(?:if|unless|in case|whether|once|until|assuming|provided|in the event|should you|even if|when(?:ever)?)\b/

/** Whether the hit sits in a conditional clause ("if you didn't…", "in case you missed…"). */
export function inCondition(c: HitContext): boolean {
  return CONDITION.test(normal(clauseBefore(c.sentence.text, c.hit.start)))
}

/** Whether the hit's sentence is a question. */
export function inQuestion(c: HitContext): boolean {
  return /\?["”’')\s]*$/.test(c.sentence.text)
}

// A hedge makes a statement about the customer tentative: "you may have missed it".
const HEDGE = /\b(?:may|might|could|perhaps|maybe|possibly|probably|seems?|appears?|looks like|think|wonder)\b/

export function hedged(c: HitContext): boolean {
  return HEDGE.test(normal(wordsBefore(c.sentence.text, c.hit.start, 4).join(' ')))
}

/** Whether a negation governs the hit ("not your fault", "it wasn't your mistake", "no fault of your own"). */
export function negatedBefore(c: HitContext, words = 3): boolean {
  return wordsBefore(c.sentence.text, c.hit.start, words).some((w) => /^(?:not|no|never|nothing|none|without)$|n't$/.test(w))
}

export function nextSentence(c: HitContext, offset = 1): Sentence | undefined {
  return c.reply.sentences[c.sentence.index + offset]
}

export function previousSentence(c: HitContext): Sentence | undefined {
  return c.sentence.index > 0 ? c.reply.sentences[c.sentence.index - 1] : undefined
}

/** URL and e-mail regions of the agent's part of the reply (the signature's links are no route). */
export function linksIn(reply: Reply, span: Span = { start: 0, end: reply.end }): Span[] {
  return reply.regions.filter((r) => r.kind === 'url' && r.start >= span.start && r.end <= span.end && r.start < reply.end)
}

/** Whether a numbered list of steps appears in the reply. */
export function hasNumberedSteps(reply: Reply): boolean {
  return reply.paragraphs.some((p) => p.type === 'list-item' && p.ordered === true)
}

// A place or person the customer can take the question to: "ask on the forum",
// "contact the package's authors", "our billing team".
const ROUTE = new RegExp(
  [
    String.raw`\b(?:forums?|stack ?overflow|mailing list|discussions|discord|slack|gitter|subreddit|issue tracker|help ?desk|help center|help centre|knowledge base)\b`,
    String.raw`\b(?:contact|reach out to|get in touch with|write to|call|ring|e-?mail|ask|post (?:on|in|to)|raise (?:it|this|a request|an issue) (?:with|on|in)|file (?:it|this|an issue|a ticket|a bug) (?:with|on|in|at))\s+(?:the|your|their|our|its)\s+(?:[\w'’()-]+\s+){0,3}?(?:team|support|author(?:s|\(s\))?|maintainers?|vendor|manufacturer|provider|bank|carrier|courier|developers?|department|desk|tracker|repo(?:sitory)?|channel|community|store|seller|retailer|administrator|admin|host)\b`,
  ].join('|'),
  'i',
)

// Where a new instruction can start inside a sentence: after a colon, a semicolon or a dash.
const STEP_CLAUSE = /[:;—–]\s*|\s--?\s+/

/**
 * RULES.md: a softer deflection is fine when the reply gives a specific route:
 * a link, a place to ask, a next step. A link or e-mail address anywhere in the
 * agent's prose, numbered steps, or a sentence that sends the customer somewhere
 * named ("ask on Stack Overflow", "contact the package's authors") all count.
 */
export function replyGivesRoute(reply: Reply): boolean {
  if (linksIn(reply).length || hasNumberedSteps(reply)) return true
  // A step may open any clause: "Our hands are tied, but the bank can reverse it: call the number on your card."
  return reply.sentences.some((s) => ROUTE.test(s.text) || normal(s.text).split(STEP_CLAUSE).some((clause) => NEXT_STEP.test(clause)))
}

// A next step the customer can take: an instruction at the start of a sentence ("Try a clean
// install", "Please check the driver version", "You can downgrade to 4.2").
const NEXT_STEP =
  /^(?:(?:please|so|then|first|meanwhile|in the meantime|for now)[\s,]+)?(?:(?:you can|you could|you may want to|you might want to|i'd suggest|i suggest|we suggest|we recommend|i recommend|try to|feel free to)\s+)?(?:try|retry|restart|reboot|reinstall|install|update|upgrade|downgrade|check|clear|reset|run|open|go to|click|tap|select|enable|disable|remove|delete|add|set|change|switch|use|follow|visit|contact|ask|post|file|raise|report|send|reply|email|call|attach|share|create|sign in|log in|log out|re-?enter|turn)\b/

const exceptionCache = new WeakMap<PhraseEntry, PhraseMatcher>()

/**
 * An entry's `exceptions` (phrases, data like the entry itself) silence a hit
 * they overlap: `live with it` is dismissive, `you shouldn't have to live with it`
 * is sympathy.
 */
export function excepted(c: HitContext): boolean {
  const list = c.hit.entry.exceptions
  if (!Array.isArray(list) || list.length === 0) return false
  let match = exceptionCache.get(c.hit.entry)
  if (!match) {
    match = compilePhrases(list.map((phrase) => ({ phrase: String(phrase) })))
    exceptionCache.set(c.hit.entry, match)
  }
  return match(c.sentence.text).some((e) => e.start < c.hit.end && e.end > c.hit.start)
}

/**
 * A suggestion that deletes an aside which adds nothing but tone: "As I already
 * said, clear the cache" → "Clear the cache"; "This is, obviously, …" → "This is
 * …". Offered only where the cut is clean (no placeholder or markup inside it).
 */
export function dropSuggestion<M extends string = never>(c: HitContext): SuggestionReport<M> | undefined {
  const reply = c.reply
  const text = c.sentence.text
  const { start, end } = c.hit
  let from = start
  let to = end
  let replacement = ''
  const after = /^,\s+/.exec(text.slice(end)) ?? (/^\p{L}+$/u.test(c.hit.text) ? /^ +/.exec(text.slice(end)) : null)
  if (start === 0 && after) {
    // Sentence-initial aside ("As I said, …", "Obviously …"): drop it and capitalise what follows.
    to = end + after[0].length
    const next = text[to]
    if (!next || next === TOKEN) return undefined
    to += 1
    replacement = next.toUpperCase()
  } else if (/,\s*$/.test(text.slice(0, start)) && /^\s*[,.!?;]/.test(text.slice(end))) {
    // ", obviously," in the middle or ", no questions asked." at the end: drop the aside and its comma.
    from = text.slice(0, start).search(/,\s*$/)
  } else if (/^\p{L}+$/u.test(c.hit.text) && /\s$/.test(text.slice(0, start)) && /^[\s,.]/.test(text.slice(end))) {
    // A lone adverb between words: drop it and the space before it.
    from = start - 1
  } else {
    return undefined
  }
  const piece = text.slice(from, to)
  if (piece.includes(TOKEN)) return undefined
  const span = c.sentence.spanOf(from, to)
  // The view and the file must agree on the cut (no markup such as ** inside it).
  if (reply.source.slice(span.start, span.end).replace(/\s+/g, ' ') !== piece.replace(/\s+/g, ' ')) return undefined
  return { desc: `Remove "${c.hit.text.replace(/\s+/g, ' ')}"`, fix: { range: [span.start, span.end], text: replacement } }
}

/**
 * The hits of one sentence that their entry's strategy accepts, minus any an
 * exception covers. Hits joined only by a comma or "and" ("crazy, ranting
 * email") are one finding, so the first stands for the run.
 */
export function acceptedHits(
  hits: PhraseHit[],
  sentence: Sentence,
  reply: Reply,
  strategies: Record<string, Strategy>,
  fallback: string,
): HitContext[] {
  const out: HitContext[] = []
  let lastEnd = -1
  for (const hit of hits) {
    const c: HitContext = { hit, sentence, reply }
    const judge = strategies[String(hit.entry.strategy ?? fallback)] ?? strategies[fallback]
    if (excepted(c) || !judge(c)) continue
    if (lastEnd >= 0 && /^[\s,]*(?:and\s+)?$/i.test(sentence.text.slice(lastEnd, hit.start))) {
      lastEnd = hit.end
      continue
    }
    out.push(c)
    lastEnd = hit.end
  }
  return out
}
