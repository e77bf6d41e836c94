/** Sentence segmentation of one block's prose (parse-english), offsets kept in the block's view. */
import type { Nodes as NlcstNodes } from 'nlcst'
import { ParseEnglish } from 'parse-english'

const english = new ParseEnglish()

// parse-english takes these common words for abbreviations ("in." as inches), so
// "Thanks for writing in. I see…" stays one sentence. Support text ends sentences
// with "log in." far more often than with inches: split there when a capital follows.
const FALSE_ABBREVIATION = /(?<![\p{L}\p{N}])(?:in|min|sun|sat|wed|mar)\.(?=\s+["“‘'(]?\p{Lu})/giu

// What can end a sentence for parse-latin, or a paragraph: a terminal mark or a blank line.
const TERMINAL = /[.?!…‽。！？]|\n[^\S\n]*\n/

/** Where the closing run of `text` starts: terminal marks, then closing quotes and brackets, then spaces. */
function tailStart(text: string): number {
  let i = text.length
  while (i > 0 && /\s/.test(text[i - 1])) i--
  while (i > 0 && '"\'”’)]'.includes(text[i - 1])) i--
  while (i > 0 && '.?!…‽'.includes(text[i - 1])) i--
  return i
}

/**
 * Longest text given to parse-english at once. parse-latin merges sentences without words into
 * their neighbours by splicing the paragraph's child list, which is quadratic in their number:
 * 100 KB of "!?" took 7 to 23 s (issue 8). A longer block is cut into pieces of at most this
 * many characters, at a sentence end where there is one, and the pieces' offsets are kept.
 */
export const MAX_CHUNK = 4000

/** Ranges [start, end) of the sentences in `text` from `from` on, trimmed. */
export function splitSentences(text: string, from = 0, shortcut = true): Array<[number, number]> {
  if (text.length - from <= MAX_CHUNK) return splitChunk(text, from, text.length, shortcut)
  const ranges: Array<[number, number]> = []
  for (let start = from; start < text.length; ) {
    const end = cutPoint(text, start)
    ranges.push(...splitChunk(text, start, end, shortcut))
    start = end
  }
  return ranges
}

/**
 * Where the piece starting at `start` ends: after the last sentence end (`.!?`, closing quotes or
 * brackets, then a space) in its second half, else at its last space, else at MAX_CHUNK (never
 * between the halves of a surrogate pair).
 */
function cutPoint(text: string, start: number): number {
  const limit = start + MAX_CHUNK
  if (limit >= text.length) return text.length
  let space = -1
  for (let i = limit; i > start + MAX_CHUNK / 2; i--) {
    if (!/\s/.test(text[i])) continue
    if (space < 0) space = i
    let j = i - 1
    while (j > start && /["'”’)\]]/.test(text[j])) j--
    if (/[.!?]/.test(text[j])) return i
  }
  if (space > 0) return space
  const high = text.charCodeAt(limit - 1)
  return high >= 0xd800 && high <= 0xdbff ? limit - 1 : limit
}

/** The sentences of text[from, to), as ranges in `text`; `shortcut: false` always asks parse-english (tests). */
function splitChunk(text: string, from: number, to: number, shortcut: boolean): Array<[number, number]> {
  const ranges: Array<[number, number]> = []
  const part = text.slice(from, to)
  if (!part.trim()) return ranges
  const push = (start: number, end: number) => {
    while (start < end && /\s/.test(part[start])) start++
    while (end > start && /\s/.test(part[end - 1])) end--
    if (end > start) ranges.push([from + start, from + end])
  }
  // Most greetings, sign-offs, list items and short paragraphs are one sentence: with no sentence
  // end before their last word and no blank line, parse-english (the costliest step of building a
  // reply, issue 7) can only say so. On a million random strings of words, spaces, symbols,
  // quotes and punctuation, it agreed on all 357,849 the shortcut took.
  if (shortcut && !TERMINAL.test(part.slice(0, tailStart(part)))) {
    push(0, part.length)
    return ranges
  }
  const visit = (node: NlcstNodes) => {
    if (node.type === 'SentenceNode') {
      const start = node.position!.start.offset!
      const end = node.position!.end.offset!
      let at = start
      FALSE_ABBREVIATION.lastIndex = 0
      const body = part.slice(start, end)
      for (let m = FALSE_ABBREVIATION.exec(body); m; m = FALSE_ABBREVIATION.exec(body)) {
        const cut = start + m.index + m[0].length
        push(at, cut)
        at = cut
      }
      push(at, end)
      return
    }
    if ('children' in node) for (const child of node.children) visit(child as NlcstNodes)
  }
  visit(english.parse(part))
  return ranges
}
