import { describe, expect, it } from 'vitest'
import github, { escapeData, escapeProperty } from '../../src/formatters/github.js'
import { META, RESULTS } from './fixture.js'

describe('github formatter', () => {
  it('prints one workflow command per message, escaped as @actions/core escapes', () => {
    expect(github(RESULTS, META)).toBe(
      [
        '::error file=drafts/refund #2%2C "final".md,line=3,col=1,endLine=3,endColumn=18,title=dismissive-tone::"As I already said" brushes the customer off; answer the question again in new words',
        '::warning file=drafts/refund #2%2C "final".md,line=4,col=6,endLine=4,endColumn=15,title=over-promise::"100%25 sure" promises what you cannot control: say what you will do & by <date>',
        // Over two lines: GitHub takes columns only within one line, so they are left out.
        '::error file=drafts/refund #2%2C "final".md,line=4,endLine=5,title=dismissive-tone::"as I%0Aalready said" brushes the customer off; answer the question again in new words',
        '::warning file=drafts/refund #2%2C "final".md,line=5,col=13,endLine=5,endColumn=15,title=shouting::"!!" reads as shouting; end the sentence with a single "!"',
        '::error file=notes/broken.md,line=1,col=1,endLine=1,endColumn=1,title=replylint::Cannot read file: EACCES',
        '::error file=macros.json,line=4,col=10,endLine=4,endColumn=27,title=dismissive-tone (reply "Refund%2C denied%3A v2")::"as I already said" brushes the customer off; answer the question again in new words',
        '::notice file=macros.json,line=5,col=14,endLine=5,endColumn=14,title=replylint (reply "Спасибо")::Reply "Спасибо" is not English; skipped',
        '::warning file=/tmp/elsewhere/reply.txt,line=1,col=1,endLine=1,endColumn=31,title=no-concrete-action::The reply ends without a next step; say what happens next and when',
        '::warning file=/tmp/elsewhere/reply.txt,line=1,col=12,endLine=1,endColumn=24,title=acme/jargon::"reaching out" is jargon',
        '',
      ].join('\n'),
    )
  })

  it('escapes % first, then CR and LF; properties also escape : and ,', () => {
    expect(escapeData('100%\r\n: , %0A')).toBe('100%25%0D%0A: , %250A')
    expect(escapeProperty('a:b,c%\n')).toBe('a%3Ab%2Cc%25%0A')
  })

  it('prints nothing for a clean run', () => {
    expect(github([RESULTS[2]], META)).toBe('')
  })
})
