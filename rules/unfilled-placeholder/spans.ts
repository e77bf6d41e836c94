/**
 * Span queries that stay fast on a file with many thousands of slots and
 * regions (a pre-commit hook must not stall on a generated 10 MB template).
 */
import type { Span } from '../../src/types.js'

/** A set of spans, sorted once, answering containment and overlap in O(log n). */
export class SpanSet {
  private readonly starts: number[]
  /** Largest end among the spans up to each index, in start order. */
  private readonly maxEnd: number[]

  constructor(spans: Span[]) {
    const sorted = [...spans].sort((a, b) => a.start - b.start)
    this.starts = sorted.map((s) => s.start)
    this.maxEnd = []
    let max = -1
    for (const s of sorted) this.maxEnd.push((max = Math.max(max, s.end)))
  }

  /** Whether a span of the set starts at or before `span.start` (strictly before, if `strict`) and ends at or after `span.end`. */
  contains(span: Span, strict = false): boolean {
    const i = lastAtOrBefore(this.starts, strict ? span.start - 1 : span.start)
    return i >= 0 && this.maxEnd[i] >= span.end
  }

  /** Whether a span of the set shares at least one character with `span`. */
  overlaps(span: Span): boolean {
    const i = lastAtOrBefore(this.starts, span.end - 1)
    return i >= 0 && this.maxEnd[i] > span.start
  }
}

function lastAtOrBefore(sorted: number[], value: number): number {
  let lo = 0
  let hi = sorted.length - 1
  let found = -1
  while (lo <= hi) {
    const mid = (lo + hi) >> 1
    if (sorted[mid] <= value) {
      found = mid
      lo = mid + 1
    } else hi = mid - 1
  }
  return found
}
