import { describe, expect, it } from 'vitest'
import { detectFormat, isCollectionFile, readCollection } from '../../src/collections/index.js'
import { byTitle, expectMapped, expectSound, readFixture } from './helpers.js'

describe('Plaintext: delimiter lines (plaintext/canned-responses.txt)', async () => {
  const result = await readFixture('plaintext/canned-responses.txt')
  const { file } = result
  const titles = [...file.matchAll(/^---- (.+)$/gm)].map((m) => m[1])

  it('finds one reply per `---- TITLE` line; the preamble is not a reply', () => {
    expect(result.format).toBe('plaintext')
    expect(titles).toHaveLength(22)
    expect(result.replies.map((r) => r.title)).toEqual(titles)
    expect(result.replies.some((r) => r.text.includes('Harbourhost support macros'))).toBe(false)
    expect(result.replies.every((r) => r.format === 'plaintext')).toBe(true)
  })

  it('gives each body verbatim, without the blank lines around it', () => {
    const reply = byTitle(result, 'SHOUTING')
    expect(reply.text).toBe('Hi,\n\nYOUR SITE WAS SUSPENDED FOR SPAM!! DO NOT CONTACT US AGAIN ABOUT THIS.')
    expectMapped(file, reply, 'DO NOT CONTACT US AGAIN')
    expect(file.slice(reply.titleOffset, reply.titleOffset + 8)).toBe('SHOUTING')
  })

  it('maps every unit soundly', () => {
    for (const reply of result.replies) expectSound(file, reply)
  })
})

describe('Plaintext: delimiter options', () => {
  it('takes a custom delimiter; a named `title` group names the reply', async () => {
    const text = '%% Refund ok %%\nI have refunded it.\n%% Late %%\nSorry, it is late.\n'
    const { replies } = await readCollection(text, { path: 'x.txt', delimiter: /^%% (?<title>.+) %%$/ })
    expect(replies.map((r) => [r.title, r.text])).toEqual([['Refund ok', 'I have refunded it.'], ['Late', 'Sorry, it is late.']])
  })

  it('reads bare `---` separators, titling a reply by its first line', async () => {
    const text = 'Refund approved\nI have refunded the order.\n---\nShipping delay\nSorry your parcel is late.\n'
    const { replies } = await readCollection(`---\n${text}`, { path: 'canned-responses.txt' })
    expect(replies.map((r) => r.title)).toEqual(['Refund approved', 'Shipping delay'])
  })

  it('reads the Stack Exchange `###Name` export format', async () => {
    const { replies } = await readCollection('###Welcome\nWelcome to the site!\n###Duplicate\nThis question already has an answer.\n', { path: 'comments.txt' })
    expect(replies.map((r) => r.title)).toEqual(['Welcome', 'Duplicate'])
  })

  it('reads a text file without delimiter lines as one reply', async () => {
    const { replies } = await readCollection('\nThanks for waiting.\n', { path: 'folder/late-order.txt' })
    expect(replies.map((r) => [r.title, r.text, r.toFileOffset(0)])).toEqual([['late-order', 'Thanks for waiting.', 1]])
  })
})

describe('Format detection', () => {
  it.each([
    ['macros.json', '{}', 'json'],
    ['.github/replies.yml', 'replies: []', 'yaml'],
    ['premade.yaml', '- title: x', 'yaml'],
    ['macros.csv', 'title,body', 'csv'],
    ['export.tsv', 'title\tbody', 'csv'],
    ['draft.html', '<p>Hi</p>', 'html'],
    ['canned.txt', 'Hi', 'plaintext'],
    ['SAVED_REPLIES.md', '## One\n\nHi', 'markdown'],
    ['reply-templates.mdx', '## One', 'markdown'],
    ['responses.md', 'Replies\n---\n\n---- ONE\n\nHi\n\n---- TWO\n\nHo\n', 'plaintext'],
    ['macros', '  [{"title": "x"}]', 'json'],
    ['macros', '<div>Hi</div>', 'html'],
  ])('%s is %s', (path, text, format) => {
    expect(detectFormat(path, text)).toBe(format)
  })

  it('does not take a markdown file with delimiter-like lines in fences for a delimited one', () => {
    expect(detectFormat('SAVED_REPLIES.md', '## A\n\n```\n---- X\n---- Y\n```\n')).toBe('markdown')
  })

  it('reads JSON, YAML, CSV and HTML as collections; markdown and text only by name', () => {
    expect(isCollectionFile('support/macros.json')).toBe(true)
    expect(isCollectionFile('.github/replies.yml')).toBe(true)
    expect(isCollectionFile('docs/SAVED_REPLIES.md')).toBe(true)
    expect(isCollectionFile('support/canned-responses.txt')).toBe(true)
    expect(isCollectionFile('team/my-macros-2024.markdown')).toBe(true)
    expect(isCollectionFile('drafts/refund.md')).toBe(false)
    expect(isCollectionFile('notes.txt')).toBe(false)
    expect(isCollectionFile('drafts/refund.md', ['drafts/*.md'])).toBe(true)
  })
})
