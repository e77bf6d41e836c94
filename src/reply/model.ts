/**
 * The Reply model: what rules query instead of re-parsing. It knows the
 * greeting, the opening, the prose paragraphs and sentences, the sign-off, and
 * every span that is not the agent's prose (RULES.md, first section).
 */
import type { ReplyFormat, ReplyKind, Span } from '../types.js'
import type { Block, BlockType, Comment } from './blocks.js'
import { parseMarkdown } from './markdown.js'
import { type Placeholder, findPlaceholders } from './placeholders.js'
import { parsePlaintext } from './plaintext.js'
import { type Region, findSignOff, findSignature, findUrls, normalise, splitLines } from './regions.js'
import { splitSentences } from './sentences.js'
import type { TextView } from './text-view.js'

export interface Sentence {
  /** The sentence's prose; non-prose spans appear as one U+FFFC each. */
  text: string
  span: Span
  paragraph: Paragraph
  /** Position among all sentences of the reply. */
  index: number
  /** File span of [start, end) in `text`. */
  spanOf(start: number, end: number): Span
}

export interface Paragraph {
  type: BlockType
  span: Span
  /** The whole block's prose, greeting included. */
  text: string
  view: TextView
  ordered?: boolean
  sentences: Sentence[]
  index: number
}

export interface Opening {
  /** From the first to the last sentence of the opening; empty at the reply's start if there is no prose. */
  span: Span
  sentences: Sentence[]
}

export interface Reply {
  /** The file's text (BOM removed); every span indexes into it. */
  source: string
  format: ReplyFormat
  kind: ReplyKind
  greeting?: Span
  paragraphs: Paragraph[]
  sentences: Sentence[]
  opening: Opening
  signOff?: Span
  signature?: Span
  /** Every non-prose span, sorted. */
  regions: Region[]
  placeholders: Placeholder[]
  /** HTML comments (`<!-- … -->`), where inline directives live. */
  comments: Comment[]
  /** Offset where the agent's prose ends (before the sign-off and signature). */
  end: number
  /** Whether [start, end) lies in the agent's prose (touches no non-prose region). */
  isProse(span: Span): boolean
}

export interface ReplyOptions {
  format?: ReplyFormat
  kind?: ReplyKind
  /** How many sentences the opening reaches at least (RULES.md: two). */
  openingSentences?: number
  /**
   * More non-prose spans, known from outside the text (issue 6: a collection reply's paragraphs in
   * another language, an HTML body's quotes and code): prose blocks inside one are dropped, and a
   * part of a block becomes one token, as a placeholder does.
   */
  regions?: Region[]
}

const GREETING =
  /^[\s*_]*(?:hi|hello|hey|hiya|howdy|dear|greetings|good (?:morning|afternoon|evening|day)|hallo|heya|yo)\b(?:[ \t]+[^\s.!?,:;—\n]+){0,5}?[ \t]*(?:[,!.:;—]|(?=\n)|$)/i

export function buildReply(source: string, options: ReplyOptions = {}): Reply {
  const format = options.format ?? 'markdown'
  const lines = splitLines(source)
  const signatureStart = findSignature(lines)
  const proseLimit = signatureStart ?? source.length
  const signOffStart = findSignOff(lines, proseLimit)
  const end = signOffStart ?? proseLimit

  const placeholders = findPlaceholders(source)
  const urls = findUrls(source)
  const extra = options.regions ?? []
  const inline = normalise<Span>([...placeholders, ...urls, ...byLine(extra, lines)])
  const structure = format === 'plaintext' ? parsePlaintext(source, end, inline) : parseMarkdown(source, end, inline)
  if (extra.length) structure.blocks = structure.blocks.filter((b) => !extra.some((r) => r.start <= b.span.start && b.span.end <= r.end))

  const regions: Region[] = [
    ...structure.regions,
    ...urls,
    ...placeholders.map((p): Region => ({ start: p.start, end: p.end, kind: 'placeholder' })),
    ...extra,
  ]
  let signature: Span | undefined
  let signOff: Span | undefined
  if (signatureStart !== undefined) {
    signature = { start: signatureStart, end: source.length }
    regions.push({ ...signature, kind: 'signature' })
  }
  if (signOffStart !== undefined) {
    signOff = { start: signOffStart, end: signOffStart + source.slice(signOffStart, proseLimit).trimEnd().length }
    regions.push({ ...signOff, kind: 'sign-off' })
  }
  regions.sort((a, b) => a.start - b.start || b.end - a.end)

  const paragraphs: Paragraph[] = []
  const sentences: Sentence[] = []
  let greeting: Span | undefined
  structure.blocks.forEach((block, blockIndex) => {
    const paragraph = toParagraph(block, paragraphs.length)
    let from = 0
    if (blockIndex === 0 && block.type !== 'heading') {
      const m = GREETING.exec(block.view.text)
      if (m) {
        greeting = block.view.span(m[0].length - m[0].trimStart().length, m[0].length)
        from = m[0].length
      }
    }
    for (const [a, b] of splitSentences(block.view.text, from)) {
      const sentence = makeSentence(paragraph, a, b, sentences.length)
      paragraph.sentences.push(sentence)
      sentences.push(sentence)
    }
    // A greeting alone ("Hi Sam,") opens the reply but is no paragraph of prose.
    if (paragraph.sentences.length) paragraphs.push(paragraph)
  })

  const opening = openingOf(sentences, options.openingSentences ?? 2, greeting?.end ?? 0)
  return {
    source,
    format,
    kind: options.kind ?? 'draft',
    greeting,
    paragraphs,
    sentences,
    opening,
    signOff,
    signature,
    regions,
    placeholders,
    comments: structure.comments,
    end,
    isProse: (span) => !overlapsAny(regions, span),
  }
}

function toParagraph(block: Block, index: number): Paragraph {
  const p: Paragraph = { type: block.type, span: block.span, text: block.view.text, view: block.view, sentences: [], index }
  if (block.ordered !== undefined) p.ordered = block.ordered
  return p
}

function makeSentence(paragraph: Paragraph, start: number, end: number, index: number): Sentence {
  const view = paragraph.view
  return {
    text: view.text.slice(start, end),
    span: view.span(start, end),
    paragraph,
    index,
    spanOf: (a, b) => view.span(start + a, start + b),
  }
}

/**
 * RULES.md: the opening runs to the end of the first paragraph or the end of
 * the `count`-th sentence, whichever reaches further.
 */
function openingOf(sentences: Sentence[], count: number, fallback: number): Opening {
  if (sentences.length === 0) return { span: { start: fallback, end: fallback }, sentences: [] }
  const first = sentences[0].paragraph
  const picked = sentences.filter((s, i) => s.paragraph === first || i < count)
  return { span: { start: picked[0].span.start, end: picked[picked.length - 1].span.end }, sentences: picked }
}

/** Extra regions cut at line ends, so a token never reaches past the block it stands in. */
function byLine(regions: Region[], lines: Array<Span>): Span[] {
  const out: Span[] = []
  for (const r of regions) {
    for (const line of lines) {
      if (line.end < r.start) continue
      if (line.start >= r.end) break
      const start = Math.max(r.start, line.start)
      const end = Math.min(r.end, line.end)
      if (end > start) out.push({ start, end })
    }
  }
  return out
}

function overlapsAny(regions: Region[], span: Span): boolean {
  for (const r of regions) {
    if (r.start >= span.end) break
    if (r.end > span.start) return true
  }
  return false
}
