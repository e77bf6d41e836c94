/**
 * Plaintext collections split by delimiter lines (`---- NOT OUR ADDON`, `=== Refund ===`,
 * `###Name`). The text between two delimiter lines is one reply, verbatim; text before the first
 * delimiter is a preamble. No parser library: a line pattern is the whole format.
 */
import { type Mapped, identity } from './mapped.js'

/**
 * The default delimiter: a line that is a run of 3+ `-`, `=`, `*` or `#`, optionally followed by a
 * title (and a closing run). Group 1 (or a group named `title`) is the title.
 */
export const DEFAULT_DELIMITER = /^(?:-{3,}|={3,}|\*{3,}|#{3,})[ \t]*(.*?)[ \t]*(?:-{3,}|={3,}|\*{3,}|#{3,})?[ \t]*$/

/** A titled delimiter line: what content sniffing counts to tell such a file from markdown. */
export const TITLED_DELIMITER = /^(?:-{3,}|={3,})[ \t]+\S|^#{3,}[^#\s]/

export interface PlaintextEntry {
  title: string
  titleOffset: number
  body: Mapped
}

/** `undefined` when no line matches (the caller then reads the file as one reply). */
export function readPlaintext(text: string, delimiter: RegExp = DEFAULT_DELIMITER): PlaintextEntry[] | undefined {
  // Tested line by line: a global or sticky flag would carry lastIndex between lines.
  const pattern = new RegExp(delimiter.source, delimiter.flags.replace(/[gy]/g, ''))
  const lines = linesOf(text)
  const heads: Array<{ line: number; title: string; titleOffset: number }> = []
  lines.forEach(([a, z], k) => {
    const m = pattern.exec(text.slice(a, z))
    if (!m) return
    const title = (m.groups?.title ?? m[1] ?? '').trim()
    const at = title ? text.indexOf(title, a + (m.index ?? 0)) : a
    heads.push({ line: k, title, titleOffset: at < 0 ? a : at })
  })
  if (!heads.length) return undefined
  const out: PlaintextEntry[] = []
  heads.forEach((head, h) => {
    const from = head.line + 1
    const to = h + 1 < heads.length ? heads[h + 1].line : lines.length
    const body = trimmedRange(text, lines.slice(from, to))
    // A bare rule under a preamble title, or two delimiters in a row: a separator, not a reply.
    if (!body) return
    const title = head.title || text.slice(body[0], body[1]).split(/\r?\n/)[0].trim().slice(0, 80)
    out.push({ title, titleOffset: head.title ? head.titleOffset : body[0], body: identity(text, body[0], body[1]) })
  })
  return out
}

export function linesOf(text: string): Array<[number, number]> {
  const lines: Array<[number, number]> = []
  for (let i = 0; i <= text.length; ) {
    let j = text.indexOf('\n', i)
    if (j < 0) j = text.length
    lines.push([i, j > i && text[j - 1] === '\r' ? j - 1 : j])
    if (j >= text.length) break
    i = j + 1
  }
  return lines
}

/** From the first to the last non-blank line, without trailing spaces; undefined if all blank. */
export function trimmedRange(text: string, lines: Array<[number, number]>): [number, number] | undefined {
  const filled = lines.filter(([a, z]) => text.slice(a, z).trim() !== '')
  if (!filled.length) return undefined
  const start = filled[0][0]
  let end = filled[filled.length - 1][1]
  while (end > start && /\s/.test(text[end - 1])) end--
  return [start, end]
}
