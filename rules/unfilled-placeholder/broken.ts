/**
 * Broken placeholders: delimiters that a template engine cannot pair, so the
 * customer would see them raw. RULES.md: an unbalanced
 * `{{ticket.requester.first_name}`, an empty `{{ }}`, an unclosed `{%` or `%{`.
 * Template tags open and close on one line, so pairing is done line by line.
 */
import type { Span } from '../../src/types.js'

export interface Broken extends Span {
  problem: string
}

// Every delimiter we pair, in one alternation; each branch is a fixed string or one bounded class run.
const DELIMITER = /\{\{|\}\}|\{%|%\}|%\{|\*\|[A-Z0-9_:]+(?![A-Z0-9_:]|\|\*)/g
// The rest of a slot whose closing is missing: its name, and a single brace or percent that was meant to close it.
const SLOT_TAIL = /[ \t]*[^\s{}%]*[ \t]*[}%]?/y
const PERCENT_BRACE = /%\{[\w.]*\}?/y

interface Open extends Span {
  delimiter: '{{' | '{%'
}

const CLOSER = { '{{': '}}', '{%': '%}' } as const

/** Broken slots of `source`, in order. */
export function findBroken(source: string): Broken[] {
  const found: Broken[] = []
  let lineStart = 0
  for (const line of source.split('\n')) {
    scanLine(source, lineStart, lineStart + line.length, found)
    lineStart += line.length + 1
  }
  return found
}

function scanLine(source: string, from: number, to: number, found: Broken[]): void {
  const line = source.slice(from, to)
  const stack: Open[] = []
  const unclosed = (open: Open) => found.push({ start: open.start, end: tailEnd(source, open.end, to), problem: `no closing "${CLOSER[open.delimiter]}"` })
  DELIMITER.lastIndex = 0
  for (let m = DELIMITER.exec(line); m; m = DELIMITER.exec(line)) {
    const at = from + m.index
    const token = m[0]
    const top = stack[stack.length - 1]
    if (token === '{{' || token === '{%') {
      // "{{a} and {{b}}": a new opening before the old one closed means the old one never will.
      if (top) unclosed(stack.pop()!)
      stack.push({ start: at, end: at + 2, delimiter: token })
    } else if (token === '}}' || token === '%}') {
      const expected = token === '}}' ? '{{' : '{%'
      if (!top) {
        found.push({ start: strayStart(source, from, at), end: at + 2, problem: `"${token}" has no opening "${expected}"` })
      } else if (top.delimiter !== expected) {
        stack.pop()
        // "{{ name %}" is one slot with mismatched ends; far apart, they are two separate mistakes.
        if (at - top.end <= 60 && !/[{}%]/.test(source.slice(top.end, at))) {
          found.push({ start: top.start, end: at + 2, problem: `opened with "${top.delimiter}" but closed with "${token}"` })
        } else {
          unclosed(top)
          found.push({ start: strayStart(source, from, at), end: at + 2, problem: `"${token}" has no opening "${expected}"` })
        }
      } else {
        stack.pop()
        if (!/[^\s-]/.test(source.slice(top.end, at))) found.push({ start: top.start, end: at + 2, problem: 'it is empty' })
      }
    } else if (token === '%{') {
      PERCENT_BRACE.lastIndex = at
      const slot = PERCENT_BRACE.exec(source)![0]
      if (!slot.endsWith('}')) found.push({ start: at, end: at + slot.length, problem: 'no closing "}"' })
      else if (slot === '%{}') found.push({ start: at, end: at + 3, problem: 'it is empty' })
      DELIMITER.lastIndex = m.index + slot.length
    } else {
      found.push({ start: at, end: at + token.length, problem: 'no closing "|*"' })
    }
  }
  for (const open of stack) unclosed(open)
}

/** Where an unclosed slot's text ends: its name and a lone `}` or `%` meant to close it, without trailing punctuation. */
function tailEnd(source: string, from: number, lineEnd: number): number {
  SLOT_TAIL.lastIndex = from
  const tail = SLOT_TAIL.exec(source)![0]
  let end = Math.min(from + tail.length, lineEnd)
  while (end > from && /[\s,.;:!?)]/.test(source[end - 1])) end--
  return end
}

/** A stray `}}` closes something: start the span at the `{` it was meant to pair with, if one is close by. */
function strayStart(source: string, lineStart: number, at: number): number {
  const before = source.slice(Math.max(lineStart, at - 60), at)
  const brace = before.lastIndexOf('{')
  // Only a slot name lies between ("{first_name}}"); anything else and the `}}` stands alone.
  return brace >= 0 && /^\{[\w. ]*$/.test(before.slice(brace)) ? at - before.length + brace : at
}
