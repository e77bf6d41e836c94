/** Helpers for the collection reader tests: read a fixture, and check offsets against the file. */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { expect } from 'vitest'
import { type CollectionReply, type CollectionResult, type ReadOptions, readCollection } from '../../src/collections/index.js'

export const ROOT = fileURLToPath(new URL('../..', import.meta.url))
export const LIBRARIES = join(ROOT, 'fixtures/libraries')

export interface Read extends CollectionResult {
  file: string
}

export async function readFixture(path: string, options: Partial<ReadOptions> = {}): Promise<Read> {
  const full = join(LIBRARIES, path)
  const file = readFileSync(full, 'utf8')
  return { file, ...(await readCollection(file, { path: full, ...options })) }
}

export function byTitle(result: CollectionResult, title: string, variant?: number): CollectionReply {
  const reply = result.replies.find((r) => r.title === title && r.variant === variant)
  if (!reply) throw new Error(`no reply titled ${JSON.stringify(title)}${variant === undefined ? '' : ` variant ${variant}`}`)
  return reply
}

/** The text rules read: the HTML projection for HTML bodies, else the body. */
export function lintText(reply: CollectionReply): string {
  return reply.plain?.text ?? reply.text
}

/**
 * Finds `phrase` in the reply's lint text and asserts that it maps onto `source` (the phrase as
 * written in the file: escaped, folded, quoted or with markup) at the position where `source` is
 * found in the file after the reply's title, found independently with indexOf.
 */
export function expectMapped(file: string, reply: CollectionReply, phrase: string, source = phrase): void {
  const text = lintText(reply)
  const at = text.indexOf(phrase)
  expect(at, `${JSON.stringify(phrase)} in reply ${JSON.stringify(reply.title)}`).toBeGreaterThanOrEqual(0)
  const span = (reply.plain ?? reply).toFileSpan(at, at + phrase.length)
  const expected = file.indexOf(source, reply.titleOffset)
  expect(expected, `${JSON.stringify(source)} in the file`).toBeGreaterThanOrEqual(0)
  expect(file.slice(span.start, span.end)).toBe(source)
  expect(span.start).toBe(expected)
  // The start-only mapping agrees on the first character.
  expect((reply.plain ?? reply).toFileOffset(at)).toBe(expected)
}

/**
 * Every unit of the text comes from the file: written as itself, or as an escape (`\n`, `\u00e9`,
 * `""`, `''`, `&amp;`), or it is whitespace a fold or a block boundary produced. And the map never
 * goes backwards. Returns how many units were checked.
 */
export function expectSound(file: string, reply: CollectionReply): number {
  const views: Array<{ text: string; map: Pick<CollectionReply, 'toFileSpan'> }> = [{ text: reply.text, map: reply }]
  if (reply.plain) views.push({ text: reply.plain.text, map: reply.plain })
  let checked = 0
  for (const { text, map } of views) {
    let previous = -1
    for (let i = 0; i < text.length; i++) {
      const span = map.toFileSpan(i, i + 1)
      const source = file.slice(span.start, span.end)
      const unit = text[i]
      const ok = source === unit || source.startsWith('\\') || source.startsWith('&') || (source === '""' && unit === '"') ||
        (source === "''" && unit === "'") || (/\s/.test(unit) && (source === '' || /^\s+$/.test(source) || source.startsWith('<'))) ||
        (unit === ' ' && source === '\u00a0') || isSurrogateHalf(text, i, file, span.start)
      if (!ok) throw new Error(`unit ${i} ${JSON.stringify(unit)} of ${JSON.stringify(reply.title)} maps to ${JSON.stringify(source)}`)
      if (span.start < previous) throw new Error(`unit ${i} of ${JSON.stringify(reply.title)} maps before unit ${i - 1}`)
      previous = span.start
      checked++
    }
  }
  return checked
}

function isSurrogateHalf(text: string, i: number, file: string, at: number): boolean {
  const code = text.charCodeAt(i)
  if (code < 0xd800 || code > 0xdfff) return false
  const pair = code < 0xdc00 ? text.slice(i, i + 2) : text.slice(i - 1, i + 1)
  return file.slice(at, at + 2) === pair || file.slice(at - 1, at + 1) === pair
}

/** Each word of the lint text maps onto the same word in the file (no escape inside it). */
export function expectWordsMapped(file: string, reply: CollectionReply): number {
  const text = lintText(reply)
  const map = reply.plain ?? reply
  let n = 0
  for (const m of text.matchAll(/[\p{L}\p{N}]+/gu)) {
    const span = map.toFileSpan(m.index, m.index + m[0].length)
    const source = file.slice(span.start, span.end)
    if (source !== m[0] && !source.includes('\\u') && !source.includes('&')) {
      throw new Error(`${JSON.stringify(m[0])} of ${JSON.stringify(reply.title)} maps to ${JSON.stringify(source)}`)
    }
    n++
  }
  return n
}
