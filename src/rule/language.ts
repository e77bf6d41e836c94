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
  /** Set by a strategy that reads past the hit: the range to report ("waive the $30 fee", not "waive"). */
  reach?: { start: number; end: number }
}

/** A named judgement over a hit: true means "report it". */
export type Strategy = (c: HitContext) => boolean

// Clause edges inside a sentence: punctuation that ends a clause, and the dashes
// people type for one ("—", "–", " - ", " -- ").
const CLAUSE_EDGE = /[,;:()!?.…—–]|\s--?\s/g

// How far a clause may reach from a hit (characters): a run-on 100 KB "sentence" must stay linear to read.
const CLAUSE_REACH = 400

/** Text of the hit's clause before the hit. */
export function clauseBefore(text: string, at: number): string {
  const window = text.slice(Math.max(0, at - CLAUSE_REACH), at)
  let start = 0
  CLAUSE_EDGE.lastIndex = 0
  for (let m = CLAUSE_EDGE.exec(window); m; m = CLAUSE_EDGE.exec(window)) start = m.index + m[0].length
  return window.slice(start)
}

/** Text of the hit's clause after the hit. */
export function clauseAfter(text: string, from: number): string {
  const window = text.slice(from, from + CLAUSE_REACH)
  CLAUSE_EDGE.lastIndex = 0
  const m = CLAUSE_EDGE.exec(window)
  return window.slice(0, m ? m.index : window.length)
}

/** The last `n` words before offset `at` in the sentence, lower-cased, curly apostrophes straightened. */
export function wordsBefore(text: string, at: number, n: number): string[] {
  // A bounded look-back keeps a long run-on sentence linear; the first word may be cut, so it is dropped.
  const from = Math.max(0, at - 40 * n - 40)
  const words = normal(text.slice(from, at)).match(/[\p{L}\p{N}']+/gu) ?? []
  if (from > 0) words.shift()
  return words.slice(-n)
}

/** The first `n` words after offset `from`, lower-cased. */
export function wordsAfter(text: string, from: number, n: number): string[] {
  return (normal(text.slice(from, from + 40 * n + 40)).match(/[\p{L}\p{N}']+/gu) ?? []).slice(0, n)
}

export function normal(text: string): string {
  return text.toLowerCase().replace(/[’‘]/g, "'")
}

// --- Who acts, on what --------------------------------------------------------------------------
// A clause read just far enough to tell "we'll waive the fee" (the agent sets a term aside) from "you
// can waive the fee" (the customer's option) and "we can't waive the fee" (standing firm). The verb
// itself comes from a rule's phrase data; these helpers read its subject and its object.

export type Actor = 'agent' | 'customer' | 'other' | 'none'

export interface Subject {
  /** agent: I/we/our team; customer: you; other: anyone else; none: an imperative or no subject. */
  actor: Actor
  /** A negation in the verb's chain: "we can't waive", "I'm unable to", "we won't be scrapping". */
  negated: boolean
  /** Offset where the subject (or the verb chain, when there is none) starts. */
  start: number
}

// What may stand between a subject and its verb: auxiliaries, modals, linkers ("going to", "happy to",
// "gone ahead and"), and a few adverbs. "let me"/"let's" make the agent the subject.
const VERB_CHAIN = new Set(
  (
    'will ll shall would d can could may might must should have ve has had am m is are re was were be been being ' +
    'do does did going gone go went goes to ahead and happy glad pleased able willing unable about also just now already really ' +
    'simply gladly personally even certainly definitely absolutely quite more than get got decided chosen agreed ' +
    'let me us s still then therefore so please kindly ok okay fine'
  ).split(' '),
)
const NEGATORS = new Set(['not', 'never', 'no', 'unable', 'nor'])
const SUBJECT_WORD = /[\p{L}\p{N}&]+(?:['’][\p{L}]+)?/gu
const PHRASE_WORD = /[\p{L}\p{N}&%]+(?:[-'’][\p{L}\p{N}]+)*/gu

/** Words with offsets, contractions split ("we'll" → we + ll, "can't" → can + not). */
function chainWords(text: string): Array<{ w: string; start: number }> {
  const out: Array<{ w: string; start: number }> = []
  for (const m of text.matchAll(SUBJECT_WORD)) {
    const word = normal(m[0])
    const at = m.index ?? 0
    const neg = /^(ca|wo|sha|do|does|did|is|are|was|were|could|would|should|have|has|had|must|need)n't$/.exec(word)
    const cut = /^(\p{L}+)'(ll|ve|re|m|d|s)$/u.exec(word)
    if (word === 'cannot' || neg) {
      const stem = word === 'cannot' ? 'can' : ({ ca: 'can', wo: 'will', sha: 'shall' } as Record<string, string>)[neg![1]] ?? neg![1]
      out.push({ w: stem, start: at }, { w: 'not', start: at })
    } else if (cut) out.push({ w: cut[1], start: at }, { w: cut[2], start: at })
    else out.push({ w: word, start: at })
  }
  return out
}

/**
 * Who does the verb that starts at `at`: the nearest word before it, in its clause, that is not an
 * auxiliary, a linker or an adverb. "I've gone ahead and torn up…" → agent; "Let me set…" → agent;
 * "Happy to bend…" (an elided "I'm") → agent; "You can waive…" → customer; "Waive…" → none.
 */
export function subjectOf(text: string, at: number): Subject {
  const before = clauseBefore(text, at)
  const offset = at - before.length
  const ws = chainWords(before)
  let negated = false
  let agentLink = false
  let k = ws.length - 1
  for (; k >= 0; k--) {
    const { w } = ws[k]
    if (NEGATORS.has(w)) negated = true
    else if (w === 'let' && /^(?:me|us|s)$/.test(ws[k + 1]?.w ?? '')) agentLink = true
    else if (/^(?:happy|glad|pleased|willing)$/.test(w)) agentLink = agentLink || k === 0
    else if (!VERB_CHAIN.has(w) && !/^\p{L}{3,}ly$/u.test(w)) break
  }
  const start = offset + (k >= 0 ? ws[k].start : ws[0]?.start ?? before.length)
  if (k < 0) return { actor: agentLink ? 'agent' : 'none', negated, start }
  const head = ws[k].w
  if (head === 'i' || head === 'we' || agentLink) return { actor: 'agent', negated, start }
  if (head === 'you') return { actor: 'customer', negated, start }
  // "our team will…", "our billing team has…": the agent's side.
  const owner = ws.slice(Math.max(0, k - 3), k).find((x) => x.w === 'our')
  return { actor: owner ? 'agent' : 'other', negated, start }
}

// Words that end a noun phrase before its head could come: prepositions, conjunctions, clause words.
const PHRASE_END = /^(?:to|for|on|in|at|by|with|from|of|so|and|or|but|because|if|as|since|that|which|who|when|then|than|into|onto|until|while|though|although)$/

/**
 * The object after offset `from`: the noun phrase of at most `reach` words (determiners, numbers,
 * modifiers, compounds such as "24-month") up to where it ends, and in it the last word `isHead`
 * accepts: "…the usual 30-day returns window…" → window; "the minimum spend requirement" → requirement.
 */
export function objectAfter(text: string, from: number, isHead: (word: string) => boolean, reach = 5): { end: number; head: string } | undefined {
  const rest = clauseAfter(text, from)
  let found: { end: number; head: string } | undefined
  let n = 0
  for (const m of rest.matchAll(PHRASE_WORD)) {
    const word = normal(m[0]).replace(/'s$/, '')
    // A compound counts by its last part too: "cut-off", "lock-in" (listed), "late-payment fee" (fee).
    const head = isHead(word) ? word : isHead(word.replace(/^.*-/, '')) ? word.replace(/^.*-/, '') : undefined
    if (head) found = { end: from + (m.index ?? 0) + m[0].length, head }
    else if (PHRASE_END.test(word)) break
    if (++n >= reach) break
  }
  return found
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
