import { describe, expect, it } from 'vitest'
import { readCollection } from '../../src/collections/index.js'
import { byTitle, expectMapped, expectSound, expectWordsMapped, readFixture } from './helpers.js'

describe('CSV: Zendesk bulk import with actions_json (csv/macros.csv)', async () => {
  const result = await readFixture('csv/macros.csv')
  const { file } = result
  // An independent list of titles: each record starts a line with `<title>,True,"[` (quoted if it has a comma).
  const titles = [...file.matchAll(/^(?:"([^"\n]+)"|([^\n,]+)),True,"\[/gm)].map((m) => m[1] ?? m[2])

  it('finds one reply per row, titled by the title column', () => {
    expect(result.error).toBeUndefined()
    expect(titles).toHaveLength(22)
    expect(result.replies.map((r) => r.title)).toEqual(titles)
  })

  it('takes the body from the comment_value action inside the JSON cell', () => {
    const reply = byTitle(result, 'LED - Export failed')
    expect(reply.text.startsWith('Hi {{ticket.requester.first_name}},\nSorry the CSV export failed.')).toBe(true)
    expect(reply.text.endsWith('Thanks,\nLedgerly Support')).toBe(true)
  })

  it('maps through both escape layers: JSON \\n inside CSV "" quoting', () => {
    const reply = byTitle(result, 'LED - Bank sync broken')
    expectMapped(file, reply, 'Please go to Settings → Bank feeds and click “Reconnect”.')
    expectMapped(file, reply, 'authorisation.\nPlease go', 'authorisation.\\nPlease go')
    // The JSON string's closing quote is CSV-escaped: a span ending the body stops before it.
    const end = reply.toFileSpan(reply.text.length - 'Ledgerly Support'.length, reply.text.length)
    expect(file.slice(end.start, end.end)).toBe('Ledgerly Support')
    expect(file.slice(end.end, end.end + 2)).toBe('""')
  })

  it('marks the row whose comment_mode_is_public is false as an internal note', () => {
    expect(byTitle(result, 'LED - Internal: escalate to billing').notice).toBe('internal-note')
    expect(result.replies.filter((r) => r.notice)).toHaveLength(1)
  })

  it('maps every unit soundly', () => {
    for (const reply of result.replies) {
      expectSound(file, reply)
      expectWordsMapped(file, reply)
    }
  })
})

describe('CSV: semicolon-separated export with CRLF records (csv/saved-replies.csv)', async () => {
  const result = await readFixture('csv/saved-replies.csv')
  const { file } = result

  it('sniffs the delimiter and reads Name/Body columns', () => {
    expect(result.replies.map((r) => r.title)).toEqual([
      'Order arrived damaged', 'Where is my refund', 'Size exchange', 'Policy (bad)', 'Discount code', 'Gift wrapping',
    ])
    expect(byTitle(result, 'Policy (bad)').text).toBe('Hello,\n\nIt\'s company policy. There is nothing more we can do.\n\nRegards')
  })

  it('maps through "" quotes in a multi-line quoted cell', () => {
    expectMapped(file, byTitle(result, 'Size exchange'), 'ship the "M" straight away', 'ship the ""M"" straight away')
    expectMapped(file, byTitle(result, 'Gift wrapping'), 'reading "Happy birthday, Sam!" to', 'reading ""Happy birthday, Sam!"" to')
    expectMapped(file, byTitle(result, 'Where is my refund'), "Thanks for checking in. Your refund of [AMOUNT]")
  })

  it('maps every unit soundly', () => {
    for (const reply of result.replies) expectSound(file, reply)
  })
})

describe('CSV: shapes and errors', () => {
  const read = (text: string, path = 'macros.csv') => readCollection(text, { path })

  it('reads a TSV by its extension and unquoted cells', async () => {
    const text = 'name\ttext\nWelcome\tThanks for joining us today.\n'
    const { replies } = await read(text, 'saved.tsv')
    expect(replies.map((r) => [r.title, r.text])).toEqual([['Welcome', 'Thanks for joining us today.']])
    expect(text.slice(replies[0].toFileSpan(0, 6).start, replies[0].toFileSpan(0, 6).end)).toBe('Thanks')
  })

  it('places records after skipped empty lines', async () => {
    const text = 'title,body\n\n\nLate,"Sorry, your order is late."\n'
    const { replies } = await read(text)
    expect(replies[0].text).toBe('Sorry, your order is late.')
    expect(replies[0].toFileOffset(0)).toBe(text.indexOf('Sorry'))
    expect(replies[0].titleOffset).toBe(text.indexOf('Late'))
  })

  it('reports a bad closing quote where the parser stopped', async () => {
    const result = await readFixture('malformed/broken.csv')
    expect(result.replies).toEqual([])
    expect(result.error?.message).toMatch(/^invalid CSV: Invalid Closing Quote: got "o" at line 3/)
    expect(result.file.slice(result.error!.offset).startsWith('oops')).toBe(true)
  })

  it('reports an unclosed quote at the quote that opened the field', async () => {
    const text = 'title,body\nOk,fine\nBroken,"never closed\n'
    const result = await read(text)
    expect(result.error?.message).toMatch(/^invalid CSV: Quote Not Closed/)
    expect(result.error?.offset).toBe(text.indexOf('"never'))
  })

  it('reports malformed JSON inside the actions_json cell at its place in the file', async () => {
    const text = 'title,active,actions_json\nOk,True,"[{""field"": ""comment_value"" ""value"": ""Hi""}]"\n'
    const result = await read(text)
    expect(result.error?.message).toBe('invalid CSV: actions_json: invalid JSON: comma expected')
    expect(text.slice(result.error!.offset).startsWith('""value""')).toBe(true)
  })

  it('reports a CSV with no title/body columns', async () => {
    const result = await read('sku,price\nA1,3\n')
    expect(result.error?.message).toMatch(/^no replies found/)
  })
})
