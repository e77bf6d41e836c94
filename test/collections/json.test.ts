import { describe, expect, it } from 'vitest'
import { readCollection } from '../../src/collections/index.js'
import { byTitle, expectMapped, expectSound, expectWordsMapped, readFixture } from './helpers.js'

describe('JSON: Zendesk macros export (json/macros.json, ASCII-escaped)', async () => {
  const result = await readFixture('json/macros.json')
  const { file } = result

  it('finds every macro with its title as written', () => {
    expect(result.error).toBeUndefined()
    expect(result.format).toBe('json')
    expect(result.replies).toHaveLength(24)
    expect(result.replies.map((r) => r.index)).toEqual([...Array(24).keys()])
    expect(result.replies[0].title).toBe('Shipping::Where is my order')
    expect(result.replies[23].title).toBe('Feedback::Broken placeholder')
    expect(result.replies.every((r) => r.variant === undefined)).toBe(true)
  })

  it('maps phrases through \\n, \\u00e9, \\u201c and surrogate-pair escapes', () => {
    expectMapped(file, byTitle(result, 'Shipping::Where is my order'), 'Best,\n{{current_user.first_name}}', 'Best,\\n{{current_user.first_name}}')
    expectMapped(file, byTitle(result, 'Wholesale::Enquiry'), 'your café. I', 'your caf\\u00e9. I')
    expectMapped(file, byTitle(result, 'Billing::Update card'), 'Choose “Replace card”.', 'Choose \\u201cReplace card\\u201d.')
    expectMapped(file, byTitle(result, 'Billing::Double charge'), 'charge of €18.50 today', 'charge of \\u20ac18.50 today')
    expectMapped(file, byTitle(result, 'Feedback::Thanks for review'), 'his week. 😊', 'his week. \\ud83d\\ude0a')
  })

  it('gives each half of a surrogate pair its own escape', () => {
    const reply = byTitle(result, 'Feedback::Thanks for review')
    const at = reply.text.indexOf('😊')
    const first = reply.toFileSpan(at, at + 1)
    const second = reply.toFileSpan(at + 1, at + 2)
    expect(file.slice(first.start, first.end)).toBe('\\ud83d')
    expect(file.slice(second.start, second.end)).toBe('\\ude0a')
  })

  it('reads a value given as ["channel:all", text] and a comment_value_html body', () => {
    const array = byTitle(result, 'Shipping::Wrong address')
    expect(array.text.startsWith('Hi {{ticket.requester.first_name}},\n\nThanks for letting us know')).toBe(true)
    expectMapped(file, array, "I've updated it to the one you sent")
    const html = byTitle(result, 'Billing::Invoice copy')
    expect(html.format).toBe('html')
    expect(html.plain?.text).toBe(
      "Hi {{ticket.requester.first_name}},\n\nHappy to help with your invoice. I've attached a copy of invoice #{{ticket.custom_field_invoice}} with your company's VAT number added, as you asked.\n\nBest,\n{{current_user.first_name}}",
    )
    expectMapped(file, html, 'VAT number added, as you asked.')
  })

  it('marks the internal note and the dynamic-content-only macro', () => {
    expect(byTitle(result, 'Internal::Escalate to roastery').notice).toBe('internal-note')
    const dc = byTitle(result, 'Seasonal::Holiday hours')
    expect(dc.notice).toBe('not-lintable')
    expect(dc.detail).toContain('{{dc.holiday_hours}}')
    expect(result.replies.filter((r) => r.notice)).toHaveLength(2)
  })

  it('maps every unit soundly', () => {
    for (const reply of result.replies) {
      expectSound(file, reply)
      expectWordsMapped(file, reply)
    }
  })
})

describe('JSON: flat map {title: body} (json/canned-responses.json)', async () => {
  const result = await readFixture('json/canned-responses.json')
  const { file } = result
  const parsed = JSON.parse(file) as Record<string, string>

  it('finds every key as a title and every value as its body', () => {
    expect(result.replies.map((r) => r.title)).toEqual(Object.keys(parsed))
    expect(result.replies.map((r) => r.text)).toEqual(Object.values(parsed))
    expect(result.replies).toHaveLength(23)
    expect(new Set(result.replies.map((r) => r.format))).toEqual(new Set(['plaintext']))
  })

  it('maps through \\" escapes and raw UTF-8', () => {
    expectMapped(file, byTitle(result, 'Quote the customer'), 'You wrote: "I sent the money to the wrong IBAN."', 'You wrote: \\"I sent the money to the wrong IBAN.\\"')
    expectMapped(file, byTitle(result, 'Verification needed'), 'over €2,000.\n\nPlease upload', 'over €2,000.\\n\\nPlease upload')
    expectMapped(file, byTitle(result, 'Card declined (ver 2)'), 'NOT BY US')
  })

  it('skips the Spanish and Russian macros and keeps the English half of the bilingual one', () => {
    expect(byTitle(result, 'Transferencia retrasada (ES)').notice).toBe('not-english')
    expect(byTitle(result, 'Perevod (RU)').notice).toBe('not-english')
    const both = byTitle(result, 'Transfer arrived (EN + ES)')
    expect(both.notice).toBeUndefined()
    expect(both.excluded).toHaveLength(1)
    const [span] = both.excluded!
    expect(both.text.slice(span.start, span.end)).toMatch(/^Hola,\n\nBuenas noticias: .* la revisaba\.$/s)
    expect(result.replies.filter((r) => r.notice)).toHaveLength(2)
    expect(result.replies.filter((r) => r.excluded)).toHaveLength(1)
  })

  it('maps every unit soundly', () => {
    for (const reply of result.replies) expectSound(file, reply)
  })
})

describe('JSON: Help Scout saved replies with HTML bodies (json/help-scout-saved-replies.json)', async () => {
  const result = await readFixture('json/help-scout-saved-replies.json')
  const { file } = result

  it('descends into _embedded.savedReplies and titles each by name', () => {
    expect(result.replies).toHaveLength(22)
    expect(result.replies[0].title).toBe('Welcome aboard')
    expect(result.replies.filter((r) => r.format === 'html')).toHaveLength(21)
    expect(byTitle(result, 'Dynamic content only').notice).toBe('not-lintable')
  })

  it('lints the text nodes: entities decoded, markup gone, <br> and <p> as breaks', () => {
    const reply = byTitle(result, 'Feed not updating')
    expect(reply.plain?.text).toBe(
      "Hi {%customer.firstName,fallback=there%},\n\nSorry your new episode isn’t showing in Spotify yet. Spotify reads feeds every few hours, and your episode went live 40 minutes ago.\n\nI’ve pinged their crawler from our side, so it should appear within two hours. If it doesn’t, reply here and I’ll check the feed by hand.\n\nCheers,\n{%user.firstName%}",
    )
    expectMapped(file, reply, 'episode isn’t showing', 'episode isn&rsquo;t showing')
    expectMapped(file, byTitle(result, 'Upload failed'), 'a 2 GB WAV', 'a 2&nbsp;GB WAV')
  })

  it('maps a phrase that crosses markup onto the markup as written', () => {
    expectMapped(file, byTitle(result, 'Welcome aboard'), 'copy the RSS link from Settings → Distribution and', 'copy the RSS link from <strong>Settings &rarr; Distribution</strong> and')
  })

  it('ends a phrase before the closing tag, not after it', () => {
    const reply = byTitle(result, 'Custom domain')
    const at = reply.plain!.text.indexOf('Settings → Domain')
    const span = reply.plain!.toFileSpan(at, at + 'Settings → Domain'.length)
    expect(file.slice(span.start, span.end)).toBe('Settings &rarr; Domain')
    expect(file.slice(span.end, span.end + 9)).toBe('</strong>')
  })

  it('gives the customer quote in <blockquote> as a quote region', () => {
    const reply = byTitle(result, 'Quote: customer says audio cut off')
    const [region] = reply.plain!.regions
    expect(region.kind).toBe('quote')
    expect(reply.plain!.text.slice(region.start, region.end)).toBe('The last five minutes of episode 12 are just silence, this is obviously broken!!')
  })

  it('maps every unit soundly', () => {
    for (const reply of result.replies) expectSound(file, reply)
  })
})

describe('JSON: vendor shapes (json/vendors/)', () => {
  it('Freshdesk: content preferred to content_html, content_html when alone', async () => {
    const result = await readFixture('json/vendors/freshdesk-canned-responses.json')
    expect(result.replies.map((r) => [r.title, r.format])).toEqual([
      ['Password reset', 'plaintext'],
      ['Known issue: slow dashboard', 'html'],
      ['Vague (bad)', 'plaintext'],
    ])
    expectMapped(result.file, result.replies[1], "after Tuesday's release", 'after Tuesday&#39;s release')
  })

  it('Intercom: name and HTML body', async () => {
    const result = await readFixture('json/vendors/intercom-macros.json')
    expect(result.replies.map((r) => r.title)).toEqual(['Trial extension', 'Refund policy (bad)', 'Bug confirmed'])
    expectMapped(result.file, result.replies[0], 'Hi {{first_name | fallback: "there"}},', 'Hi {{first_name | fallback: \\"there\\"}},')
  })

  it('Front: _results, not the _links metadata', async () => {
    const result = await readFixture('json/vendors/front-message-templates.json')
    expect(result.replies.map((r) => r.title)).toEqual(['Order confirmed', 'Per my last email (bad)', 'Address change'])
    expect(result.replies[1].plain?.text).toBe('Hi,\n\nPer my last email, the answer is in the docs.')
  })

  it('Gorgias: body_text of setResponseText; addInternalNote is an internal note', async () => {
    const result = await readFixture('json/vendors/gorgias-macros.json')
    expect(result.replies.map((r) => [r.title, r.format, r.notice])).toEqual([
      ['Refund: damaged item', 'plaintext', undefined],
      ['Note: check with warehouse', 'plaintext', 'internal-note'],
      ['WISMO', 'plaintext', undefined],
    ])
    expectMapped(result.file, result.replies[0], "I'm sorry your mug arrived cracked.")
  })

  it('Gorgias: a reply beside an internal note is the reply; an empty body_text falls back to body_html', async () => {
    const text = JSON.stringify({ data: [
      { name: 'Both', actions: [
        { name: 'addInternalNote', arguments: { body_text: 'Check the warehouse first.' } },
        { name: 'setResponseText', arguments: { body_text: 'Sorry about the wait, your parcel ships today.' } },
      ] },
      { name: 'HTML only', actions: [{ name: 'setResponseText', arguments: { body_text: '', body_html: '<div>Thanks for waiting!</div>' } }] },
    ] })
    const { replies } = await readCollection(text, { path: 'gorgias.json' })
    expect(replies.map((r) => [r.title, r.notice, r.plain?.text ?? r.text])).toEqual([
      ['Both', undefined, 'Sorry about the wait, your parcel ships today.'],
      ['HTML only', undefined, 'Thanks for waiting!'],
    ])
  })

  it('Zendesk single macro {"macro": …} with an array value and escapes', async () => {
    const result = await readFixture('json/vendors/zendesk-macro.json')
    expect(result.replies).toHaveLength(1)
    expect(result.replies[0].title).toBe('Billing::Payment failed')
    expectMapped(result.file, result.replies[0], 'Your payment didn’t go through', 'Your payment didn\\u2019t go through')
  })
})

describe('JSON: other shapes and errors', () => {
  const read = (text: string, options = {}) => readCollection(text, { path: 'library.json', ...options })

  it('reads an array of objects with any title-like and body-like keys', async () => {
    const { replies } = await read('[{"id": 7, "reply": "Thanks for writing in."}, {"name": "Two", "message": "Sorry for the wait."}]')
    expect(replies.map((r) => [r.title, r.text])).toEqual([['7', 'Thanks for writing in.'], ['Two', 'Sorry for the wait.']])
  })

  it('reads a map of objects keyed by id, the key as fallback title', async () => {
    const { replies } = await read('{"refund-ok": {"body": "I have refunded the order."}, "late": {"text": "Sorry it is late."}}')
    expect(replies.map((r) => r.title)).toEqual(['refund-ok', 'late'])
  })

  it('prefers a named list of replies to the wrapper\'s own name and text', async () => {
    const { replies } = await read('{"name": "Support library", "text": "Shared by the EU team.", "replies": [{"name": "Late", "body": "Sorry your order is late."}]}')
    expect(replies.map((r) => r.title)).toEqual(['Late'])
  })

  it('reads an array of strings under one title as variants', async () => {
    const { replies } = await read('{"Thanks": ["Thanks for the report!", "Thank you for writing in."]}')
    expect(replies.map((r) => [r.title, r.variant, r.index])).toEqual([['Thanks', 0, 0], ['Thanks', 1, 1]])
  })

  it('detects each body format: HTML, markdown (inline HTML allowed); a markdown library stays markdown', async () => {
    const { replies } = await read(JSON.stringify({
      'Refund HTML': '<p>Thanks for waiting.</p><p>Your refund is on its way.</p>',
      'Guide link': 'Thanks! See [the guide](https://example.com/guide).<br>Cheers',
      'Plain thanks': 'Thanks for waiting. Your refund is on its way.',
    }))
    expect(replies.map((r) => r.format)).toEqual(['html', 'markdown', 'markdown'])
  })

  it('keeps plain text bodies plain when markdown is rare in the library', async () => {
    const bodies = Object.fromEntries(['A', 'B', 'C', 'D', 'E'].map((t) => [`Reply ${t}`, 'Thanks for waiting, it is sorted.']))
    const { replies } = await read(JSON.stringify({ ...bodies, 'With code': 'Run `npm ci` again.' }))
    expect(replies.map((r) => r.format)).toEqual(['plaintext', 'plaintext', 'plaintext', 'plaintext', 'plaintext', 'markdown'])
  })

  it('follows select paths for any other shape', async () => {
    const text = '{"meta": {"v": 2}, "data": {"groups": [{"label": "A", "payload": {"plain": "Hello there, thanks for waiting."}}]}}'
    const { replies } = await read(text, { select: { items: 'data.groups[*]', title: 'label', body: 'payload.plain' } })
    expect(replies.map((r) => [r.title, r.text])).toEqual([['A', 'Hello there, thanks for waiting.']])
  })

  it('reports invalid JSON at the parse error', async () => {
    const result = await readFixture('malformed/broken.json')
    expect(result.replies).toEqual([])
    expect(result.error?.message).toBe('invalid JSON: comma expected')
    expect(result.file.slice(result.error!.offset).startsWith('"Closing chat"')).toBe(true)
  })

  it('reports a document with no reply shape (package.json) instead of passing it as clean', async () => {
    const result = await read('{"name": "x", "version": "1.0.0", "dependencies": {"a": "^1"}}')
    expect(result.error?.message).toMatch(/^no replies found/)
  })

  it('tolerates comments and trailing commas, and a BOM (offsets still index the text given)', async () => {
    const text = '\uFEFF{\n  // saved replies\n  "Hi": "Thanks for waiting.",\n}'
    const { replies, error } = await read(text)
    expect(error).toBeUndefined()
    expect(text.slice(replies[0].toFileOffset(0), replies[0].toFileSpan(0, 6).end)).toBe('Thanks')
    expect(text.slice(replies[0].titleOffset, replies[0].titleOffset + 4)).toBe('"Hi"')
  })
})
