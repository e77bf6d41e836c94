/**
 * Linting a text that is not the file (issue 6): how the kernel reports positions and fixes of
 * one reply of a canned-response collection in the file it came from.
 */
import type { Comment } from '../reply/blocks.js'
import { type Locator, locator } from '../reply/location.js'
import type { Region } from '../reply/regions.js'
import type { Diagnostic, Fix, Span } from '../types.js'

/**
 * How the text linted (a reply decoded from JSON escapes, a YAML scalar, a CSV cell or HTML)
 * relates to its file: positions are reported in the file; the text is what rules read.
 */
export interface TextMapping {
  /** The whole file (BOM removed): every line and column is counted in it. */
  fileText: string
  /** [start, end) in the linted text → the exact span in `fileText` where it is written. */
  toFileSpan(start: number, end: number): Span
  /** Spans of the linted text that are no prose (other-language paragraphs, HTML quotes and code). */
  regions?: Region[]
  /**
   * Comments that hold directives but are not in the linted text, as spans of `fileText` (an HTML
   * body's `<!-- replylint-disable … -->`: rules read the body's text nodes only). Directives
   * count the file's lines. An unused one is reported without a fix.
   */
  comments?: Comment[]
}

// A library lints thousands of replies of one file: its line index is built once.
let lastFile: { text: string; locate: Locator } | undefined

/** Positions in a file, with its line index kept for the next reply of the same file. */
export function fileLocator(fileText: string): Locator {
  if (lastFile?.text !== fileText) lastFile = { text: fileText, locate: locator(fileText) }
  return lastFile.locate
}

/** Spans of the linted text to positions in the file. */
export function mappedLocator(mapping: TextMapping): Locator {
  const locate = fileLocator(mapping.fileText)
  return (span) => locate(mapping.toFileSpan(span.start, span.end))
}

/**
 * Characters a fix may write into a collection: none of them needs escaping in a JSON string, a
 * YAML scalar (plain, quoted or block), a CSV cell or HTML text. No line breaks (a YAML block
 * scalar needs its indentation), quotes, backslashes, commas (an unquoted CSV cell), `:` or `#`
 * (a YAML plain scalar), `<` or `&` (HTML).
 */
const WRITABLE = /^[\p{L}\p{N} .!?;’‘()-]*$/u

/**
 * A fix of a collection reply is kept only where it can be written back as is: the range it
 * replaces is written verbatim in the file (no escape, entity, fold or markup inside it) and the
 * new text needs no escaping (WRITABLE). Any other fix or suggestion is dropped; the problem is
 * still reported. (issue 6: "map them back into the file when the mapping is 1:1, or drop them")
 */
export function mapFixes(m: Diagnostic, text: string, mapping: TextMapping): Diagnostic {
  if (!m.fix && !m.suggestions) return m
  const out: Diagnostic = { ...m }
  delete out.fix
  delete out.suggestions
  const fix = m.fix && toFile(m.fix, text, mapping)
  if (fix) out.fix = fix
  const suggestions = (m.suggestions ?? []).flatMap((s) => {
    const mapped = toFile(s.fix, text, mapping)
    return mapped ? [{ ...s, fix: mapped }] : []
  })
  if (suggestions.length) out.suggestions = suggestions
  return out
}

function toFile(fix: Fix, text: string, { fileText, toFileSpan }: TextMapping): Fix | undefined {
  const [start, end] = fix.range
  if (!WRITABLE.test(fix.text) || start < 0 || end > text.length || end < start) return undefined
  if (start === end) {
    // An insertion goes right after the unit before it, when that unit is written as itself.
    if (start === 0) return undefined
    const before = toFileSpan(start - 1, start)
    if (before.end - before.start !== 1 || fileText[before.start] !== text[start - 1]) return undefined
    return { range: [before.end, before.end], text: fix.text }
  }
  const span = toFileSpan(start, end)
  if (span.end - span.start !== end - start || fileText.slice(span.start, span.end) !== text.slice(start, end)) return undefined
  return { range: [span.start, span.end], text: fix.text }
}
