/**
 * Markdown collections (SAVED_REPLIES.md, reply-templates.mdx): one reply per heading whose
 * section holds text or fences (issue 6). Sections come from remark's top-level nodes, so a
 * heading-like line inside a fence never splits a reply.
 *
 * Two readings of a section:
 * - fenced: each fenced block of prose (no info string, or markdown/text) is one reply; several
 *   in one section are variants; the prose around them (descriptions such as "> When PR is
 *   invalid.") is not a reply;
 * - text: the section's own content (up to the next heading) is the reply, fences included as code.
 * `mode` forces one reading for the whole file. Left out, each section is read by what it holds:
 * fenced when its prose fences outweigh its other prose (a reply that merely contains a command,
 * like prometheus's DCO, stays text), else text. In a file where fenced sections are the majority,
 * a text section is documentation ("How to use these", a "Star Level Guide" table), not a reply.
 */
import type { Root, RootContent } from 'mdast'
import { InputLimitError, MAX_INLINE_MARKERS, checkNesting, hasHeavyParagraph } from '../reply/limits.js'
import { type Mapped, MappedBuilder, align, identity } from './mapped.js'

export interface MarkdownEntry {
  title: string
  titleOffset: number
  body: Mapped
  format: 'markdown' | 'plaintext'
  variant?: number
  path: string[]
}

export interface MarkdownOptions {
  headingDepth?: number
  mode?: 'fence' | 'text'
}

interface Section {
  title: string
  titleOffset: number
  path: string[]
  /** Content blocks up to the next reply heading. */
  nodes: Outline[]
}

/**
 * What the reader keeps of a top-level block: one flat record. A 10 MB library has ~100,000
 * blocks, all held until its sections are known; as remark's nodes (positions, points, a heading's
 * or a paragraph's first inline) they took ~130 MiB, most of the run's peak memory (issue 7).
 */
interface Outline {
  type: RootContent['type']
  /** Offsets in the parsed text (after any front matter). */
  start: number
  end: number
  column: number
  /** A heading's depth. */
  depth?: number
  /** A heading's text: from its first inline's start to its last one's end; undefined if it has none. */
  title?: [number, number]
  /** A code block's info string and content. */
  lang?: string | null
  value?: string
  /** A paragraph that opens with text: that text's first characters. */
  lead?: string
}

const PROSE_LANGS = new Set(['', 'markdown', 'md', 'mdx', 'text', 'txt', 'plaintext', 'plain', 'email'])
const FRONT_MATTER = /^(---|\+\+\+)[ \t]*\r?\n[\s\S]*?\r?\n\1[ \t]*(?:\r?\n|$)/
const MDX_STATEMENT = /^(?:import|export)\s/
/**
 * Characters of an inline's text the reader keeps: enough for MDX_STATEMENT, and under 13, the
 * length from which V8 makes a slice that points into (and keeps alive) the whole string.
 */
const VALUE_KEPT = 12

/**
 * The reader needs a library's blocks, not their inline markup: each reply is parsed again, whole,
 * when it is linted. Without emphasis, links, inline code, inline HTML and autolinks, a heading's or
 * a paragraph's text is one text node over the same span (escapes and character references still
 * read as remark reads them), and the reader's pass over a library is a fifth cheaper (issue 7).
 */
export const OUTLINE_ONLY = { disable: { null: ['attention', 'autolink', 'codeText', 'hardBreakEscape', 'htmlText', 'labelEnd', 'labelStartImage', 'labelStartLink'] } }

/** `undefined` when the file has no heading at all (the caller then reads it as one reply). */
export async function readMarkdown(text: string, options: MarkdownOptions): Promise<MarkdownEntry[] | undefined> {
  const [{ unified }, { default: remarkParse }] = await Promise.all([import('unified'), import('remark-parse')])
  // micromark is quadratic in nesting depth and in one paragraph's inline markers (issue 8): refuse
  // such a file before parsing (readCollection makes it the file's parse error).
  checkNesting(text)
  if (hasHeavyParagraph(text)) throw new InputLimitError(`a paragraph holds more than ${MAX_INLINE_MARKERS} inline markers (* _ [ ] and the like)`, 0)
  // Front matter is metadata; parsing it as markdown would turn `---` into a setext heading.
  const base = FRONT_MATTER.exec(text)?.[0].length ?? 0
  const parser = unified().use(remarkParse).data('micromarkExtensions', [OUTLINE_ONLY])
  const children = topLevelBlocks((piece) => parser.parse(piece) as Root, text.slice(base), outline)
  if (!children.some((n) => n.type === 'heading')) return undefined
  const sections = sectionsOf(text, base, children, options.headingDepth).filter((s) => s.nodes.some(meaningful))
  const fenced = sections.filter((s) => isFenced(s, text, base))
  const fencedLibrary = fenced.length * 2 > sections.length
  const out: MarkdownEntry[] = []
  for (const s of sections) {
    const reading = options.mode ?? (fenced.includes(s) ? 'fence' : fencedLibrary ? 'skip' : 'text')
    if (reading === 'skip') continue
    if (reading === 'fence') {
      const fences = s.nodes.filter((n) => isProseFence(text, base, n))
      fences.forEach((fence, v) => {
        const lang = (fence.lang ?? '').toLowerCase()
        out.push({
          title: s.title,
          titleOffset: s.titleOffset,
          body: fenceBody(text, base, fence),
          format: lang === 'text' || lang === 'txt' || lang === 'plaintext' || lang === 'plain' ? 'plaintext' : 'markdown',
          path: s.path,
          ...(fences.length > 1 ? { variant: v } : {}),
        })
      })
      continue
    }
    const kept = s.nodes.filter(meaningful)
    const start = base + kept[0].start
    const end = base + kept[kept.length - 1].end
    out.push({ title: s.title, titleOffset: s.titleOffset, body: identity(text, start, end), format: 'markdown', path: s.path })
  }
  return out
}

/** A line that is an ATX heading at column 0: `#` to `######`, then a space, a tab or the line's end. */
const HEADING_LINE = /\n(?=#{1,6}(?:[ \t]|\r?\n|$))/g

/**
 * The document's top-level blocks, as one remark parse of `text` gives them, with positions in
 * `text`. remark over a whole library grows faster than linearly (issue 7: a 10 MB file takes
 * minutes), so the text is parsed in pieces cut before each heading line at column 0. Such a line
 * ends any paragraph, list or quote before it; only two blocks can run on across it, a fence left
 * open and an HTML block with no blank line after it, and then the next piece is parsed together
 * with this one, so every cut kept is one the whole parse would also make.
 */
export function topLevelBlocks(parse: (text: string) => Root, text: string): RootContent[]
/** `keep` makes what is kept of each block, from the block and the piece's offset and line in `text`. */
export function topLevelBlocks<T>(parse: (text: string) => Root, text: string, keep: (node: RootContent, offset: number, lines: number) => T): T[]
export function topLevelBlocks<T>(
  parse: (text: string) => Root,
  text: string,
  keep: (node: RootContent, offset: number, lines: number) => T = shifted as never,
): T[] {
  const cuts = [...text.matchAll(HEADING_LINE)].map((m) => m.index + 1)
  cuts.push(text.length)
  const out: T[] = []
  let start = 0
  let line = 1
  for (const [k, end] of cuts.entries()) {
    if (end <= start) continue
    const piece = text.slice(start, end)
    const tree = parse(piece)
    const last = tree.children[tree.children.length - 1]
    if (k < cuts.length - 1 && last && runsOn(piece, last)) continue
    for (const node of tree.children) out.push(keep(node, start, line - 1))
    for (let i = piece.indexOf('\n'); i >= 0; i = piece.indexOf('\n', i + 1)) line++
    start = end
  }
  return out
}

/** Whether the last block of a piece could go on past the piece's end in a whole parse. */
function runsOn(piece: string, node: RootContent): boolean {
  const raw = piece.slice(node.position!.start.offset!, node.position!.end.offset!)
  if (node.type === 'html') return !/\n[ \t]*\r?\n/.test(piece.slice(node.position!.end.offset!))
  if (node.type !== 'code') return false
  const fence = /^ {0,3}(`{3,}|~{3,})/.exec(raw)?.[1]
  if (!fence) return false
  const lines = raw.split(/\r?\n/)
  const closing = new RegExp(`^ {0,3}${fence[0] === '`' ? '`' : '~'}{${fence.length},}[ \\t]*$`)
  return lines.length < 2 || !closing.test(lines[lines.length - 1])
}

/**
 * What readMarkdown reads of a block (see Outline): the rest of the piece's tree is dropped piece
 * by piece, so a 10 MB library never holds its whole syntax tree (issue 7: peak memory).
 */
function outline(node: RootContent, offset: number): Outline {
  const p = node.position!
  const out: Outline = { type: node.type, start: p.start.offset! + offset, end: p.end.offset! + offset, column: p.start.column }
  if (node.type === 'heading') {
    out.depth = node.depth
    const first = node.children[0]
    const last = node.children[node.children.length - 1]
    if (first && last) out.title = [first.position!.start.offset! + offset, last.position!.end.offset! + offset]
  } else if (node.type === 'code') {
    out.lang = node.lang
    out.value = node.value
  } else if (node.type === 'paragraph' && node.children[0]?.type === 'text') {
    // Enough for MDX_STATEMENT: a paragraph's whole text, kept for every reply, held a copy of all its prose.
    out.lead = node.children[0].value.slice(0, VALUE_KEPT)
  }
  return out
}

/** The block itself, its positions moved to `text`'s: what topLevelBlocks keeps by default. */
function shifted(node: RootContent, offset: number, lines: number): RootContent {
  shift(node, offset, lines)
  return node
}

type Positioned = { position?: { start: { line: number; offset?: number }; end: { line: number; offset?: number } }; children?: Positioned[] }

function shift(node: Positioned, offset: number, lines: number): void {
  const p = node.position
  if (p) {
    p.start.offset! += offset
    p.end.offset! += offset
    p.start.line += lines
    p.end.line += lines
  }
  if (node.children) for (const child of node.children) shift(child, offset, lines)
}

function sectionsOf(text: string, base: number, nodes: Outline[], depth: number | undefined): Section[] {
  const sections: Section[] = []
  const stack: Outline[] = []
  const titleOf = (h: Outline) => (h.title ? text.slice(base + h.title[0], base + h.title[1]) : '')
  // A lone `#` heading at the top is the document's title: its text is a preamble (angular-cli).
  const depthOne = nodes.filter((n) => n.type === 'heading' && n.depth === 1)
  const docTitle = depthOne.length === 1 && nodes.find((n) => n.type === 'heading') === depthOne[0] ? depthOne[0] : undefined
  let current: Section | undefined
  for (const node of nodes) {
    const opens = node.type === 'heading' && (depth === undefined || node.depth! <= depth)
    if (!opens) {
      current?.nodes.push(node)
      continue
    }
    const heading = node
    while (stack.length && stack[stack.length - 1].depth! >= heading.depth!) stack.pop()
    const path = stack.map(titleOf)
    stack.push(heading)
    const isReplyHeading = heading !== docTitle && (depth === undefined || heading.depth === depth)
    current = isReplyHeading ? { title: titleOf(heading), titleOffset: base + (heading.title?.[0] ?? heading.start), path, nodes: [] } : undefined
    if (current) sections.push(current)
  }
  return sections
}

/** Content that can be a reply: not a thematic break, HTML/JSX, or an MDX import/export line. */
function meaningful(node: Outline): boolean {
  if (node.type === 'thematicBreak' || node.type === 'html' || node.type === 'definition') return false
  if (node.lead !== undefined && MDX_STATEMENT.test(node.lead)) return false
  return true
}

/** A fenced block (not an indented one) whose info string is empty or a prose language. */
function isProseFence(text: string, base: number, node: Outline): boolean {
  if (node.type !== 'code' || !PROSE_LANGS.has((node.lang ?? '').toLowerCase())) return false
  return /^[ \t]*(`{3,}|~{3,})/.test(text.slice(base + node.start, base + node.end))
}

/** A section is a fenced reply when its prose fences hold more text than its other prose. */
function isFenced(s: Section, text: string, base: number): boolean {
  let fenced = 0
  let prose = 0
  for (const n of s.nodes) {
    const length = n.end - n.start
    if (isProseFence(text, base, n)) fenced += length
    else if (n.type === 'paragraph' || n.type === 'list' || n.type === 'table' || n.type === 'code') prose += length
  }
  return fenced > 0 && fenced >= prose
}

/** The fence's content lines, with the fence's own indentation removed, mapped to the file. */
function fenceBody(text: string, base: number, node: Outline): Mapped {
  const start = base + node.start
  const end = base + node.end
  const indent = node.column - 1
  const lines: Array<[number, number]> = []
  for (let i = start; i <= end; ) {
    let j = text.indexOf('\n', i)
    if (j < 0 || j > end) j = end
    lines.push([i, j > i && text[j - 1] === '\r' ? j - 1 : j])
    i = j + 1
  }
  const fence = /^[ \t]*(`{3,}|~{3,})/.exec(text.slice(lines[0][0], lines[0][1]))?.[1] ?? '```'
  const closing = new RegExp(`^[ \\t]*${fence[0] === '`' ? '`' : '~'}{${fence.length},}[ \\t]*$`)
  const last = lines[lines.length - 1]
  const content = lines.length > 1 && closing.test(text.slice(last[0], last[1])) ? lines.slice(1, -1) : lines.slice(1)
  const b = new MappedBuilder()
  content.forEach(([a, z], k) => {
    let from = a
    while (from < z && from - a < indent && text[from] === ' ') from++
    b.copy(text, from, z)
    // The line break as written (`\r\n` stays `\r\n`, as remark keeps it in the value).
    if (k < content.length - 1) b.copy(text, z, content[k + 1][0])
  })
  const mapped = b.finish(content.length ? content[content.length - 1][1] : start)
  return mapped.text === node.value ? mapped : align(node.value!, text, start, end)
}
