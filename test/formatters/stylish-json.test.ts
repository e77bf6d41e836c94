import { describe, expect, it } from 'vitest'
import json from '../../src/formatters/json.js'
import stylish from '../../src/formatters/stylish.js'
import { META, RESULTS } from './fixture.js'

// Collections change stylish's file header (issue 6), so these use the plain drafts.
const DRAFTS = RESULTS.filter((r) => !r.filePath.endsWith('macros.json'))
const DOCS = 'https://github.com/replylint/replylint/blob/main/rules/'

describe('stylish formatter', () => {
  it('groups by file with aligned columns and a summary, without colour', () => {
    expect(stylish(DRAFTS, META)).toBe(
      [
        '',
        'drafts/refund #2, "final".md',
        '  3:1   error    "As I already said" brushes the customer off; answer the question again in new words  dismissive-tone',
        '  4:6   warning  "100% sure" promises what you cannot control: say what you will do & by <date>        over-promise',
        // The message's line break is folded, or it would break the table.
        '  4:43  error    "as I already said" brushes the customer off; answer the question again in new words  dismissive-tone',
        '  5:13  warning  "!!" reads as shouting; end the sentence with a single "!"                            shouting',
        '',
        'notes/broken.md',
        '  1:1  error  Cannot read file: EACCES',
        '',
        '/tmp/elsewhere/reply.txt',
        '  1:1   warning  The reply ends without a next step; say what happens next and when  no-concrete-action',
        '  1:12  warning  "reaching out" is jargon                                            acme/jargon',
        '',
        '✖ 7 problems (3 errors, 4 warnings)',
        '  0 errors and 1 warning potentially fixable with the `--fix` option.',
        '',
        '',
      ].join('\n'),
    )
  })

  it('inside a collection, one header per reply: file  ›  "title"; notices dimmed and not counted', () => {
    const macros = RESULTS.filter((r) => r.filePath.endsWith('macros.json'))
    expect(stylish(macros, META)).toBe(
      [
        '',
        'macros.json  ›  "Refund, denied: v2"',
        '  4:10  error   "as I already said" brushes the customer off; answer the question again in new words  dismissive-tone',
        '',
        'macros.json  ›  "Спасибо"',
        '  5:14  notice  Reply "Спасибо" is not English; skipped',
        '',
        '✖ 1 problem (1 error, 0 warnings)',
        '',
        '',
      ].join('\n'),
    )
    const dimmed = stylish(macros, { ...META, color: true }).split('\n').find((l) => l.includes('not English'))!
    expect(dimmed.startsWith('\u001B[2m')).toBe(true)
    // Only notices: no summary line, nothing counted.
    const onlyNotice = [{ ...macros[0], messages: macros[0].messages.filter((m) => m.severity === 0), errorCount: 0 }]
    expect(stylish(onlyNotice, META)).toBe('\nmacros.json  ›  "Спасибо"\n  5:14  notice  Reply "Спасибо" is not English; skipped\n')
  })

  it('links each rule id to its docs page (OSC 8) when colour is on, and only then', () => {
    const out = stylish(DRAFTS, { ...META, color: true })
    const linked = (id: string) => `\u001B]8;;${DOCS}${id}/README.md\u0007\u001B[2m${id}\u001B[22m\u001B]8;;\u0007`
    const line = (words: string) => out.split('\n').filter((l) => l.includes(words))
    expect(line('As I already said')[0].endsWith(linked('dismissive-tone'))).toBe(true)
    expect(line('100% sure')[0].endsWith(linked('over-promise'))).toBe(true)
    expect(line('reads as shouting')[0].endsWith(linked('shouting'))).toBe(true)
    expect(line('as I already said')[0].endsWith(linked('dismissive-tone'))).toBe(true)
    expect(line('without a next step')[0].endsWith(linked('no-concrete-action'))).toBe(true)
    // A rule without metadata (a plugin) has no page to open: plain, dimmed.
    expect(line('reaching out')[0].endsWith('\u001B[2macme/jargon\u001B[22m')).toBe(true)
    expect(stylish(DRAFTS, META)).not.toContain('\u001B')
  })
})

describe('json formatter', () => {
  it("prints eslint's result shape on one line, without the source text", () => {
    const out = json(RESULTS, META)
    expect(out).not.toContain('\n')
    const parsed = JSON.parse(out)
    expect(RESULTS.filter((r) => r.source !== undefined)).toHaveLength(3)
    for (const r of parsed) expect(r).not.toHaveProperty('source')
    const { source: _source, ...first } = RESULTS[0]
    expect(parsed[0]).toEqual(first)
    // Collection fields pass through untouched.
    expect(parsed[3].messages[0]).toMatchObject({ replyTitle: 'Refund, denied: v2', replyIndex: 1 })
  })

  it('gives the same text in pieces, one per file between the brackets', () => {
    for (const results of [RESULTS, RESULTS.slice(0, 1), []]) {
      const pieces = [...json.pieces(results, META)]
      expect(pieces).toHaveLength(results.length + 2)
      expect(pieces.join('')).toBe(json(results, META))
      expect(pieces.join('')).toBe(JSON.stringify(results.map(({ source: _source, ...r }) => r)))
    }
  })
})
