import { describe, expect, it } from 'vitest'
import { readCollection } from '../../src/collections/index.js'
import { byTitle, expectMapped, expectSound, readFixture } from './helpers.js'

describe('Markdown: fenced saved replies (markdown/SAVED_REPLIES.md)', async () => {
  const result = await readFixture('markdown/SAVED_REPLIES.md')
  const { file } = result
  // Independent count: every heading of a reply is `## Area: Title (vN)`.
  const headings = [...file.matchAll(/^## (.+\(v\d+\))$/gm)].map((m) => m[1])

  it('finds one reply per fence, several fences under one heading as variants', () => {
    expect(headings).toHaveLength(23)
    expect([...new Set(result.replies.map((r) => r.title))]).toEqual(headings)
    expect(result.replies).toHaveLength(25)
    expect(result.replies.filter((r) => r.variant !== undefined).map((r) => [r.title, r.variant, r.index])).toEqual([
      ['Accounts: Delete account (v2)', 0, 5],
      ['Accounts: Delete account (v2)', 1, 6],
      ['Bugs: Needs more information (v3)', 0, 14],
      ['Bugs: Needs more information (v3)', 1, 15],
    ])
  })

  it('leaves out the preamble, the documentation section and the prose around fences', () => {
    expect(result.replies.some((r) => r.title === 'How to use these')).toBe(false)
    expect(result.replies.some((r) => /Do not use|Two versions|For bug reports/.test(r.text))).toBe(false)
    expect(byTitle(result, 'Sync: Works on our end (v1)').text).toBe('Sync works fine on our end. Please calm down and try again later.')
  })

  it('keeps headings for groups', () => {
    expect(byTitle(result, 'Billing: Charged twice (v2)').group).toEqual(['Billing'])
  })

  it('keeps a nested fence inside a four-backtick reply as part of the reply', () => {
    const reply = byTitle(result, 'Sync: Self-hosted server (v3)')
    expect(reply.text).toContain('```bash\nsudo timedatectl set-ntp true\n```')
    expect(reply.text.endsWith('they will reconnect on their own.')).toBe(true)
  })

  it('maps phrases inside fences and variants onto the file', () => {
    expectMapped(file, byTitle(result, 'Sync: Stuck at "Syncing…" (v1)'), 'Our sync server had a queue backlog')
    expectMapped(file, byTitle(result, 'Accounts: Delete account (v2)', 1), "I've deleted your account and all your notes")
    expectMapped(file, byTitle(result, 'Bugs: Needs more information (v3)', 1), 'Which Quillmark version')
    const reply = byTitle(result, 'Features: Obviously (v1)')
    expect(reply.toFileOffset(0)).toBe(file.indexOf('This is obviously already possible.'))
  })

  it('maps every unit soundly', () => {
    for (const reply of result.replies) expectSound(file, reply)
  })
})

describe('Markdown: section text replies (markdown/canned-responses.md)', async () => {
  const result = await readFixture('markdown/canned-responses.md')
  const { file } = result

  it('reads each section with text as a reply, deeper headings too', () => {
    expect(result.replies.map((r) => r.title)).toEqual([
      'Change of sailing', 'Cancellation within 24 hours', 'Vehicle too tall', 'Sailing cancelled for weather',
      'Delay, no compensation (bad)', 'Short version (bad)', 'Chat version', 'Lost property',
    ])
    expect(byTitle(result, 'Chat version').group).toEqual(['Disruption', 'Delay, no compensation (bad)'])
  })

  it('keeps a command fence inside a text reply instead of making it a reply', () => {
    const reply = byTitle(result, 'Vehicle too tall')
    expect(reply.text.startsWith('Thanks for checking before you travel')).toBe(true)
    expect(reply.text.endsWith('````\nManage booking → Vehicle → Height: over 1.85 m → Confirm\n````')).toBe(true)
  })

  it('gives section text verbatim, so offsets are the file offsets', () => {
    const reply = byTitle(result, 'Cancellation within 24 hours')
    expect(reply.text).toBe(file.slice(reply.toFileOffset(0), reply.toFileOffset(reply.text.length)))
    expectMapped(file, reply, 'to your card.<br/>\nRefunds usually show')
  })

  it('reads only `##` replies when headingDepth is 2 (variants join their parent)', async () => {
    const two = await readFixture('markdown/canned-responses.md', { headingDepth: 2 })
    expect(two.replies).toHaveLength(6)
    expect(byTitle(two, 'Delay, no compensation (bad)').text).toContain('#### Chat version')
  })

  it('reads the fences as replies when mode is fence', async () => {
    const fences = await readFixture('markdown/canned-responses.md', { mode: 'fence' })
    expect(fences.replies.map((r) => [r.title, r.text])).toEqual([['Vehicle too tall', 'Manage booking → Vehicle → Height: over 1.85 m → Confirm']])
  })
})

describe('MDX: front matter, import and JSX (markdown/reply-templates.mdx)', async () => {
  const result = await readFixture('markdown/reply-templates.mdx')
  const { file } = result

  it('skips front matter, import and the JSX preamble; reads fenced variants', () => {
    expect(result.replies.map((r) => [r.title, r.variant])).toEqual([
      ['Thanks for the PR', undefined], ['Changes requested', undefined], ['Not a bug', 0], ['Not a bug', 1], ['Spam', undefined],
    ])
    expect(result.replies.some((r) => /^import |<Aside|sidebar:/m.test(r.text))).toBe(false)
  })

  it('maps a phrase in a ```md fence', () => {
    expectMapped(file, byTitle(result, 'Not a bug', 0), 'files above 10 MB are skipped')
    for (const reply of result.replies) expectSound(file, reply)
  })
})

describe('Markdown: structure rules', () => {
  const read = (text: string, options = {}) => readCollection(text, { path: 'SAVED_REPLIES.md', ...options })

  it('never splits a reply at a heading-like line inside a fence', async () => {
    const text = '## One\n\n```\nHi,\n\n## not a heading\n\nThanks\n```\n\n## Two\n\n```\nSecond reply here.\n```\n'
    const { replies } = await read(text)
    expect(replies.map((r) => r.title)).toEqual(['One', 'Two'])
    expect(replies[0].text).toBe('Hi,\n\n## not a heading\n\nThanks')
  })

  it('removes a fence indentation and maps each line back', async () => {
    const text = '## Indented\n\n  ```\n  Hello there,\n    keep this indent\n  ```\n'
    const { replies } = await read(text, { mode: 'fence' })
    expect(replies[0].text).toBe('Hello there,\n  keep this indent')
    expect(replies[0].toFileOffset(replies[0].text.indexOf('keep'))).toBe(text.indexOf('keep'))
  })

  it('treats a heading with only sub-headings as a group and a lone # title as the preamble', async () => {
    const text = '# Replies\n\nIntro for the team.\n\n## Billing\n\n### Refund\n\nI have refunded the order.\n'
    const { replies } = await read(text)
    expect(replies.map((r) => [r.title, r.group])).toEqual([['Refund', ['Replies', 'Billing']]])
  })

  it('reads a markdown file without headings as one reply titled by its name', async () => {
    const { replies } = await readCollection('Thanks for waiting.\nYour refund is on its way.\n', { path: 'templates/refund-sent.md', format: 'markdown' })
    expect(replies.map((r) => [r.title, r.text])).toEqual([['refund-sent', 'Thanks for waiting.\nYour refund is on its way.']])
  })

  it('reads each section by what it holds when neither kind is the majority', async () => {
    const text = '## One\n\n```\nHi there, thanks for waiting.\n```\n\n## Two\n\nSection text here.\n'
    const { replies } = await read(text)
    expect(replies.map((r) => [r.title, r.text])).toEqual([['One', 'Hi there, thanks for waiting.'], ['Two', 'Section text here.']])
  })

  it('keeps CRLF line breaks in fences and sections, mapped exactly', async () => {
    const text = '## One\r\n\r\n```\r\nHi there,\r\n\r\nThanks for waiting.\r\n```\r\n\r\n## Two\r\n\r\nSection text.\r\nSecond line.\r\n'
    const { replies } = await read(text)
    expect(replies.map((r) => r.text)).toEqual(['Hi there,\r\n\r\nThanks for waiting.', 'Section text.\r\nSecond line.'])
    for (const reply of replies) expectSound(text, reply)
    const at = replies[0].text.indexOf('Thanks')
    expect(replies[0].toFileOffset(at)).toBe(text.indexOf('Thanks'))
  })

  it('keeps setext headings and their titles as written', async () => {
    const { replies } = await read('Refund *approved*\n-----------------\n\nI have refunded the order.\n')
    expect(replies[0].title).toBe('Refund *approved*')
  })
})
