/** Markdown (unified + remark-parse) to blocks and regions, positions kept against the file. */
import type { Nodes, Parent, PhrasingContent, Root } from 'mdast'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import type { Span } from '../types.js'
import { type Block, type Comment, type Structure, ViewWriter } from './blocks.js'
import type { Region } from './regions.js'
import { TextView } from './text-view.js'

const parser = unified().use(remarkParse)

/** Parses `source.slice(0, limit)`; `inline` lists placeholder and URL spans to cut out of prose. */
export function parseMarkdown(source: string, limit: number, inline: Span[]): Structure {
  const tree = parser.parse(source.slice(0, limit)) as Root
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

const COMMENT = /<!--([\s\S]*?)-->/g

function addHtml(value: string, start: number, end: number, out: Structure): void {
  const region: Region = { start, end, kind: 'html' }
  COMMENT.lastIndex = 0
  for (let m = COMMENT.exec(value); m; m = COMMENT.exec(value)) {
    const comment: Comment = { start: start + m.index, end: start + m.index + m[0].length, value: m[1].trim() }
    out.comments.push(comment)
  }
  out.regions.push(region)
}
