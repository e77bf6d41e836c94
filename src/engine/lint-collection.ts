/**
 * Lints a canned-response collection (issue 6): one file, many replies. The reader
 * (src/collections) turns the file into replies with source maps; each reply is linted by the
 * kernel as a template, with positions in the file; the file gets ONE result holding every
 * reply's messages, each naming its reply. Pure like the kernel: the caller reads the file.
 */
import { type CollectionFormat, type CollectionReply, type ReadOptions, readCollection } from '../collections/index.js'
import { titleMatcher } from '../config/collection-schema.js'
import type { CollectionConfig } from '../config/types.js'
import type { Comment } from '../reply/blocks.js'
import type { Region } from '../reply/regions.js'
import type { Diagnostic, LintResult, ReplySummary } from '../types.js'
import { type FixFilter, MAX_FIX_PASSES, applyFixes } from './fix.js'
import { type LintTextOptions, fatal, lintText, summarise } from './lint-text.js'
import { type TextMapping, fileLocator } from './mapping.js'

export interface CollectionOptions {
  /** Reader settings from the config (`collection`, matching `collections` entries). */
  settings: CollectionConfig
  /** `--collection FORMAT`: over the config's `format`. */
  format?: CollectionFormat
  /** `--include-internal`: lint internal notes instead of skipping them. */
  includeInternal?: boolean
  /** How each reply is linted: rules, kind (default template), directives. */
  lint: Omit<LintTextOptions, 'mapping' | 'format'>
}

const BOM = '\uFEFF'

export async function lintCollection(input: string, filePath: string, options: CollectionOptions): Promise<LintResult> {
  const text = input.startsWith(BOM) ? input.slice(1) : input
  const read = await readCollection(text, readOptions(filePath, options))
  const locate = fileLocator(text)
  if (read.error) {
    const at = locate({ start: read.error.offset, end: read.error.offset })
    // The position is the message's: yaml's "at line 8, column 1:" would say it twice.
    const message = read.error.message.replace(/ at line \d+, column \d+:?$/, '')
    const result = summarise(filePath, [fatal(`Parsing error: ${message}`, null, at.line, at.column)])
    result.source = text
    result.replies = []
    return result
  }
  const { include, exclude } = options.settings
  const included = include?.length ? titleMatcher(include) : () => true
  const excluded = exclude?.length ? titleMatcher(exclude) : () => false
  // A file that is one reply titled by its own name (an `.html` draft, one template per file)
  // needs no reply names on its messages: the file names it.
  const single = read.replies.length === 1 && read.replies[0].title === baseName(filePath)
  const messages: Diagnostic[] = []
  const suppressed: Diagnostic[] = []
  const replies: ReplySummary[] = []
  for (const reply of read.replies) {
    // Titles chosen by the config are left out altogether: not checked, not counted.
    if (!included(reply.title) || excluded(reply.title)) continue
    const title = titleSpan(text, reply)
    const { line, column } = locate(title)
    const summary: ReplySummary = { title: reply.title, index: reply.index, line, column }
    if (reply.variant !== undefined) summary.variant = reply.variant
    replies.push(summary)
    const tag = single ? {} : { replyTitle: reply.title, replyIndex: reply.index }
    if (reply.notice && !(reply.notice === 'internal-note' && (options.includeInternal || options.settings.includeInternal))) {
      summary.notice = reply.notice
      messages.push({ ruleId: null, severity: 0, message: noticeMessage(reply), ...locate(title), ...tag })
      continue
    }
    const result = lintText(reply.plain?.text ?? reply.text, {
      ...options.lint,
      filePath,
      format: reply.plain ? 'plaintext' : reply.format === 'plaintext' ? 'plaintext' : 'markdown',
      mapping: mappingOf(text, reply),
    })
    // The reply's problems are new objects of its own: tagged in place, not copied (a 10 MB library has ~100,000).
    for (const m of result.messages) messages.push(Object.assign(m, tag))
    for (const m of result.suppressedMessages ?? []) suppressed.push(Object.assign(m, tag))
  }
  // File order: replies never overlap in the file, so each reply's messages stay together.
  messages.sort((a, b) => a.line - b.line || a.column - b.column)
  const result = summarise(filePath, messages)
  result.suppressedMessages = suppressed
  if (messages.length > 0) result.source = text
  result.replies = replies
  return result
}

/**
 * `--fix` for a collection: fixes come back in file offsets (lint-text keeps only those it can
 * write as is), so they apply to the file's text; the file is then read and linted again, until
 * nothing changes or ten passes have run, as for a draft (fix.ts).
 */
export async function lintCollectionAndFix(input: string, filePath: string, options: CollectionOptions, shouldFix: FixFilter = () => true): Promise<LintResult> {
  const bom = input.startsWith(BOM) ? BOM : ''
  const original = input.slice(bom.length)
  let text = original
  let result = await lintCollection(text, filePath, options)
  for (let pass = 1; pass <= MAX_FIX_PASSES; pass++) {
    if (result.fatalErrorCount > 0) break
    const { output, applied } = applyFixes(text, result.messages, shouldFix)
    if (applied === 0 || output === text) break
    text = output
    result = await lintCollection(text, filePath, options)
  }
  if (text !== original) result.output = bom + text
  return result
}

function readOptions(path: string, { settings, format }: CollectionOptions): ReadOptions {
  const options: ReadOptions = { path }
  const chosen = format ?? settings.format
  if (chosen) options.format = chosen
  if (settings.headingDepth !== undefined) options.headingDepth = settings.headingDepth
  if (settings.mode) options.mode = settings.mode
  // Validated when the config was loaded; a delimiter is tested line by line.
  if (settings.delimiter !== undefined) options.delimiter = new RegExp(settings.delimiter)
  if (settings.select !== undefined || settings.title !== undefined || settings.body !== undefined) {
    options.select = { items: settings.select, title: settings.title, body: settings.body }
  }
  if (settings.language !== undefined) options.language = settings.language
  return options
}

function baseName(path: string): string {
  return (path.split(/[\\/]/).pop() ?? path).replace(/\.[^.]+$/, '')
}

/** The title as written, when the file spells it out; else the point where the reply starts. */
function titleSpan(text: string, reply: CollectionReply) {
  // A JSON or YAML title is found where its scalar starts: at its opening quote.
  const start = /["']/.test(text[reply.titleOffset] ?? '') && text.startsWith(reply.title, reply.titleOffset + 1) ? reply.titleOffset + 1 : reply.titleOffset
  return text.startsWith(reply.title, start) && reply.title ? { start, end: start + reply.title.length } : { start, end: start }
}

const NOTICES: Record<NonNullable<CollectionReply['notice']>, (detail: string) => string> = {
  'internal-note': (d) => `Reply skipped: ${d} (lint it with --include-internal)`,
  'not-lintable': (d) => `Reply not linted: ${d}`,
  'not-english': (d) => `Reply skipped: ${d}; the rules are written for English`,
}

function noticeMessage(reply: CollectionReply): string {
  return NOTICES[reply.notice!](reply.detail ?? reply.notice!)
}

/** How the kernel maps the reply's lint text back into the file. */
function mappingOf(fileText: string, reply: CollectionReply): TextMapping {
  const regions: Region[] = (reply.excluded ?? []).map((s) => ({ ...s, kind: 'foreign' as const }))
  if (reply.plain) regions.push(...reply.plain.regions)
  regions.sort((a, b) => a.start - b.start || b.end - a.end)
  const mapping: TextMapping = { fileText, toFileSpan: (reply.plain ?? reply).toFileSpan, regions }
  // Rules read an HTML body's text nodes; its directive comments are in the markup.
  if (reply.plain) mapping.comments = htmlComments(reply)
  return mapping
}

function htmlComments(reply: CollectionReply): Comment[] {
  const out: Comment[] = []
  for (const m of reply.text.matchAll(/<!--([\s\S]*?)-->/g)) {
    const span = reply.toFileSpan(m.index, m.index + m[0].length)
    out.push({ ...span, value: m[1].trim() })
  }
  return out
}
