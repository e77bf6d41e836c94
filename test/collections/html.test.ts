import { describe, expect, it } from 'vitest'
import { readCollection } from '../../src/collections/index.js'
import { expectMapped, expectSound, readFixture } from './helpers.js'

describe('HTML: a draft file (html/refund-approved.html)', async () => {
  const result = await readFixture('html/refund-approved.html')
  const { file } = result
  const [reply] = result.replies

  it('is one reply whose text is the HTML source and whose plain text is what the customer reads', () => {
    expect(result.format).toBe('html')
    expect(result.replies).toHaveLength(1)
    expect(reply.title).toBe('refund-approved')
    expect(reply.format).toBe('html')
    expect(reply.text).toBe(file.trim())
    expect(reply.plain?.text).toBe(
      'Hi Dana,\n\n' +
        'Thanks for your patience while we checked your order. The blender you received had a cracked jug — that’s on us, and I’m sorry.\n\n' +
        'I’ve refunded the full €89.00 to your Visa ending 4242 today. You’ll see it within 3–5 business days.\n\n' +
        "I don't want a replacement, I obviously just want my money back.\n\n" +
        'Understood: no replacement will be sent, and there’s no need to return the jug.\n\n' +
        'Best,\nJonas\nKitchenly Support',
    )
  })

  it('never shows head, title, style, comments or attributes to the rules', () => {
    expect(reply.plain?.text).not.toMatch(/Refund approved|margin|replylint-disable|sig|charset/)
  })

  it('maps phrases through entities, a folded line and inline markup', () => {
    expectMapped(file, reply, 'cracked jug — that’s on us', 'cracked\njug &mdash; that&rsquo;s on us')
    expectMapped(file, reply, 'I’ve refunded the full €89.00 to', 'I&rsquo;ve refunded the full <strong>&euro;89.00</strong> to')
    expectMapped(file, reply, 'within 3–5 business days.', 'within 3&ndash;5 business days.')
  })

  it('marks the customer quote in <blockquote> as a quote region', () => {
    expect(reply.plain?.regions.map((r) => [r.kind, reply.plain!.text.slice(r.start, r.end)])).toEqual([
      ['quote', "I don't want a replacement, I obviously just want my money back."],
    ])
    const span = reply.plain!.toFileSpan(reply.plain!.regions[0].start, reply.plain!.regions[0].end)
    expect(file.slice(span.start, span.end)).toBe("I don't want a replacement, I obviously just want my money back.")
  })

  it('maps every unit soundly, and plain offsets into the HTML text', () => {
    expectSound(file, reply)
    const at = reply.plain!.text.indexOf('Jonas')
    expect(reply.text.slice(reply.plain!.toTextOffset(at), reply.plain!.toTextOffset(at) + 5)).toBe('Jonas')
  })
})

describe('HTML: projection rules', () => {
  const plain = async (html: string) => (await readCollection(html, { path: 'reply.html' })).replies[0].plain!

  it('collapses whitespace runs and drops it at block edges', async () => {
    expect((await plain('<p>\n  Hello   there,\n</p>\n\n<p>  thanks  </p>')).text).toBe('Hello there,\n\nthanks')
  })

  it('makes two <br> in a row a blank line and one <br> a line break', async () => {
    expect((await plain('Hi,<br><br>line one<br>line two')).text).toBe('Hi,\n\nline one\nline two')
  })

  it('puts list items on their own lines and keeps <pre> whitespace', async () => {
    const p = await plain('<ol><li>Open Settings</li><li>Click   Save</li></ol><pre>a  b\n  c</pre>')
    expect(p.text).toBe('Open Settings\nClick Save\n\na  b\n  c')
    expect(p.regions).toEqual([{ start: 26, end: 34, kind: 'code' }])
    expect(p.text.slice(26, 34)).toBe('a  b\n  c')
  })

  it('decodes numeric and named entities, mapping each to its ampersand', async () => {
    const html = '<p>caf&#233; &#x1F600; &amp; &lt;tag&gt;</p>'
    const p = await plain(html)
    expect(p.text).toBe('café 😀 & <tag>')
    const at = p.text.indexOf('é')
    expect(html.slice(p.toFileSpan(at, at + 1).start, p.toFileSpan(at, at + 1).end)).toBe('&#233;')
    const lt = p.text.indexOf('<')
    expect(html.slice(p.toFileSpan(lt, lt + 5).start, p.toFileSpan(lt, lt + 5).end)).toBe('&lt;tag&gt;')
  })
})
