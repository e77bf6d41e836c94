/**
 * Spans of a file that are not the agent's prose: quotes, code, URLs, markup,
 * the signature and the sign-off. Found once here so that no rule sees them.
 */
import type { Span } from '../types.js'

export type RegionKind =
  | 'quote' | 'code' | 'inline-code' | 'url' | 'html' | 'comment' | 'signature' | 'sign-off' | 'placeholder'
  /** A paragraph in another language inside a collection reply (issue 6): not linted by English rules. */
  | 'foreign'

export interface Region extends Span {
  kind: RegionKind
}

export interface Line extends Span {
  /** The line without its line ending. */
  text: string
}

/** Lines with their offsets; CRLF and lone CR end a line as LF does. */
export function splitLines(text: string): Line[] {
  const lines: Line[] = []
  const re = /\r\n|\r|\n/g
  let start = 0
  for (let m = re.exec(text); m; m = re.exec(text)) {
    lines.push({ start, end: m.index, text: text.slice(start, m.index) })
    start = m.index + m[0].length
  }
  lines.push({ start, end: text.length, text: text.slice(start) })
  return lines
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/

/**
 * Start of the signature: the first line that is exactly `--` or `-- ` (RFC 3676's
 * delimiter), outside fenced code. An inline " -- " is punctuation, and in markdown
 * `Sam\n--` would otherwise parse as a setext heading, so this runs on raw lines.
 */
export function findSignature(lines: Line[]): number | undefined {
  let fence: string | undefined
  for (const line of lines) {
    const open = FENCE.exec(line.text)
    if (open) {
      if (!fence) fence = open[1][0]
      else if (open[1][0] === fence) fence = undefined
      continue
    }
    if (!fence && (line.text === '--' || line.text === '-- ')) return line.start
  }
  return undefined
}

const SIGN_OFF = new RegExp(
  '^[\\s>*_]*(?:' +
    [
      'best(?: regards| wishes)?', '(?:kind|warm|warmest|warm(?:est)? kind|many|best kind|with kind) regards', 'regards',
      'thanks(?: again| so much| a lot| in advance)?', 'thank you(?: again| so much| very much| in advance)?', 'many thanks',
      'with thanks', 'cheers', 'sincerely', 'yours(?: sincerely| truly| faithfully)?', 'all the best', 'take care',
      'respectfully', 'thx', 'ty', 'talk soon', 'speak soon', 'best,? wishes', 'have a (?:great|good|nice|lovely) (?:day|week|weekend|one)',
    ].join('|') +
    ')[,.!]*',
  'i',
)
// A name after the sign-off on the same line ("Thanks, Sam", "Cheers — the Acme team"); isNameLike checks its shape.
const NAME_AFTER = /^[-–—]?\s*[\p{L}@{%[][\p{L}\p{N} .'{}%[\]@_-]{0,40}$/u

function isSignOffLine(text: string): boolean {
  const m = SIGN_OFF.exec(text)
  if (!m) return false
  const rest = trimEndOf(text.slice(m[0].length), '*_').trim()
  return rest === '' || (NAME_AFTER.test(rest) && isNameLike(rest))
}

// "Thanks, Sam" or "Cheers — the Acme team", but not "Thanks, I got the file.":
// a name is a few words, capitalised but for linking words, and no sentence.
const LINKING = new Set(['the', 'of', 'at', 'and', 'from', 'team', 'support', 'on', 'behalf', 'for', '&'])
function isNameLike(rest: string): boolean {
  const words = rest.replace(/^[-–—]\s*/, '').split(/\s+/)
  if (words.length > 5 || /[.?!;:]$/.test(rest) && !/^\p{Lu}\.$/u.test(words[words.length - 1])) return false
  if (words.length > 1 && /^(?:I|We|It|This|That|You)$/.test(words[0])) return false
  return words.every((w) => !/^\p{Ll}/u.test(w) || LINKING.has(w.toLowerCase()))
}

/** A short line under a sign-off: a name, a title, a team, a ticket tag. */
function isShortLine(text: string): boolean {
  const words = text.trim().split(/\s+/)
  return words.length <= 5 && !/[.?:;]$/.test(text.trim())
}

/**
 * Start of the sign-off block that ends the reply ("Best,\nSam", "Thanks!",
 * "Warm Regards,\nQA Team"), searched upward from `limit`.
 */
export function findSignOff(lines: Line[], limit: number): number | undefined {
  let shortLines = 0
  for (let i = lines.length - 1; i >= 0; i--) {
    const line = lines[i]
    if (line.start >= limit) continue
    const text = line.text.trim()
    if (text === '') continue
    if (isSignOffLine(text)) return line.start + line.text.indexOf(text[0])
    if (!isShortLine(text) || ++shortLines > 4) return undefined
  }
  return undefined
}

// An address is tried once per run of address characters (the lookbehind), from its first word
// character (group 1): `\b[\w.+-]+@…` was tried from every position of a run and rescanned it each
// time, so 100 KB of "A.A.A." took 15 s (issue 8).
const URL = /\b(?:https?:\/\/|ftp:\/\/|www\.)[^\s<>"'`)\]]+|(?<![\w.+-])[.+-]*(\w[\w.+-]*@[\w-]+(?:\.[\w-]+)+)\b/gi

/** URLs and e-mail addresses, without trailing punctuation. */
export function findUrls(text: string): Region[] {
  const found: Region[] = []
  URL.lastIndex = 0
  for (let m = URL.exec(text); m; m = URL.exec(text)) {
    const start = m[1] === undefined ? m.index : m.index + m[0].length - m[1].length
    const end = start + trimEndOf(m[1] ?? m[0], '.,;:!?', false).length
    found.push({ start, end, kind: 'url' })
  }
  return found
}

/**
 * `text` without trailing `chars` (and whitespace, unless `spaces` is false). A loop, not
 * `/[…]+$/`, which rescans a run of them from each of its positions when the run does not end
 * the text (quadratic on a long line).
 */
export function trimEndOf(text: string, chars: string, spaces = true): string {
  let end = text.length
  while (end > 0 && (chars.includes(text[end - 1]) || (spaces && /\s/.test(text[end - 1])))) end--
  return text.slice(0, end)
}

/** Sorts spans and keeps the first of any overlapping ones. */
export function normalise<T extends Span>(spans: T[]): T[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end)
  const out: T[] = []
  for (const s of sorted) {
    const last = out[out.length - 1]
    if (last && s.start < last.end) continue
    out.push(s)
  }
  return out
}
