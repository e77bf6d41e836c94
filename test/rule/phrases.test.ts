/** The phrase matcher every built-in rule's phrase data goes through (src/rule/phrases.ts). */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { compilePhrases } from '../../src/rule/phrases.js'
import { compilePhrase, matchAt, secondTokens, tokenize } from '../../src/rule/token-matcher.js'

const hitsOf = (phrases: string[], text: string) => compilePhrases(phrases.map((phrase) => ({ phrase }))).call(null, text).map((h) => h.text)

describe('compilePhrases', () => {
  it('matches words case-insensitively across any whitespace, with ’ and \' alike', () => {
    expect(hitsOf(["don't worry"], 'Please DON’T\n  worry about it')).toEqual(['DON’T\n  worry'])
  })

  it('reads (a|b) as alternatives and [x] as an optional word', () => {
    expect(hitsOf(['as I [already] (said|mentioned)'], 'As I mentioned, and as I already said')).toEqual(['As I mentioned', 'as I already said'])
  })

  it('matches whole words only', () => {
    expect(hitsOf(['calm down'], 'becalm downstairs, then calm down')).toEqual(['calm down'])
  })

  it('prefers the phrase with more required words, then the longer one', () => {
    const match = compilePhrases([{ phrase: 'sorry for any inconvenience' }, { phrase: 'sorry for any inconvenience caused' }])
    expect(match('We are sorry for any inconvenience caused.').map((h) => h.entry.phrase)).toEqual(['sorry for any inconvenience caused'])
  })

  it('hands out frozen hit lists, so one caller cannot spoil the next one’s', () => {
    const match = compilePhrases([{ phrase: 'calm down' }])
    const first = match('Please calm down.')
    expect(Object.isFrozen(first)).toBe(true)
    expect(match('Please calm down.')).toBe(first)
  })
})

describe('secondTokens', () => {
  it('lists the words that can follow each first word, through optional words and alternatives', () => {
    const pairs = secondTokens(compilePhrase('[please] (be|stay) patient'))
    expect(pairs).toEqual(new Map([['please', new Set(['be', 'stay'])], ['be', new Set(['patient'])], ['stay', new Set(['patient'])]]))
  })

  it('has no filter for a first word that can be the whole match', () => {
    expect(secondTokens(compilePhrase('(obviously|clearly) [so]'))).toEqual(new Map([['obviously', null], ['clearly', null]]))
  })
})

// The index skips candidates by their first two words; it must never skip one that matches.
describe('the first-two-words index', () => {
  const words = ['we', 'are', 'sorry', 'for', 'any', 'the', 'trouble', 'you', 'as', 'I', 'said', "don't", 'calm', 'down']
  const phrase = fc
    .array(fc.oneof(fc.constantFrom(...words), fc.constantFrom(...words).map((w) => `[${w}]`), fc.tuple(fc.constantFrom(...words), fc.constantFrom(...words)).map(([a, b]) => `(${a}|${b})`)), { minLength: 1, maxLength: 4 })
    .map((parts) => parts.join(' '))
    .filter((p) => !p.split(' ').every((w) => w.startsWith('[')))

  it('finds what trying every phrase at every word finds', () => {
    fc.assert(
      fc.property(fc.array(phrase, { minLength: 1, maxLength: 6 }), fc.array(fc.constantFrom(...words), { maxLength: 25 }), (phrases, text) => {
        const sentence = text.join(' ')
        const entries = phrases.map((p) => ({ phrase: p }))
        const fast = compilePhrases(entries)(sentence).map((h) => [h.start, h.end, h.entry.phrase])
        // The same ranking compilePhrases uses, without its index.
        const ranked = [...entries].sort((a, b) => required(b.phrase) - required(a.phrase) || b.phrase.length - a.phrase.length)
        const compiled = ranked.map((e) => ({ e, c: compilePhrase(e.phrase) }))
        const tokens = tokenize(sentence)
        const slow: Array<[number, number, string]> = []
        for (let i = 0; i < tokens.length; i++) {
          for (const { e, c } of compiled) {
            const end = matchAt(c, tokens, i)
            if (end < 0) continue
            slow.push([tokens[i].start, tokens[end - 1].end, e.phrase])
            i = end - 1
            break
          }
        }
        expect(fast).toEqual(slow)
      }),
      { numRuns: 3000, seed: 11 },
    )
  })
})

function required(phrase: string): number {
  return phrase.split(' ').filter((w) => !w.startsWith('[')).length
}
