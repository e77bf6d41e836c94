/** Sentence segmentation of one block's prose (parse-english), offsets kept in the block's view. */
import type { Nodes as NlcstNodes } from 'nlcst'
import { ParseEnglish } from 'parse-english'

const english = new ParseEnglish()

// parse-english takes these common words for abbreviations ("in." as inches), so
// "Thanks for writing in. I see…" stays one sentence. Support text ends sentences
// with "log in." far more often than with inches: split there when a capital follows.
const FALSE_ABBREVIATION = /(?<![\p{L}\p{N}])(?:in|min|sun|sat|wed|mar)\.(?=\s+["“‘'(]?\p{Lu})/giu

// What can end a sentence for parse-latin: a terminal mark, or a blank line, which for parse-latin
// is whitespace holding two line breaks of any kind ("\r\n" counts once, "\r" too).
const TERMINAL_MARK = /[.?!…‽。！？]/
const BLANK_LINE = /(?:\r\n|\r(?!\n)|\n)[^\S\r\n]*(?:\r\n|\r(?!\n)|\n)/

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

/**
 * Where the sentences of a paragraph end, when every sentence end before its closing run is plain:
 * a word of ASCII letters (after a space, a line break or the start), then `.` or a run of `!` and
 * `?`, then one space or line break and a capital ("…your order today. We refunded…"). parse-english
 * (the costliest step of building a reply, and what allocated most of what replylint adds to the
 * parse: issue 7) splits there unless the word is an abbreviation it knows ("etc.", "Mr.", "thurs."),
 * which it is asked once per word (`endsSentence`). Undefined when any sentence end is not plain, or
 * a carriage return or another terminal mark comes first: then parse-english decides. The caller has
 * ruled out blank lines.
 */
function plainSentenceEnds(part: string, tail: number): number[] | undefined {
  const ends: number[] = []
  for (let i = 0; i < tail; i++) {
    const c = part.charCodeAt(i)
    if (c === 0x0d || c === 0x2026 || c === 0x203d || c === 0x3002 || c === 0xff01 || c === 0xff1f) return undefined
    if (c !== 0x2e && c !== 0x21 && c !== 0x3f) continue
    // The mark: one full stop, or a run of ! and ?
    let end = i + 1
    if (c !== 0x2e) while (part.charCodeAt(end) === 0x21 || part.charCodeAt(end) === 0x3f) end++
    const gap = part.charCodeAt(end)
    if ((gap !== 0x20 && gap !== 0x0a) || !isUpper(part.charCodeAt(end + 1))) return undefined
    let start = i
    while (start > 0 && isLetter(part.charCodeAt(start - 1))) start--
    const before = start > 0 ? part.charCodeAt(start - 1) : 0x20
    if (start === i || (before !== 0x20 && before !== 0x0a)) return undefined
    if (c === 0x2e && !endsSentence(part.slice(start, i))) return undefined
    ends.push(end)
    i = end - 1
  }
  return ends
}

const isUpper = (c: number): boolean => c >= 0x41 && c <= 0x5a
const isLetter = (c: number): boolean => isUpper(c) || (c >= 0x61 && c <= 0x7a)

// What parse-english answers for "<word>. <Capital>": whether the full stop ends the sentence.
const endings = new Map<string, boolean>()
const ENDINGS_KEPT = 4096

function endsSentence(word: string): boolean {
  let ends = endings.get(word)
  if (ends === undefined) {
    ends = splitChunk(`We ${word}. We`, 0, `We ${word}. We`.length, false).length === 2
    if (endings.size >= ENDINGS_KEPT) endings.clear()
    endings.set(word, ends)
  }
  return ends
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
  const tail = shortcut ? tailStart(part) : 0
  const head = part.slice(0, tail)
  if (shortcut && !BLANK_LINE.test(head)) {
    if (!TERMINAL_MARK.test(head)) {
      push(0, part.length)
      return ranges
    }
    // Several sentences, each ended plainly (plainSentenceEnds): split without parse-english too.
    const ends = plainSentenceEnds(part, tail)
    if (ends) {
      let at = 0
      for (const end of ends) {
        push(at, end)
        at = end
      }
      push(at, part.length)
      return ranges
    }
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
