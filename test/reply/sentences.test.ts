/** Sentence ranges: the one-sentence shortcut (issue 7) must agree with parse-english everywhere. */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { splitSentences } from '../../src/reply/sentences.js'

const pieces = ['We', 'refunded', 'you', 'Dr', 'e.g.', 'U.S', '40', ' ', ' ', '\n', '\n\n', '\t', ',', ';', ':', '-', '—', '"', "'", '’', '”', '(', ')', '[', ']', '.', '...', '…', '!', '?', '?!', '‽', '。', '🙂', '$', '#', '@', '/', '\u00a0', 'é', '日本', 'in.', 'Log']

describe('splitSentences', () => {
  it('gives the ranges parse-english gives, with or without the shortcut', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 20 }), (parts) => {
        const text = parts.join('')
        expect(splitSentences(text)).toEqual(splitSentences(text, 0, false))
      }),
      { numRuns: 20_000, seed: 7 },
    )
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
