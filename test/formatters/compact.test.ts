import { describe, expect, it } from 'vitest'
import compact from '../../src/formatters/compact.js'
import { CWD, META, RESULTS } from './fixture.js'

describe('compact formatter', () => {
  it('prints file:line:col: severity message [rule], one line each, then the summary', () => {
    expect(compact(RESULTS, META)).toBe(
      [
        'drafts/refund #2, "final".md:3:1: error "As I already said" brushes the customer off; answer the question again in new words [dismissive-tone]',
        'drafts/refund #2, "final".md:4:6: warning "100% sure" promises what you cannot control: say what you will do & by <date> [over-promise]',
        // The message's line break is folded: one problem, one line.
        'drafts/refund #2, "final".md:4:43: error "as I already said" brushes the customer off; answer the question again in new words [dismissive-tone]',
        'drafts/refund #2, "final".md:5:13: warning "!!" reads as shouting; end the sentence with a single "!" [shouting]',
        'notes/broken.md:1:1: error Cannot read file: EACCES',
        'macros.json:4:10: error "as I already said" brushes the customer off; answer the question again in new words (reply "Refund, denied: v2") [dismissive-tone]',
        'macros.json:5:14: notice Reply "Спасибо" is not English; skipped (reply "Спасибо")',
        '/tmp/elsewhere/reply.txt:1:1: warning The reply ends without a next step; say what happens next and when [no-concrete-action]',
        '/tmp/elsewhere/reply.txt:1:12: warning "reaching out" is jargon [acme/jargon]',
        '',
        '8 problems (4 errors, 4 warnings)',
        '',
      ].join('\n'),
    )
  })

  it('prints nothing for a clean run, and no summary for notices alone', () => {
    expect(compact([RESULTS[2]], META)).toBe('')
    const notice = { ...RESULTS[3], messages: RESULTS[3].messages.filter((m) => m.severity === 0) }
    expect(compact([notice], META)).toBe('macros.json:5:14: notice Reply "Спасибо" is not English; skipped (reply "Спасибо")\n')
  })

  it('says "1 problem (1 error, 0 warnings)" in the singular', () => {
    const one = { ...RESULTS[0], filePath: `${CWD}/a.md`, messages: [RESULTS[0].messages[0]] }
    expect(compact([one], META).split('\n').slice(-3)).toEqual(['', '1 problem (1 error, 0 warnings)', ''])
  })
})
