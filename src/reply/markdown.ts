/** Markdown (unified + remark-parse) to blocks and regions, positions kept against the file. */
import type { Nodes, Parent, PhrasingContent, Root } from 'mdast'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import type { Span } from '../types.js'
import { type Block, type Comment, type Structure, ViewWriter } from './blocks.js'
import { checkNesting, hasHeavyParagraph } from './limits.js'
// Makes micromark's container handling linear; imported for its effect (issue 8).
import './micromark-patch.js'
import { parsePlaintext } from './plaintext.js'
import type { Region } from './regions.js'
import { TextView } from './text-view.js'

const parser = unified().use(remarkParse)

/** Parses `source.slice(0, limit)`; `inline` lists placeholder and URL spans to cut out of prose. */
export function parseMarkdown(source: string, limit: number, inline: Span[]): Structure {
  const text = source.slice(0, limit)
  // Before parsing: micromark is quadratic in the depth one line opens, and walkBlocks recurses per level.
  checkNesting(text)
  // A paragraph of thousands of `*`, `_` or `[`: micromark would take minutes; plain text keeps positions.
  if (hasHeavyParagraph(text)) return parsePlaintext(source, limit, inline)
  const tree = parser.parse(text) as Root
  const out: Structure = { blocks: [], regions: [], comments: [] }
  const writer = new ViewWriter(source, inline)
  walkBlocks(tree, out, writer, source)
  return out
}

function startOf(node: Nodes): number {
  return node.position!.start.offset!
}
function endOf(node: Nodes): number {
  return node.position!.end.offset!
}

function walkBlocks(parent: Parent, out: Structure, writer: ViewWriter, source: string, ordered?: boolean): void {
  for (const node of parent.children as Nodes[]) {
    switch (node.type) {
      case 'blockquote':
        out.regions.push({ start: startOf(node), end: endOf(node), kind: 'quote' })
        break
      case 'code':
        out.regions.push({ start: startOf(node), end: endOf(node), kind: 'code' })
        break
      case 'html':
        addHtml(node.value, startOf(node), endOf(node), out)
        break
      case 'list':
        walkBlocks(node, out, writer, source, node.ordered ?? false)
        break
      case 'listItem':
        walkBlocks(node, out, writer, source, ordered)
        break
      case 'paragraph':
      case 'heading': {
        const view = new TextView()
        for (const child of node.children) walkInline(child, view, out, writer)
        const type = node.type === 'heading' ? 'heading' : ordered === undefined ? 'paragraph' : 'list-item'
        const block: Block = { type, span: { start: startOf(node), end: endOf(node) }, view }
        if (ordered !== undefined) block.ordered = ordered
        if (view.text.trim()) out.blocks.push(block)
        break
      }
      default:
        // thematic breaks, definitions, tables of other flavours: no prose of the agent's
        if ('children' in node) walkBlocks(node as Parent, out, writer, source, ordered)
    }
  }
}

function walkInline(node: PhrasingContent, view: TextView, out: Structure, writer: ViewWriter): void {
  switch (node.type) {
    case 'text':
      writer.add(view, startOf(node), endOf(node))
      break
    case 'inlineCode':
      out.regions.push({ start: startOf(node), end: endOf(node), kind: 'inline-code' })
      view.addToken(startOf(node), endOf(node))
      break
    case 'break':
      view.addGap('\n', startOf(node))
      break
    case 'html':
      addHtml(node.value, startOf(node), endOf(node), out)
      break
    case 'image':
    case 'imageReference':
      out.regions.push({ start: startOf(node), end: endOf(node), kind: 'html' })
      view.addToken(startOf(node), endOf(node))
      break
    default:
      // emphasis, strong, delete, links: their text is prose, their markers and URLs are not
      if ('children' in node) for (const child of node.children) walkInline(child, view, out, writer)
  }
}

function addHtml(value: string, start: number, end: number, out: Structure): void {
  const region: Region = { start, end, kind: 'html' }
  // indexOf, not /<!--([\s\S]*?)-->/g: that rescans the rest of the node from every unclosed
  // "<!--", and an unclosed comment block runs to the end of the file (issue 8).
  for (let at = value.indexOf('<!--'); at >= 0; ) {
    const close = value.indexOf('-->', at + 4)
    if (close < 0) break
    const comment: Comment = { start: start + at, end: start + close + 3, value: value.slice(at + 4, close).trim() }
    out.comments.push(comment)
    at = value.indexOf('<!--', close + 3)
  }
  out.regions.push(region)
}
