import { describe, expect, it } from 'vitest'
import { locator } from '../../src/reply/location.js'
import { buildReply } from '../../src/reply/model.js'
import type { Span } from '../../src/types.js'

const slice = (text: string, span: Span | undefined) => (span ? text.slice(span.start, span.end) : undefined)
const sentencesOf = (text: string, format: 'markdown' | 'plaintext' = 'markdown') =>
  buildReply(text, { format }).sentences.map((s) => slice(text, s.span))

describe('greeting, opening, sign-off', () => {
  it('separates the greeting from the opening and counts the opening as RULES.md says', () => {
    const text = 'Hi Sam,\n\nThanks for writing in. I see the export broke.\n\nI have restarted it. It will finish tonight.'
    const reply = buildReply(text)
    expect(slice(text, reply.greeting)).toBe('Hi Sam,')
    // first paragraph has two sentences: the opening is that paragraph
    expect(slice(text, reply.opening.span)).toBe('Thanks for writing in. I see the export broke.')
  })

  it('reaches the second sentence when the first paragraph is one sentence long', () => {
    const text = 'Hello,\n\nYour order shipped.\n\nSorry for the delay on our side. More text here.'
    const reply = buildReply(text)
    expect(reply.opening.sentences.map((s) => s.text)).toEqual(['Your order shipped.', 'Sorry for the delay on our side.'])
  })

  it('takes a greeting on the same line as the first sentence', () => {
    const text = 'Hi Sam, thanks for the details. Here is the fix.'
    const reply = buildReply(text)
    expect(slice(text, reply.greeting)).toBe('Hi Sam,')
    expect(reply.sentences[0].text).toBe('thanks for the details.')
  })

  it('ends the greeting at a line break with no punctuation', () => {
    const text = 'Hey @username\nWe would love to merge this.'
    expect(slice(text, buildReply(text).greeting)).toBe('Hey @username')
  })

  it('treats a closing "Thanks," with a name under it as the sign-off, not prose', () => {
    const text = 'I refunded the charge today.\n\nThanks,\nSam\nBilling team'
    const reply = buildReply(text)
    expect(slice(text, reply.signOff)).toBe('Thanks,\nSam\nBilling team')
    expect(reply.sentences.map((s) => s.text)).toEqual(['I refunded the charge today.'])
  })

  it('finds a sign-off inside the last markdown paragraph', () => {
    const text = 'I refunded the charge today.\nBest,\nSam'
    const reply = buildReply(text)
    expect(slice(text, reply.signOff)).toBe('Best,\nSam')
    expect(reply.sentences.map((s) => s.text)).toEqual(['I refunded the charge today.\n'.trim()])
  })

  it('does not take a long closing sentence for a sign-off', () => {
    const text = 'I refunded it.\n\nThank you for helping us make the app better for everyone!'
    expect(buildReply(text).signOff).toBeUndefined()
  })
})

describe('non-prose regions', () => {
  it('cuts the signature at a line that is exactly "--", even where markdown sees a setext heading', () => {
    const text = 'I refunded it.\nSam\n--\nAcme Support\nhttps://acme.test'
    const reply = buildReply(text)
    expect(slice(text, reply.signature)).toBe('--\nAcme Support\nhttps://acme.test')
    expect(reply.sentences.map((s) => s.text)).toEqual(['I refunded it.', 'Sam'])
  })

  it('keeps an inline " -- " as punctuation', () => {
    const text = 'We realise how frustrating it can be -- it is fixed now.'
    const reply = buildReply(text)
    expect(reply.signature).toBeUndefined()
    expect(reply.sentences).toHaveLength(1)
  })

  it('hides blockquotes, code, inline code and URLs from prose', () => {
    const text = '> this is obviously broken\n\nSee `rm -rf cache` at https://acme.test/help.\n\n```\nobviously\n```'
    const reply = buildReply(text)
    expect(reply.sentences.map((s) => s.text)).toEqual(['See \uFFFC at \uFFFC.'])
    expect(reply.regions.map((r) => `${r.kind}:${slice(text, r)}`)).toEqual([
      'quote:> this is obviously broken',
      'inline-code:`rm -rf cache`',
      'url:https://acme.test/help',
      'code:```\nobviously\n```',
    ])
  })

  it('maps prose back to the file through emphasis and link markup', () => {
    const text = 'As I **already** said, read [the guide](https://acme.test).'
    const [sentence] = buildReply(text).sentences
    expect(sentence.text).toBe('As I already said, read the guide.')
    const at = sentence.text.indexOf('already said')
    expect(slice(text, sentence.spanOf(at, at + 'already said'.length))).toBe('already** said')
  })

  it('in plaintext, ">" lines are quotes and "#" or "*" are text', () => {
    const text = '> my order is late\n# 1 priority for us\n* I refunded it.'
    const reply = buildReply(text, { format: 'plaintext' })
    expect(reply.regions.map((r) => r.kind)).toEqual(['quote'])
    expect(reply.paragraphs.map((p) => p.text)).toEqual(['# 1 priority for us', '* I refunded it.'])
  })

  it('marks every placeholder syntax of RULES.md and leaves links alone', () => {
    const slots = [
      '{{ticket.requester.first_name}}', '{{ first_name | fallback: "there" }}', '{% if x %}', '${{ github.actor }}',
      '%{ticket.name.first}', '{%customer.firstName,fallback=there%}', '*|FNAME|*', '%name%', '%1$s', '[[name]]',
      '$SITENAME$', '#{ticket.number}', '{firstname}', '[Customer Name]', '[DATE]', '[workaround if exists]',
      '<PROJECT NAME>', '#<ISSUE_NUMBER>', '@<reporter>', '+XXXXXXX',
    ]
    const text = slots.join(' and ') + ' and [the guide](https://acme.test) and <br>'
    const found = buildReply(text, { format: 'plaintext' }).placeholders.map((p) => slice(text, p))
    expect(found).toEqual(slots)
  })
})

describe('sentences and positions', () => {
  it('does not split at abbreviations or decimals', () => {
    expect(sentencesOf('I refunded $4.50 today, e.g. the fee. See Mr. Smith at 3 p.m. tomorrow.')).toEqual([
      'I refunded $4.50 today, e.g. the fee.',
      'See Mr. Smith at 3 p.m. tomorrow.',
    ])
  })

  it('keeps CRLF offsets and counts columns in UTF-16 units, a tab as one', () => {
    const text = 'Hi Sam,\r\n\r\n\t😀 Thanks for waiting.\r\n'
    const reply = buildReply(text, { format: 'plaintext' })
    const [sentence] = reply.sentences
    expect(sentence.text).toBe('😀 Thanks for waiting.')
    const at = sentence.text.indexOf('Thanks')
    expect(locator(text)(sentence.spanOf(at, at + 6))).toEqual({ line: 3, column: 5, endLine: 3, endColumn: 11 })
  })
})

describe('sentence splitting quirks', () => {
  it('ends a sentence at "in." when a capital follows (parse-english reads it as inches)', () => {
    expect(sentencesOf('Thanks for writing in. I see the export broke.')).toEqual(['Thanks for writing in.', 'I see the export broke.'])
  })
})

describe('sign-off with a name on the same line', () => {
  it('takes "Thanks, Sam" and "Cheers — the Acme team" for sign-offs', () => {
    for (const line of ['Thanks, Sam', 'Cheers — the Acme team', 'Best, J. R.']) {
      const text = `I refunded the charge.\n\n${line}`
      expect(slice(text, buildReply(text).signOff)).toBe(line)
    }
  })

  it('does not take a closing sentence that starts with "Thanks," for a sign-off', () => {
    for (const line of ['Thanks, I got the file.', 'Thanks, we have it now', 'Thank you, this helps a lot']) {
      const text = `I refunded the charge.\n\n${line}`
      expect(buildReply(text).signOff).toBeUndefined()
    }
  })
})
