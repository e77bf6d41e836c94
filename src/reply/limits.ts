/**
 * Limits on input that no reply reaches but a hostile or generated file can (issue 8). Going
 * past one makes the file fatal with a one-line reason, instead of a parse that runs for
 * minutes or overflows the stack.
 */

/** Raised while building the Reply model; the kernel turns it into a fatal message at `offset`. */
export class InputLimitError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message)
  }
}

/**
 * How deep block quotes and lists may nest. micromark spends time quadratic in the depth a line
 * opens (one line of 4,000 "- " took 4 s, 10,000 overflowed the stack in the model's walk);
 * human replies stay under ten levels.
 */
export const MAX_NESTING = 100

/**
 * Throws when a line of `text` may open more than MAX_NESTING containers. The count is an upper
 * bound read from the line's prefix: each `>` or list marker opens at most one level, and any
 * level the line continues needs at least two columns of whitespace before or between its markers.
 * One pass, no parse.
 */
export function checkNesting(text: string, limit = MAX_NESTING): void {
  let lineStart = 0
  while (lineStart < text.length) {
    let i = lineStart
    let markers = 0
    let spaces = 0
    // Whitespace counts only before a marker: indentation alone continues containers, never opens one.
    let spacesBeforeMarker = 0
    for (;;) {
      const c = text.charCodeAt(i)
      if (c === 32) spaces++
      else if (c === 9) spaces += 4
      else if (c === 62 /* > */) markers++
      else if ((c === 45 || c === 42 || c === 43) /* - * + */ && isMarkerEnd(text.charCodeAt(i + 1))) markers++
      else if (c >= 48 && c <= 57) {
        // An ordered marker: up to nine digits, then `.` or `)`, then a space or the line end.
        let j = i
        while (j - i < 9 && isDigit(text.charCodeAt(j))) j++
        const close = text.charCodeAt(j)
        if ((close !== 46 && close !== 41) || !isMarkerEnd(text.charCodeAt(j + 1))) break
        markers++
        i = j
      } else break
      if (c !== 32 && c !== 9) spacesBeforeMarker = spaces
      i++
    }
    const bound = markers + Math.floor(spacesBeforeMarker / 2)
    if (bound > limit) {
      const line = countLines(text, lineStart)
      throw new InputLimitError(`Markdown nested too deeply to lint: line ${line} opens up to ${bound} levels of block quotes or lists (the limit is ${limit})`, lineStart)
    }
    const next = nextLine(text, i)
    if (next < 0) break
    lineStart = next
  }
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57
}

/** After a list marker: a space, a tab, a line end, or the end of the text. */
function isMarkerEnd(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || Number.isNaN(c)
}

/** Offset of the line after the one holding `from` (CRLF, LF or lone CR), or -1 at the end. */
function nextLine(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c === 10) return i + 1
    if (c === 13) return text.charCodeAt(i + 1) === 10 ? i + 2 : i + 1
  }
  return -1
}

function countLines(text: string, upTo: number): number {
  let line = 1
  for (let i = 0; i < upTo; i++) {
    const c = text.charCodeAt(i)
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) line++
  }
  return line
}

/**
 * How many inline markers (`* _ [ ] ` < ~ ! \`) one paragraph may hold before it is read as plain
 * text. micromark resolves emphasis and brackets in time quadratic in their number within a
 * paragraph: 100 KB of "a*" took 47 s, of "[a]" 14 s. A paragraph of prose has a few dozen; one with
 * thousands is a pasted log or generated text, and linting it as plain text keeps every position.
 */
export const MAX_INLINE_MARKERS = 500

/**
 * Whether some paragraph of `text` (a run of non-blank lines outside fenced code) holds more than
 * `limit` inline markers. One pass, no parse; fences are recognised at the line start only.
 */
export function hasHeavyParagraph(text: string, limit = MAX_INLINE_MARKERS): boolean {
  // Almost every reply has fewer markers in all than one paragraph may hold: no need to find lines.
  if (countMarkers(text) <= limit) return false
  let markers = 0
  let fence: string | undefined
  let lineStart = 0
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 10
    if (c === 10 || c === 13) {
      const line = text.slice(lineStart, i)
      const opener = /^ {0,3}(`{3,}|~{3,})/.exec(line)
      // A fence starts or ends a block; what it holds is code, never inline markup.
      if (opener && (!fence || opener[1][0] === fence[0])) {
        fence = fence ? undefined : opener[1]
        markers = 0
      }
      if (!line.trim()) markers = 0
      lineStart = i + 1
      continue
    }
    if (fence) continue
    if (isMarker(c) && ++markers > limit) return true
  }
  return false
}

// * _ [ ] ` < ~ ! \
function isMarker(c: number): boolean {
  return c === 42 || c === 95 || c === 91 || c === 93 || c === 96 || c === 60 || c === 126 || c === 33 || c === 92
}

function countMarkers(text: string): number {
  let n = 0
  for (let i = 0; i < text.length; i++) if (isMarker(text.charCodeAt(i))) n++
  return n
}
