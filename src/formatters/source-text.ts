/**
 * Positions ↔ offsets over a result's `source`, with the kernel's conventions
 * (src/reply/location.ts): 1-based lines split at \r\n, \r or \n; 1-based columns
 * in UTF-16 code units; end exclusive.
 */
export interface SourceIndex {
  /** The text between two positions. */
  slice(from: { line: number; column: number }, to: { line: number; column: number }): string
  /** The position of an offset. */
  positionOf(offset: number): { line: number; column: number }
}

export function indexSource(text: string): SourceIndex {
  const starts = [0]
  for (const match of text.matchAll(/\r\n|\r|\n/g)) starts.push(match.index + match[0].length)
  const offsetOf = ({ line, column }: { line: number; column: number }) => {
    const start = starts[Math.min(Math.max(line, 1), starts.length) - 1]
    return Math.min(start + Math.max(column, 1) - 1, text.length)
  }
  return {
    slice: (from, to) => text.slice(offsetOf(from), offsetOf(to)),
    positionOf(offset) {
      let lo = 0
      let hi = starts.length - 1
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1
        if (starts[mid] <= offset) lo = mid
        else hi = mid - 1
      }
      return { line: lo + 1, column: offset - starts[lo] + 1 }
    },
  }
}
