/**
 * Plaintext to the same blocks as markdown. A `#` or `*` at a line start is
 * not markup; `>` lines are the customer's quoted words; a blank line ends a
 * paragraph; a list marker starts a list item; a ``` fence is code; an HTML
 * comment on a line of its own is a directive or a note, never prose.
 */
import type { Span } from '../types.js'
import { type Block, type Structure, ViewWriter } from './blocks.js'
import { type Line, splitLines } from './regions.js'
import { TextView } from './text-view.js'

const QUOTE = /^\s*>/
const LIST = /^\s*(?:[-*•·]|\(?\d{1,3}[.)]|\(?[a-z][.)]|\d{1,3}[a-z][.)])\s+/
const ORDERED = /^\s*\(?(?:\d|[a-z][.)])/
const FENCE = /^\s{0,3}(`{3,}|~{3,})/
const COMMENT_LINE = /^\s*<!--([\s\S]*?)-->\s*$/

export function parsePlaintext(source: string, limit: number, inline: Span[]): Structure {
  const out: Structure = { blocks: [], regions: [], comments: [] }
  const writer = new ViewWriter(source, inline)
  const lines = splitLines(source.slice(0, limit))
  let para: Line[] = []
  let ordered: boolean | undefined
  let fence: { marker: string; start: number } | undefined
  let quote: Span | undefined

  const flush = () => {
    if (para.length) out.blocks.push(toBlock(para, ordered, source, writer))
    para = []
    ordered = undefined
  }
  const endQuote = () => {
    if (quote) out.regions.push({ ...quote, kind: 'quote' })
    quote = undefined
  }

  for (const line of lines) {
    const fenceMatch = FENCE.exec(line.text)
    if (fence) {
      if (fenceMatch && fenceMatch[1][0] === fence.marker) {
        out.regions.push({ start: fence.start, end: line.end, kind: 'code' })
        fence = undefined
      }
      continue
    }
    if (fenceMatch) {
      flush()
      endQuote()
      fence = { marker: fenceMatch[1][0], start: line.start }
      continue
    }
    if (QUOTE.test(line.text)) {
      flush()
      quote = quote ? { start: quote.start, end: line.end } : { start: line.start, end: line.end }
      continue
    }
    endQuote()
    const comment = COMMENT_LINE.exec(line.text)
    if (comment) {
      flush()
      out.comments.push({ start: line.start, end: line.end, value: comment[1].trim() })
      out.regions.push({ start: line.start, end: line.end, kind: 'comment' })
      continue
    }
    if (line.text.trim() === '') {
      flush()
      continue
    }
    if (LIST.test(line.text)) {
      flush()
      ordered = ORDERED.test(line.text)
    }
    para.push(line)
  }
  flush()
  endQuote()
  // An unclosed fence runs to the end, as in CommonMark.
  if (fence) out.regions.push({ start: fence.start, end: limit, kind: 'code' })
  return out
}

function toBlock(lines: Line[], ordered: boolean | undefined, source: string, writer: ViewWriter): Block {
  const view = new TextView()
  const first = lines[0]
  const start = first.start + (first.text.length - first.text.trimStart().length)
  const last = lines[lines.length - 1]
  const end = last.start + last.text.trimEnd().length
  writer.add(view, start, end)
  const block: Block = { type: ordered === undefined ? 'paragraph' : 'list-item', span: { start, end }, view }
  if (ordered !== undefined) block.ordered = ordered
  return block
}
