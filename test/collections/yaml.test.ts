import YAML from 'yaml'
import { describe, expect, it } from 'vitest'
import { readCollection } from '../../src/collections/index.js'
import { byTitle, expectMapped, expectSound, expectWordsMapped, readFixture } from './helpers.js'

describe('YAML: GitHub saved replies (yaml/replies.yml)', async () => {
  const result = await readFixture('yaml/replies.yml')
  const { file } = result
  const parsed = YAML.parse(file) as { replies: Array<{ name: string; body: string }> }

  it('finds every reply: name as title, body as text', () => {
    expect(result.error).toBeUndefined()
    expect(result.replies).toHaveLength(22)
    expect(result.replies.map((r) => r.title)).toEqual(parsed.replies.map((r) => r.name))
    expect(result.replies.map((r) => r.text)).toEqual(parsed.replies.map((r) => r.body))
  })

  it('lints the whole library as markdown, the renderer GitHub uses', () => {
    expect(new Set(result.replies.map((r) => r.format))).toEqual(new Set(['markdown']))
  })

  it('maps through a literal block scalar (indentation removed)', () => {
    const reply = byTitle(result, 'Needs reproduction')
    expectMapped(file, reply, "couldn't get the error on tidyplot 2.4.1")
    // A phrase across the blank line between paragraphs keeps the file's indentation.
    expectMapped(file, reply, 'Python 3.12.\n\nCould you share', 'Python 3.12.\n\n      Could you share')
  })

  it('maps through a folded block scalar (a line break read as a space)', () => {
    const reply = byTitle(result, 'Stale issue')
    expect(reply.text).toBe(
      "Closing this issue because it has had no activity for 60 days. If it still matters to you, please comment with an update and we'll reopen it.\n\nThanks for your understanding!",
    )
    expectMapped(file, reply, "with an update and we'll reopen it.", "with an update\n      and we'll reopen it.")
    expectMapped(file, reply, 'Thanks for your understanding!')
  })

  it('maps through a double-quoted scalar: \\n, \\" and \\u00c9', () => {
    const reply = byTitle(result, 'Out of scope')
    expectMapped(file, reply, 'The "tidyplot-export" plugin', 'The \\"tidyplot-export\\" plugin')
    expectMapped(file, reply, 'core library.\n\nThe', 'core library.\\n\\nThe')
    expectMapped(file, reply, 'fig)`. Émilie, who', 'fig)`. \\u00c9milie, who')
  })

  it("maps through a single-quoted scalar: '' and folding", () => {
    const reply = byTitle(result, 'Rebase needed')
    expect(reply.text).toContain("Here's a [short guide]")
    expectMapped(file, reply, "push? Here's a", "push? Here''s a")
    expectMapped(file, reply, 'has conflicts.\nCould you', 'has conflicts.\n\n      Could you')
  })

  it('maps through a multi-line plain scalar', () => {
    const reply = byTitle(result, 'Thanks plain')
    expect(reply.text).toBe('Thanks for the quick fix, @{{ author }}! Merging now; it will go out with the next release.')
    expectMapped(file, reply, 'go out with the next release.', 'go out with\n      the next release.')
  })

  it('maps every unit soundly', () => {
    for (const reply of result.replies) {
      expectSound(file, reply)
      expectWordsMapped(file, reply)
    }
  })
})

describe('YAML: osTicket canned responses (yaml/canned-responses.yaml)', async () => {
  const result = await readFixture('yaml/canned-responses.yaml')
  const { file } = result

  it('finds every response: title and response, not the notes', () => {
    expect(result.replies.map((r) => r.title)).toEqual([
      'Password reset done', 'VPN not connecting', 'Ticket received (bad)', 'Printer queue', 'Laptop loan',
      'Software request', 'Not our problem (bad)', 'Email quota (EN + 中文)', '打印机 (中文)',
    ])
    expect(result.replies.some((r) => r.text.includes('verifying identity'))).toBe(false)
  })

  it('reads raw <br> bodies as HTML: the projection has the breaks, positions stay in the YAML', () => {
    const reply = byTitle(result, 'Password reset done')
    expect(reply.format).toBe('html')
    expect(reply.plain?.text).toBe(
      "Hi %{ticket.name.first},\n\nThanks for your patience. I've reset your campus password; the temporary one is in a text message to the phone number on your staff record.\n\nPlease change it at https://password.northgate.example within 24 hours.",
    )
    // The browser's space is a line break and indentation in the file.
    expectMapped(file, reply, 'is in a text message', 'is in a\n    text message')
  })

  it('maps a double-quoted HTML body through both escape layers', () => {
    const reply = byTitle(result, 'Laptop loan')
    expectMapped(file, reply, 'at the "Library Desk" from', 'at the \\"Library Desk\\" from')
    expectMapped(file, reply, 'Café hours', 'Caf\\u00e9 hours')
  })

  it('folds a > scalar and keeps plain text bodies plain', () => {
    const reply = byTitle(result, 'Software request')
    expect(reply.format).toBe('plaintext')
    expectMapped(file, reply, 'covers it, so I', 'covers it,\n    so I')
  })

  it('skips the Chinese response and keeps the English half of the bilingual one', () => {
    expect(byTitle(result, '打印机 (中文)').notice).toBe('not-english')
    const both = byTitle(result, 'Email quota (EN + 中文)')
    expect(both.notice).toBeUndefined()
    expect(both.excluded?.map((s) => both.text.slice(s.start, s.end))).toEqual([
      '您好，您的邮箱已满，新的邮件会被退回。我们已将您的邮箱容量提高到 50 GB，几分钟内即可恢复正常收信。',
    ])
  })

  it('maps every unit soundly', () => {
    for (const reply of result.replies) expectSound(file, reply)
  })
})

describe('YAML: one template per file (yaml/email/ticket.overlimit.yaml)', async () => {
  const result = await readFixture('yaml/email/ticket.overlimit.yaml')

  it('is one reply titled by the file name, its body the `body`', () => {
    expect(result.replies).toHaveLength(1)
    const [reply] = result.replies
    expect(reply.title).toBe('ticket.overlimit')
    expect(reply.format).toBe('html')
    expect(reply.plain?.text.startsWith("Dear %{ticket.name.first},\n\nYou've reached the limit")).toBe(true)
    expectMapped(result.file, reply, 'We’re sorry for the extra step.', 'We&rsquo;re sorry for the extra step.')
    expectMapped(result.file, reply, 'or close one at your ticket list and write', 'or close one at\n    <a href="%{url}/tickets.php">your ticket list</a> and write')
  })
})

describe('YAML: block scalar details and errors', () => {
  const read = (text: string) => readCollection(text, { path: 'replies.yml' })
  const body = async (scalar: string) => (await read(`replies:\n  - name: T\n    body: ${scalar}`)).replies[0]

  it.each([
    ['|\n      a\n      b\n\n\n', 'a\nb\n'],
    ['|-\n      a\n      b\n\n', 'a\nb'],
    ['|+\n      a\n      b\n\n', 'a\nb\n\n'],
    ['>\n      a\n      b\n\n      c\n', 'a b\nc\n'],
    ['>\n      a\n        indented\n      b\n', 'a\n  indented\nb\n'],
    ['"a \\\n      b"\n', 'a b'],
    ['"tab\\there\\x41\\U0001F600"\n', 'tab\there\x41\u{1F600}'],
  ])('decodes %j like the yaml package and maps each unit', async (scalar, value) => {
    const text = `replies:\n  - name: T\n    body: ${scalar}`
    const reply = await body(scalar)
    expect(reply.text).toBe(value)
    expectSound(text, reply)
  })

  it('reads CRLF files: breaks are \\n in the value and map to the \\r\\n', async () => {
    const text = 'replies:\r\n  - name: A\r\n    body: |\r\n      Hi there,\r\n      thanks.\r\n'
    const [reply] = (await read(text)).replies
    expect(reply.text).toBe('Hi there,\nthanks.\n')
    expectSound(text, reply)
    const br = reply.toFileSpan(9, 10)
    expect(text.slice(br.start, br.end)).toBe('\r\n')
  })

  it('reports a syntax error at its position', async () => {
    const result = await readFixture('malformed/broken.yml')
    expect(result.replies).toEqual([])
    expect(result.error?.message).toMatch(/^invalid YAML: Missing closing "quote/)
    expect(result.error?.offset).toBe(result.file.length)
  })

  it('reports a bad indentation at the offending line', async () => {
    const text = 'replies:\n  - name: A\n    body: |\n      Hi\n   - name: B\n'
    const result = await read(text)
    expect(result.error).toBeDefined()
    expect(text.slice(0, result.error!.offset).split('\n').length).toBe(5)
  })
})
