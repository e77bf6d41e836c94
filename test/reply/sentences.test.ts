/** Sentence ranges: the shortcuts (issue 7) must agree with parse-english everywhere. */
import fc from 'fast-check'
import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { splitSentences } from '../../src/reply/sentences.js'
import { ROOT } from '../helpers/cli.js'

/** Every text of fixtures/eval, and of ../shared/eval/dev.jsonl where it is beside the project. */
function corpusTexts(): string[] {
  const files = readdirSync(join(ROOT, 'fixtures/eval')).filter((n) => n.endsWith('.jsonl')).map((n) => join(ROOT, 'fixtures/eval', n))
  const dev = join(ROOT, '../shared/eval/dev.jsonl')
  if (existsSync(dev)) files.push(dev)
  return files.flatMap((file) => readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => (JSON.parse(l) as { text: string }).text))
}

const pieces = ['We', 'refunded.', ' We', 'thurs', 'charge', '. ', '! ', '? ', '!! ', '?! ', '. I', '.\nWe', 'Ibid', 'etc', 'Mr', 'sat', 'Friday', 'approx', ' etc. ', 'Mr. ', 'Thurs. Then', 'shipped. Tomorrow', 'resent. It', 'It', '\r', '\r\n', ' '.repeat(70), 'refunded', 'you', 'Dr', 'e.g.', 'U.S', '40', ' ', ' ', '\n', '\n\n', '\t', ',', ';', ':', '-', '—', '"', "'", '’', '”', '(', ')', '[', ']', '.', '...', '…', '!', '?', '?!', '‽', '。', '🙂', '$', '#', '@', '/', '\u00a0', 'é', '日本', 'in.', 'Log']

describe('splitSentences', () => {
  it('gives the ranges parse-english gives, with or without the shortcut', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 20 }), (parts) => {
        const text = parts.join('')
        expect(splitSentences(text)).toEqual(splitSentences(text, 0, false))
      }),
      { numRuns: 30_000, seed: 7 },
    )
  })

  it('gives the ranges parse-english gives on every paragraph of our labelled corpora', () => {
    let plain = 0
    for (const text of corpusTexts()) {
      for (const paragraph of text.split(/\n[^\S\n]*\n/)) {
        const ranges = splitSentences(paragraph, 0, false)
        expect(splitSentences(paragraph)).toEqual(ranges)
        if (ranges.length > 1 && !paragraph.includes('\n')) plain++
      }
    }
    // The corpora hold many paragraphs of several sentences: the comparison is not vacuous.
    expect(plain).toBeGreaterThan(200)
  })

  it('splits plain sentence ends without asking parse-english, and leaves the others to it', () => {
    expect(splitSentences('We refunded the charge today. It arrives within five days! Anything else?')).toEqual([[0, 29], [30, 58], [59, 73]])
    // "thurs." and "etc." are abbreviations to parse-english: one sentence each time
    expect(splitSentences('See you thurs. Then we ship.')).toEqual(splitSentences('See you thurs. Then we ship.', 0, false))
    expect(splitSentences('Bring cables, adapters, etc. The rest we supply.')).toEqual([[0, 48]])
    // A blank line ends a sentence however much whitespace it holds: that is parse-english's to split.
    const blank = `We refunded the charge\n${' '.repeat(80)}\nIt arrives Monday. Thanks`
    expect(splitSentences(blank)).toEqual(splitSentences(blank, 0, false))
    expect(splitSentences(blank)).toHaveLength(3)
    // Line breaks of any kind count: "\r\r" and "\r\n\r" are blank lines to parse-latin too.
    for (const breaks of ['\r\r', '\r\n\r', '\n\r\n']) expect(splitSentences(`We refunded it${breaks}We did`)).toEqual([[0, 14], [14 + breaks.length, 20 + breaks.length]])
  })

  it('takes a paragraph without an inner sentence end as one sentence, trimmed', () => {
    expect(splitSentences('  Hi Sam, thanks for the photos!” \n')).toEqual([[2, 33]])
    expect(splitSentences('Best,\nMaya')).toEqual([[0, 10]])
  })

  it('still splits at inner sentence ends and blank lines', () => {
    expect(splitSentences('Thanks for writing in. I see the charge.')).toEqual([[0, 22], [23, 40]])
    expect(splitSentences('First line\n\nSecond line')).toEqual([[0, 10], [12, 23]])
  })
})
