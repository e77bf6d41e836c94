/** Offsets to eslint positions: 1-based lines and columns in UTF-16 code units, a tab as one column. */
import { location } from 'vfile-location'
import type { Span } from '../types.js'

export interface Position {
  line: number
  column: number
  endLine: number
  endColumn: number
}

export type Locator = (span: Span) => Position

export function locator(text: string): Locator {
  const place = location(text)
  const point = (offset: number) => {
    // Between the \r and the \n of a CRLF is no place on a line: count it as the line's end (issue 8).
    if (offset > 0 && text.charCodeAt(offset - 1) === 13 && text.charCodeAt(offset) === 10) offset--
    const p = place.toPoint(Math.min(Math.max(offset, 0), text.length))
    // vfile-location gives no point for the very end of a text ending in a newline.
    if (p) return p
    const before = text.slice(0, offset)
    const lastBreak = Math.max(before.lastIndexOf('\n'), before.lastIndexOf('\r'))
    return { line: before.split(/\r\n|\r|\n/).length, column: offset - lastBreak, offset }
  }
  return (span) => {
    const a = point(span.start)
    const b = point(Math.max(span.end, span.start))
    return { line: a.line, column: a.column, endLine: b.line, endColumn: b.column }
  }
}
