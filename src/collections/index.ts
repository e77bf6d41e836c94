/**
 * Collection readers (issue 6): like eslint processors, each turns ONE file's text into many
 * replies, and every offset of a reply's text maps back to the original file.
 *
 * ## Interface
 *
 *   const { format, replies, error } = await readCollection(fileText, { path })
 *
 * - Async because each parser (jsonc-parser, yaml, csv-parse, remark, rehype-parse) is loaded
 *   with a dynamic import on first use: a plain draft run never pays for them.
 * - Pure: no fs, no config, no process. The engine reads the file, picks options (per-glob config,
 *   `--collection FORMAT`) and lints each reply with the kernel.
 * - `error` (malformed JSON, YAML or CSV; or no reply shape found in a JSON/YAML/CSV document)
 *   carries the parse error's offset in `fileText`; `replies` is then empty. Report it as a fatal
 *   diagnostic on the file (exit 2) and go on with the other files.
 * - A leading BOM is skipped when parsing; offsets still index `fileText` as given. (The kernel
 *   strips the BOM before linting; pass the same text to both and positions agree.)
 *
 * ## Each reply (CollectionReply)
 *
 * - `title`: as written (JSON key, `title`/`name` field, heading text, delimiter title); metadata
 *   such as `Category::Title` or `(ver 2)` is kept. Rules never see it (lint `text` only).
 *   `titleOffset`: where it is written in the file (a good place for a notice).
 * - `index`: 0-based position among the file's replies (each variant counts); `variant`: 0-based
 *   position among the fenced variants under one heading, or the strings of one body array, set
 *   only when there are several. `group`: markdown headings above the reply's heading.
 * - `text`: the body as the customer reads it: JSON/YAML/CSV strings unescaped, a markdown fence's
 *   content without its indentation, a markdown section or plaintext block verbatim. `format`
 *   says how to lint it: 'markdown' | 'plaintext' | 'html'.
 * - `toFileOffset(o)`: for EVERY o in 0..text.length, the file offset where text[o] was written
 *   (o = text.length maps just past the last unit). Monotonic. A decoded escape (`\n`, `\u00e9`,
 *   `""`, `&amp;`) maps to its first source character.
 * - `toFileSpan(a, b)`: the exact file span of text [a, b): from where text[a] was written to just
 *   after text[b - 1]'s source. Use it for diagnostics: `toFileOffset(b)` would be where the NEXT
 *   unit starts, past a closing quote, an escape or markup in between.
 * - HTML (`format: 'html'`): `text` is the HTML source (so fixes and positions stay in the markup
 *   the team wrote), and `plain` is what rules should read: text nodes only, `<br>` as a line
 *   break, blocks as paragraph breaks, entities decoded (see html.ts). Lint `plain.text` as
 *   plaintext; map a span with `plain.toFileOffset` (or `plain.toTextOffset` into `text`).
 *   `plain.regions` lists `<blockquote>` (quote) and `<pre>`/`<code>` (code) spans in `plain.text`,
 *   to be treated as non-prose regions. Markup is never in `plain.text`, so it is never flagged.
 * - `excluded`: spans of the LINT TEXT (`plain.text` for HTML, else `text`) that are not English in
 *   a bilingual body: treat them as non-prose regions (like a quote), or at least drop
 *   diagnostics inside them. The English paragraphs are linted.
 * - `notice`: the reply should be skipped with one notice (severity 0, no ruleId) unless configured
 *   otherwise: 'internal-note' (Zendesk `comment_mode_is_public: false`, Gorgias
 *   `addInternalNote`, `public: false`; lint with --include-internal), 'not-lintable' (empty, or
 *   only an indirection such as `{{dc.refund_text}}` or `[[SCRIPT=…]]`), 'not-english'. `detail`
 *   says why in words, for the notice's message. Only the first that applies is given, in that order.
 *
 * ## Formats (`options.format`, else detectFormat: extension, then content)
 *
 * json, yaml, csv: shapes.ts (flat map, arrays/maps of objects, Zendesk/Freshdesk/Help Scout/
 * Intercom/Front/Gorgias, refined-saved-replies, osTicket, header-row CSV with `actions_json`);
 * `select` for any other shape. markdown: markdown.ts (`headingDepth`, `mode`). plaintext:
 * plaintext.ts (`delimiter`). html: the whole file is one reply. A markdown file without headings
 * or a plaintext file without delimiter lines is one reply titled by its file name (one file per
 * reply).
 */
import picomatch from 'picomatch'
import { InputLimitError } from '../reply/limits.js'
import type { Span } from '../types.js'
import type { LanguageOptions } from './language.js'
import { type Mapped, identity } from './mapped.js'
import type { Select } from './shapes.js'

export type CollectionFormat = 'json' | 'yaml' | 'csv' | 'markdown' | 'plaintext' | 'html'
export type BodyFormat = 'markdown' | 'plaintext' | 'html'
export type CollectionNotice = 'internal-note' | 'not-lintable' | 'not-english'
export type { Select } from './shapes.js'
export type { LanguageOptions } from './language.js'

export interface PlainText {
  /** The text a customer reads in the rendered HTML. */
  text: string
  /** Offset in `plain.text` → offset in the reply's `text` (the HTML source). */
  toTextOffset(offset: number): number
  /** Offset in `plain.text` → offset in the file. */
  toFileOffset(offset: number): number
  /** Span in `plain.text` → exact span in the file (see CollectionReply.toFileSpan). */
  toFileSpan(start: number, end: number): Span
  regions: Array<Span & { kind: 'quote' | 'code' }>
}

export interface CollectionReply {
  title: string
  titleOffset: number
  index: number
  variant?: number
  group?: string[]
  text: string
  format: BodyFormat
  toFileOffset(offset: number): number
  toFileSpan(start: number, end: number): Span
  plain?: PlainText
  excluded?: Span[]
  notice?: CollectionNotice
  detail?: string
}

export interface ReadOptions {
  /** The file's path: its extension picks the format, its name titles a one-reply file. */
  path: string
  format?: CollectionFormat
  /** plaintext: a line that starts a reply; group 1 (or a group named `title`) is its title. */
  delimiter?: RegExp
  /** markdown: only headings of this depth open replies (deeper ones belong to the reply). */
  headingDepth?: number
  /** markdown: 'fence' (each fenced block is a reply) or 'text' (the section is the reply); default: detected. */
  mode?: 'fence' | 'text'
  /** json/yaml/csv: paths to the replies, their titles and bodies (see tree.ts for the syntax). */
  select?: Select
  /** false: never mark a reply as not English. */
  language?: false | LanguageOptions
}

export interface CollectionResult {
  format: CollectionFormat
  replies: CollectionReply[]
  error?: { message: string; offset: number }
}

/** Markdown and text files are drafts unless their name says collection (issue 6). */
export const DEFAULT_COLLECTION_PATTERNS = ['**/*{replies,macros,saved-replies,canned-responses,SAVED_REPLIES}*.{md,markdown,txt}']
const ALWAYS = /\.(json|jsonc|ya?ml|csv|tsv|html?)$/i

// Compiled once per pattern list: a directory walk asks for every file.
const matchers = new Map<string, (path: string) => boolean>()

/** Whether a path is read as a collection by default: JSON, YAML, CSV, HTML, or a matching name. */
export function isCollectionFile(path: string, patterns: string[] = DEFAULT_COLLECTION_PATTERNS): boolean {
  if (ALWAYS.test(path)) return true
  const key = patterns.join('\0')
  let match = matchers.get(key)
  if (!match) matchers.set(key, (match = picomatch(patterns, { dot: true })))
  return match(path.replace(/\\/g, '/'))
}

/** The format by extension; for markdown and unknown extensions, by content. */
export function detectFormat(path: string, text: string): CollectionFormat {
  const ext = /\.([^./\\]+)$/.exec(path)?.[1]?.toLowerCase() ?? ''
  if (ext === 'json' || ext === 'jsonc') return 'json'
  if (ext === 'yml' || ext === 'yaml') return 'yaml'
  if (ext === 'csv' || ext === 'tsv') return 'csv'
  if (ext === 'html' || ext === 'htm') return 'html'
  if (ext === 'txt' || ext === 'text') return 'plaintext'
  if (!['md', 'markdown', 'mdx'].includes(ext)) {
    if (/^\s*[[{]/.test(text)) return 'json'
    if (/^\s*</.test(text)) return 'html'
  }
  return looksDelimited(text) ? 'plaintext' : 'markdown'
}

/** `---- TITLE` lines (outside fences) outnumber markdown headings: a delimited file named `.md`. */
function looksDelimited(text: string): boolean {
  let fenced = false
  let titled = 0
  let headings = 0
  for (const line of text.split(/\r?\n/)) {
    if (/^ {0,3}(```|~~~)/.test(line)) fenced = !fenced
    if (fenced) continue
    if (/^(?:-{3,}|={3,})[ \t]+\S|^#{3,}[^#\s]/.test(line)) titled++
    else if (/^ {0,3}#{1,6}[ \t]/.test(line)) headings++
  }
  return titled >= 2 && titled > headings
}

export async function readCollection(fileText: string, options: ReadOptions): Promise<CollectionResult> {
  const bom = fileText.startsWith('\uFEFF') ? 1 : 0
  const text = bom ? fileText.slice(1) : fileText
  const format = options.format ?? detectFormat(options.path, text)
  // A document nested thousands deep ("[[[[…") overflows a recursive parser's stack, and markdown past
  // the limits of reply/limits.ts is refused: a parse error of this file, not a crash of the run (issue 8).
  const { drafts, error } = await readDrafts(format, text, options).catch((e: unknown) => {
    if (e instanceof InputLimitError) return { drafts: [], error: { message: `cannot read it: ${e.message}`, offset: e.offset } }
    if (!(e instanceof RangeError)) throw e
    return { drafts: [], error: { message: `cannot read it: nested too deeply (${e.message})`, offset: 0 } }
  })
  if (error) return { format, replies: [], error: { message: error.message, offset: error.offset + bom } }
  const { finish, voteFormat } = await import('./finish.js')
  voteFormat(drafts)
  const replies: CollectionReply[] = []
  for (const draft of drafts) {
    const body = bom ? shift(draft.body, bom) : draft.body
    replies.push(await finish({ ...draft, body, titleOffset: draft.titleOffset + bom }, replies.length, options.language))
  }
  return { format, replies }
}

/** What a reader hands over before notices, HTML projection and language are worked out. */
export interface Draft {
  title: string
  titleOffset: number
  body: Mapped
  /** Known from the source (markdown sections, plaintext files); else detected from the body. */
  format?: BodyFormat
  internal?: boolean
  variant?: number
  group?: string[]
}

async function readDrafts(format: CollectionFormat, text: string, options: ReadOptions): Promise<{ drafts: Draft[]; error?: { message: string; offset: number } }> {
  const fileTitle = baseName(options.path)
  switch (format) {
    case 'json':
    case 'yaml':
    case 'csv': {
      const reader = format === 'json' ? import('./json.js').then((m) => m.parseJsonTree(text)) : format === 'yaml'
        ? import('./yaml.js').then((m) => m.parseYamlTree(text))
        : import('./csv.js').then((m) => m.parseCsvTree(text, options.path))
      const { root, error } = await reader
      if (error || !root) return { drafts: [], error: error ?? { message: 'empty document', offset: 0 } }
      const { ShapeError, findEntries } = await import('./shapes.js')
      let entries
      try {
        entries = await findEntries(root, fileTitle, options.select)
      } catch (error) {
        if (!(error instanceof ShapeError)) throw error
        return { drafts: [], error: { message: `invalid ${format.toUpperCase()}: ${error.message}`, offset: error.offset } }
      }
      if (!entries) {
        return { drafts: [], error: { message: `no replies found in this ${format.toUpperCase()} document: no title/body shape matched (set collection.select)`, offset: root.offset } }
      }
      return {
        drafts: entries.map((e) => ({
          title: e.title,
          titleOffset: e.titleOffset,
          body: e.body.map(),
          internal: e.internal,
          ...(/html$/i.test(e.bodyKey) ? { format: 'html' as const } : {}),
          ...(e.variant !== undefined ? { variant: e.variant } : {}),
        })),
      }
    }
    case 'markdown': {
      const { readMarkdown } = await import('./markdown.js')
      const entries = await readMarkdown(text, { headingDepth: options.headingDepth, mode: options.mode })
      if (!entries) return { drafts: [wholeFile(text, fileTitle, 'markdown')] }
      return {
        drafts: entries.map((e) => ({
          title: e.title,
          titleOffset: e.titleOffset,
          body: e.body,
          format: e.format,
          ...(e.variant !== undefined ? { variant: e.variant } : {}),
          ...(e.path.length ? { group: e.path } : {}),
        })),
      }
    }
    case 'plaintext': {
      const { readPlaintext } = await import('./plaintext.js')
      // A delimited file named .md keeps markdown bodies (lists, fences); a .txt is plain text.
      const bodyFormat = /\.(md|markdown|mdx)$/i.test(options.path) ? 'markdown' : 'plaintext'
      const entries = readPlaintext(text, options.delimiter)
      if (!entries) return { drafts: [wholeFile(text, fileTitle, bodyFormat)] }
      return { drafts: entries.map((e) => ({ ...e, format: bodyFormat })) }
    }
    case 'html':
      return { drafts: [{ ...wholeFile(text, fileTitle, 'html'), format: 'html' }] }
  }
}

function wholeFile(text: string, title: string, format: BodyFormat): Draft {
  const start = text.length - text.trimStart().length
  const end = text.trimEnd().length
  return { title, titleOffset: start, body: identity(text, start, Math.max(start, end)), format }
}

function baseName(path: string): string {
  return (path.split(/[\\/]/).pop() ?? path).replace(/\.[^.]+$/, '')
}

function shift(m: Mapped, by: number): Mapped {
  if (m.identity !== undefined) return identity(m.text, 0, m.text.length, m.identity + by)
  return { text: m.text, offsets: m.offsets.map((o) => o + by), ends: m.ends.map((o) => o + by) }
}

