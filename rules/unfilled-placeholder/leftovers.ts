/**
 * Leftovers that are not template syntax: notes to self (`TODO`, `TBD`),
 * fill-in instructions of any length (`(insert date)`, `[insert the tracking
 * link once the courier confirms]`) and blanks to write on (`Dear ________,`).
 */
import type { Span } from '../../src/types.js'
import data from './data.yaml'

export interface Leftover extends Span {
  text: string
}

type Key = 'markers' | 'fillIn' | 'environmentVariables' | 'bracketWords' | 'angleWords' | 'loneXUnits' | 'parenSlots.nouns' | 'parenSlots.modifiers'

function words(key: Key): string[] {
  let list: unknown = data
  for (const part of key.split('.')) list = (list as Record<string, unknown> | null)?.[part]
  if (!Array.isArray(list) || list.some((w) => typeof w !== 'string' || !/^[A-Za-z']+(?: [A-Za-z]+)?$/.test(w))) {
    throw new Error(`unfilled-placeholder/data.yaml: "${key}" must be a list of words`)
  }
  return list as string[]
}

/** Slot-shaped names that are something else, lower-cased: `%APPDATA%`, `[Bug]`, `<Enter>`. */
export const NOT_SLOTS = {
  percent: new Set(words('environmentVariables').map((w) => w.toLowerCase())),
  bracket: new Set(words('bracketWords').map((w) => w.toLowerCase())),
  angle: new Set(words('angleWords').map((w) => w.toLowerCase())),
} as const

// "(Insert date)" as well as "(insert date)", while markers stay case-sensitive.
function anyCase(word: string): string {
  return word.replace(/[a-z]/gi, (c) => `[${c.toLowerCase()}${c.toUpperCase()}]`)
}

const verbs = `(?:${words('fillIn').map(anyCase).join('|')})\\s`
const UNITS = words('loneXUnits').join('|')
// Each branch is a fixed word, a single class run or a bounded one, and there are no lookbehinds, so
// regex-safety checkers can read it; what a lookbehind would say is checked in code (`keep`).
const PATTERN = new RegExp(
  [
    `(?:${words('markers').join('|')})`,
    String.raw`\(${verbs}[^()\n]{1,200}\)`,
    String.raw`\[${verbs}[^[\]\n]{1,200}\]`,
    String.raw`<${verbs}[^<>\n]{1,200}>`,
    // A lone X where a number belongs: "$X", "€X-Y", "X%", "within X business days", "X-Y days".
    String.raw`[$€£]?X(?:[-–]Y)?(?:%|[ \t](?=(?:${UNITS})\b)|(?![\p{L}\p{N}]))`,
    // A parenthesised slot; its words are checked against data.yaml in code.
    String.raw`\([\p{L}' ]{1,40}\)`,
    // A blank to write on; the leftmost match takes the whole run of underscores.
    '_{4,}',
  ].join('|'),
  'gu',
)
const WORD_CHAR = /[\p{L}\p{N}_]/u

export function findLeftovers(source: string): Leftover[] {
  const found: Leftover[] = []
  PATTERN.lastIndex = 0
  for (let m = PATTERN.exec(source); m; m = PATTERN.exec(source)) {
    const text = m[0].trimEnd()
    if (keep(source, m.index, m[0])) found.push({ start: m.index, end: m.index + text.length, text })
    // Prose in parentheses: look inside it again ("(TODO: confirm)" holds a marker).
    else if (text.startsWith('(')) PATTERN.lastIndex = m.index + 1
  }
  return found
}

/** What the pattern cannot say without lookbehinds: the neighbours of a hit. */
function keep(source: string, start: number, raw: string): boolean {
  const before = source[start - 1] ?? ''
  const after = source[start + raw.length] ?? ''
  switch (raw[0]) {
    case '_':
      return blankOnALine(source, start, start + raw.length)
    case '(':
      return isParenSlot(raw)
    case '[':
    case '<':
      return true
    case '$':
    case '€':
    case '£':
      // "$X" where an amount belongs, not "A$X".
      return !WORD_CHAR.test(before)
    case 'X':
      // A bare X needs a unit or a percent sign after it ("X days", "X%") and no word or currency before it.
      return !WORD_CHAR.test(before) && !/[$€£]/.test(before) && (raw.endsWith('%') || /\s$/.test(raw))
    default:
      // A marker is a whole word: "TODO", not "TODOS".
      return !WORD_CHAR.test(before) && !WORD_CHAR.test(after)
  }
}

/** A blank to write on has words beside it on its line ("Dear ________,"); a line of underscores alone is a rule. */
function blankOnALine(source: string, start: number, end: number): boolean {
  const left = source.slice(Math.max(0, start - 40), start)
  const right = source.slice(end, end + 40)
  return /\p{L}/u.test(left.slice(left.lastIndexOf('\n') + 1)) || /\p{L}/u.test(right.split('\n')[0])
}

const PAREN_NOUNS = new Set(words('parenSlots.nouns').map((w) => w.toLowerCase()))
const PAREN_MODIFIERS = new Set(words('parenSlots.modifiers').map((w) => w.toLowerCase().replace(/’/g, "'")))

/** "(recipient's name)", "(date)": a slot noun with only slot modifiers before it; "(if possible)" is prose. */
function isParenSlot(text: string): boolean {
  if (/^\((?:insert|paste)\s/i.test(text)) return true
  const parts = text.slice(1, -1).toLowerCase().replace(/’/g, "'").trim().split(/\s+/)
  const noun = parts.pop() ?? ''
  return PAREN_NOUNS.has(noun) && parts.every((w) => PAREN_MODIFIERS.has(w))
}
