/**
 * HTML bodies (Help Scout `text`, Freshdesk `content_html`, osTicket `<br>` templates, `.html`
 * drafts) through rehype-parse. The reply keeps its HTML source as `text`; rules read a derived
 * plain text ("projection") made of the text nodes only, so markup is never flagged:
 * - whitespace runs collapse to one space, as a browser renders them (not inside `<pre>`);
 * - `<br>` is a line break, `<li>`/`<tr>`/`<dt>`/`<dd>` start a line, and block elements
 *   (`<p>`, `<div>`, headings, lists, `<blockquote>`, `<table>`, `<hr>`…) a paragraph;
 * - entities are decoded (`&amp;` → `&`, `&nbsp;` → a space), each mapped to its `&`;
 * - `<script>`, `<style>`, `<head>`, comments and attributes (link targets) never appear.
 * Every projected unit maps to an offset in the HTML source; `<blockquote>` and `<pre>`/`<code>`
 * come back as regions (quoted customer text and code are not the agent's prose).
 */
import type { Element, Nodes, Root, Text } from 'hast'
import { type Mapped, MappedBuilder, align } from './mapped.js'

export interface HtmlProjection {
  mapped: Mapped
  regions: Array<{ start: number; end: number; kind: 'quote' | 'code' }>
}

const SKIP = new Set(['script', 'style', 'template', 'head', 'title', 'noscript', 'iframe', 'object', 'svg'])
const LINE = new Set(['li', 'tr', 'dt', 'dd', 'option', 'figcaption', 'summary'])
const BLOCK = new Set(('address article aside blockquote body center dd details dialog dir div dl fieldset figure footer form ' +
  'h1 h2 h3 h4 h5 h6 header hgroup hr html legend main menu nav ol p pre section table tbody thead tfoot ul').split(' '))
const SPACE = /[ \t\n\r\f]/

/** Whether a string body is HTML rather than text with a stray `<`. */
export function looksLikeHtml(text: string): boolean {
  return /<(?:p|br|div|span|a|strong|em|b|i|u|ul|ol|li|h[1-6]|table|tr|td|img|blockquote|hr|font|pre|code)\b[^<>]*\/?>|<\/(?:p|div|span|a|strong|em|b|li|ul|ol|td)>/i.test(text)
}

export async function projectHtml(html: string): Promise<HtmlProjection> {
  const [{ unified }, { default: rehypeParse }, { decodeNamedCharacterReference }] = await Promise.all([
    import('unified'),
    import('rehype-parse'),
    import('decode-named-character-reference'),
  ])
  const tree = unified().use(rehypeParse, { fragment: true }).parse(html) as Root
  const w = new Writer(html, decodeNamedCharacterReference)
  w.walk(tree)
  w.end()
  return { mapped: w.out.finish(w.lastEnd), regions: w.regions }
}

type Decode = (name: string) => string | false

class Writer {
  readonly out = new MappedBuilder()
  readonly regions: HtmlProjection['regions'] = []
  lastEnd = 0
  private pending = 0
  private pendingAt = 0
  private pre = 0
  /** trailing collapsible spaces written, dropped before a break */
  private spaces = 0

  constructor(
    private readonly html: string,
    private readonly decode: Decode,
  ) {}

  walk(node: Nodes): void {
    if (node.type === 'text') return this.text(node)
    if (node.type !== 'element' && node.type !== 'root') return // comments, doctype
    if (node.type === 'element' && SKIP.has(node.tagName)) return
    const tag = node.type === 'element' ? node.tagName : ''
    const at = node.position?.start.offset ?? this.lastEnd
    // Each <br> is one more line break: two in a row make a blank line (osTicket's `<br>\n<br>`).
    if (tag === 'br') return this.lineBreak(at)
    if (tag === 'hr') return this.brk(2, at)
    const level = BLOCK.has(tag) ? 2 : LINE.has(tag) ? 1 : 0
    if (level) this.brk(level, at)
    const regionKind = tag === 'blockquote' ? 'quote' : tag === 'pre' || tag === 'code' ? 'code' : undefined
    const before = this.out.length
    if (tag === 'pre') this.pre++
    for (const child of (node as Element).children) this.walk(child as Nodes)
    if (tag === 'pre') this.pre--
    if (regionKind) this.region(regionKind, before)
    if (level) this.brk(level, node.position?.end.offset ?? this.lastEnd)
  }

  /** The region from where the element's own text begins (after any break written for it). */
  private region(kind: 'quote' | 'code', before: number): void {
    const text = this.out.text()
    let start = Math.min(before, text.length)
    while (start < text.length && /\s/.test(text[start])) start++
    if (start < text.length) this.regions.push({ start, end: text.length, kind })
  }

  private lineBreak(at: number): void {
    if (!this.pending) this.pendingAt = at
    this.pending = Math.min(2, this.pending + 1)
  }

  private brk(level: number, at: number): void {
    if (level > this.pending) this.pendingAt = at
    this.pending = Math.max(this.pending, level)
  }

  /** Trailing collapsed space at the very end is no text. */
  end(): void {
    this.out.pop(this.spaces)
    this.spaces = 0
  }

  /** Writes a pending break before visible text (never at the very start). */
  private flush(): void {
    if (!this.pending) return
    if (this.out.length) {
      this.out.pop(this.spaces)
      this.out.atom('\n'.repeat(this.pending), this.pendingAt, this.pendingAt)
    }
    this.spaces = 0
    this.pending = 0
  }

  private text(node: Text): void {
    const start = node.position?.start.offset
    const end = node.position?.end.offset
    if (start === undefined || end === undefined) return
    const decoded = this.decodeText(start, end, node.value)
    const { text, offsets, ends } = decoded
    for (let i = 0; i < text.length; i++) {
      const c = text[i]
      if (!this.pre && SPACE.test(c)) {
        // Collapse: one space for a run, none at the start of a block or after a break.
        const last = this.out.lastChar()
        if (this.pending || !this.out.length || last === ' ' || last === '\n') continue
        this.out.atom(' ', offsets[i], ends[i])
        this.spaces = 1
        continue
      }
      this.flush()
      this.out.atom(c === '\u00a0' ? ' ' : c, offsets[i], ends[i])
      this.spaces = 0
    }
    this.lastEnd = end
  }

  /** The text node's value with each unit mapped to its source (entities to their `&`). */
  private decodeText(start: number, end: number, value: string): Mapped {
    const src = this.html
    const b = new MappedBuilder()
    let i = start
    while (i < end) {
      if (src[i] === '&') {
        const m = /^&(#[xX][0-9a-fA-F]+|#\d+|[A-Za-z][A-Za-z0-9]*);?/.exec(src.slice(i, Math.min(end, i + 40)))
        const decoded = m ? this.entity(m[1]) : undefined
        if (m && decoded !== undefined && value.startsWith(decoded, b.length)) {
          b.atom(decoded, i, i + m[0].length)
          i += m[0].length
          continue
        }
      }
      b.copy(src, i, i + 1)
      i++
    }
    const mapped = b.finish(end)
    return mapped.text === value ? mapped : align(value, src, start, end)
  }

  private entity(name: string): string | undefined {
    if (name[0] !== '#') return this.decode(name) || undefined
    const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10)
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '\ufffd'
  }
}
