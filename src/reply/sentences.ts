/** Sentence segmentation of one block's prose (parse-english), offsets kept in the block's view. */
import type { Nodes as NlcstNodes } from 'nlcst'
import { ParseEnglish } from 'parse-english'

const english = new ParseEnglish()

// parse-english takes these common words for abbreviations ("in." as inches), so
// "Thanks for writing in. I see…" stays one sentence. Support text ends sentences
// with "log in." far more often than with inches: split there when a capital follows.
const FALSE_ABBREVIATION = /(?<![\p{L}\p{N}])(?:in|min|sun|sat|wed|mar)\.(?=\s+["“‘'(]?\p{Lu})/giu

/** Ranges [start, end) of the sentences in `text` from `from` on, trimmed. */
export function splitSentences(text: string, from = 0): Array<[number, number]> {
  const ranges: Array<[number, number]> = []
  const part = text.slice(from)
  if (!part.trim()) return ranges
  const push = (start: number, end: number) => {
    while (start < end && /\s/.test(part[start])) start++
    while (end > start && /\s/.test(part[end - 1])) end--
    if (end > start) ranges.push([from + start, from + end])
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
