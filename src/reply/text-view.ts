/**
 * A prose view of part of a file: the agent's words only, with every
 * non-prose span (inline code, URL, placeholder, markup) replaced by one
 * OBJECT REPLACEMENT CHARACTER, and a map from each view offset back to the
 * file. Rules match phrases on the view and report spans in the file.
 */
import type { Span } from '../types.js'

/** Stands for one non-prose span (a placeholder, inline code, a URL) inside prose. */
export const TOKEN = '\uFFFC'

interface Piece {
  /** start in the view */
  view: number
  /** start in the file */
  src: number
  /** length in the view */
  viewLength: number
  /** length in the file (differs from viewLength only for tokens) */
  srcLength: number
}

export class TextView {
  text = ''
  private readonly pieces: Piece[] = []

  /** Appends file text [start, end) verbatim. */
  addText(source: string, start: number, end: number): void {
    if (end <= start) return
    const last = this.pieces[this.pieces.length - 1]
    // Merge with a piece that ends exactly where this one starts, so the map stays small.
    if (last && last.viewLength === last.srcLength && last.src + last.srcLength === start) {
      last.viewLength += end - start
      last.srcLength += end - start
    } else {
      this.pieces.push({ view: this.text.length, src: start, viewLength: end - start, srcLength: end - start })
    }
    this.text += source.slice(start, end)
  }

  /** Appends one token standing for the file span [start, end). */
  addToken(start: number, end: number): void {
    this.pieces.push({ view: this.text.length, src: start, viewLength: 1, srcLength: end - start })
    this.text += TOKEN
  }

  /** Appends a separator that has no source of its own (between two inline nodes). */
  addGap(separator: string, at: number): void {
    this.pieces.push({ view: this.text.length, src: at, viewLength: separator.length, srcLength: 0 })
    this.text += separator
  }

  /** File offset of view offset `index`; an end offset maps to the end of the piece before it. */
  toSource(index: number, isEnd = false): number {
    const pieces = this.pieces
    if (pieces.length === 0) return 0
    let lo = 0
    let hi = pieces.length - 1
    const probe = isEnd ? index - 1 : index
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1
      if (pieces[mid].view <= probe) lo = mid
      else hi = mid - 1
    }
    const p = pieces[lo]
    const within = Math.min(Math.max(index - p.view, 0), p.viewLength)
    if (p.viewLength === p.srcLength) return p.src + within
    // A token or a gap: its start maps to the span's start, anything after to its end.
    return within === 0 ? p.src : p.src + p.srcLength
  }

  /** File span of view range [start, end). */
  span(start: number, end: number): Span {
    if (end <= start) {
      const at = this.toSource(start)
      return { start: at, end: at }
    }
    return { start: this.toSource(start), end: this.toSource(end, true) }
  }

  get length(): number {
    return this.text.length
  }
}
