/**
 * The 13 real public libraries in ../shared/libraries (issue 6, "Done when"), read from there,
 * never copied: every reply SOURCES.md counts is found, with the right titles, and every word of
 * every reply maps onto the same word in the file.
 *
 * No file needs reader options: formats come from extensions and content (the Blendify `.md` is
 * delimited by `---- TITLE` lines), and markdown mode from the file (fenced libraries vs section
 * text). The last block shows the options that force the same readings explicitly.
 */
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import YAML from 'yaml'
import { describe, expect, it } from 'vitest'
import { type CollectionResult, type ReadOptions, readCollection } from '../../src/collections/index.js'
import { ROOT, byTitle, expectSound, expectWordsMapped } from './helpers.js'

const SHARED = join(ROOT, '../shared/libraries')
const present = existsSync(join(SHARED, 'SOURCES.md'))
if (!present) console.warn(`shared-libraries.test: ${SHARED} is absent; skipping the real-library tests`)

/** file → replies, as SOURCES.md counts them (checked against the table below). */
const EXPECTED: Record<string, number> = {
  'json-flat-map/Jevrem99__paysend_macro_manager__macros.json': 265,
  'csv-zendesk-macros/fduartejr__zendesk-macro-importer__fts_zendesk_macros_api_import.csv': 22,
  'yaml-github-replies/typescript-eslint__typescript-eslint__replies.yml': 14,
  'markdown-sections/angular__angular-cli__SAVED_REPLIES.md': 12,
  'markdown-sections/prometheus__docs__saved_replies.md': 9,
  'mdx-fenced/freeCodeCamp__contribute__reply-templates.mdx': 18,
  'plaintext-delimited/Blendify__blender-bugtracker-canned-responses__responses.md': 15,
  'markdown-fenced/Dispo-Genius__dispo-clawdbot-config__response-templates.md': 24,
  'markdown-file-per-reply/skillrecordings__support__refund-initiated.md': 1,
  'markdown-file-per-reply/skillrecordings__support__refund-initiated-formal.md': 1,
  'markdown-file-per-reply/skillrecordings__support__refund-initiated-brief.md': 1,
  'yaml-osticket/osTicket__osTicket__premade.yaml': 2,
  'yaml-osticket/osTicket__osTicket__ticket.autoresp.yaml': 1,
}

async function read(path: string, options: Partial<ReadOptions> = {}): Promise<CollectionResult & { file: string }> {
  const file = readFileSync(join(SHARED, path), 'utf8')
  return { file, ...(await readCollection(file, { path: join(SHARED, path), ...options })) }
}

describe.skipIf(!present)('shared/libraries: real public libraries', () => {
  it('SOURCES.md lists the same 13 files and reply counts (385 bodies)', () => {
    const sources = readFileSync(join(SHARED, 'SOURCES.md'), 'utf8')
    // Columns: File | Repo | Path | Commit | Licence | Format | Replies (a leading count) | …; `\|` is an escaped pipe.
    const rows = [...sources.matchAll(/^\| `([^`]+)` \|(?:(?:[^|\\\n]|\\.)*\|){5} (\d+)/gm)].map((m) => [m[1], Number(m[2])])
    expect(Object.fromEntries(rows)).toEqual(EXPECTED)
    expect(Object.values(EXPECTED).reduce((a, b) => a + b)).toBe(385)
  })

  it.each(Object.entries(EXPECTED))('%s: finds %i replies, every word mapped onto the file', async (path, count) => {
    const result = await read(path)
    expect(result.error).toBeUndefined()
    expect(result.replies).toHaveLength(count)
    for (const reply of result.replies) {
      expect(reply.text.trim()).not.toBe('')
      expectSound(result.file, reply)
      expectWordsMapped(result.file, reply)
    }
  })

  it('Paysend: every key and value, and the 12 Cyrillic macros skipped as not English', async () => {
    const result = await read('json-flat-map/Jevrem99__paysend_macro_manager__macros.json')
    const parsed = JSON.parse(result.file) as Record<string, string>
    expect(result.replies.map((r) => r.title)).toEqual(Object.keys(parsed))
    expect(result.replies.map((r) => r.text)).toEqual(Object.values(parsed))
    const cyrillic = Object.entries(parsed).filter(([, body]) => /[\u0400-\u04ff]/.test(body)).map(([title]) => title)
    expect(cyrillic).toHaveLength(12)
    expect(result.replies.filter((r) => r.notice === 'not-english').map((r) => r.title)).toEqual(cyrillic)
    expect(result.replies.filter((r) => r.notice !== undefined && r.notice !== 'not-english')).toEqual([])
    expect(result.replies.filter((r) => r.excluded)).toEqual([])
  })

  it('Zendesk CSV: the comment_value of each actions_json, through CSV and JSON escapes', async () => {
    const result = await read('csv-zendesk-macros/fduartejr__zendesk-macro-importer__fts_zendesk_macros_api_import.csv')
    expect(result.replies[0].title).toBe('FTS - WISMO Tracking Request')
    const reply = result.replies[0]
    expect(reply.text.split('\n')[1]).toBe('Thanks for reaching out. Please share your order number so support can pull tracking.')
    const at = reply.text.indexOf('Search your inbox for “Your order has shipped”.')
    const span = reply.toFileSpan(at, at + 'Search your inbox for “Your order has shipped”.'.length)
    expect(result.file.slice(span.start, span.end)).toBe('Search your inbox for “Your order has shipped”.')
    expect(result.replies.every((r) => r.text.startsWith('Hi {{ticket.requester.first_name}},'))).toBe(true)
  })

  it('typescript-eslint replies.yml: names and bodies as the yaml package reads them, all markdown', async () => {
    const result = await read('yaml-github-replies/typescript-eslint__typescript-eslint__replies.yml')
    const parsed = YAML.parse(result.file) as { replies: Array<{ name: string; body: string }> }
    expect(result.replies.map((r) => [r.title, r.text])).toEqual(parsed.replies.map((r) => [r.name, r.body]))
    expect(new Set(result.replies.map((r) => r.format))).toEqual(new Set(['markdown']))
  })

  it('angular-cli: the fence of each versioned heading; the preamble is not a reply', async () => {
    const result = await read('markdown-sections/angular__angular-cli__SAVED_REPLIES.md')
    expect(result.replies.every((r) => /^Angular CLI: .+ \(v[\d.]+\)$/.test(r.title))).toBe(true)
    expect(byTitle(result, 'Angular CLI: Duplicate (v1.1)').text).toBe(
      'Thanks for reporting this issue. However, this issue is a duplicate of #<ISSUE_NUMBER>. Please subscribe to that issue for future updates.',
    )
  })

  it('prometheus: section text of ## and #### replies; the DCO command fence stays inside its reply', async () => {
    const result = await read('markdown-sections/prometheus__docs__saved_replies.md')
    expect(result.replies.map((r) => r.title)).toEqual([
      'User Support', 'DCO', 'Moratorium on integrations (SD & Alertmanager)', 'Duplicate', 'Non-trivial', 'Out of scope',
      'Philosophy', 'Non-Goal', 'Against goal / design decision',
    ])
    const dco = byTitle(result, 'DCO')
    expect(dco.text.startsWith('Thanks for your PR.')).toBe(true)
    expect(dco.text).toContain('git commit --amend --signoff')
    expect(dco.text.endsWith('As always, be careful when force-pushing.')).toBe(true)
    expect(byTitle(result, 'Philosophy').group).toEqual(['Issue or PR', 'Out of scope'])
  })

  it('freeCodeCamp MDX: 18 bodies in 14 sections, variants numbered, nested fence kept', async () => {
    const result = await read('mdx-fenced/freeCodeCamp__contribute__reply-templates.mdx')
    expect(new Set(result.replies.map((r) => r.title)).size).toBe(14)
    expect(result.replies.filter((r) => r.title === 'Closing Invalid Pull Requests').map((r) => r.variant)).toEqual([0, 1, 2])
    expect(result.replies.filter((r) => r.title === 'Closing Invalid Issues').map((r) => r.variant)).toEqual([0, 1, 2])
    expect(byTitle(result, 'Syncing Fork').text).toContain('```bash\ngit remote add upstream')
    expect(byTitle(result, '`first timer only` Issues').text.startsWith('Thanks for opening this issue.')).toBe(true)
  })

  it('Blendify: the `---- TITLE` lines of a delimited .md file', async () => {
    const result = await read('plaintext-delimited/Blendify__blender-bugtracker-canned-responses__responses.md')
    expect(result.format).toBe('plaintext')
    expect(result.replies.map((r) => r.title)).toEqual([...result.file.matchAll(/^---- (.+)$/gm)].map((m) => m[1]))
  })

  it('Dispo-Genius: the fenced bodies under ## and ###; the star-level table is documentation', async () => {
    const result = await read('markdown-fenced/Dispo-Genius__dispo-clawdbot-config__response-templates.md')
    expect(result.replies.filter((r) => r.group?.length === 1).map((r) => r.title)).toEqual(['General Structure (6-Star)', 'HEARD Recovery Template'])
    expect(result.replies.some((r) => /Star Level Guide|7-Star Delight Templates/.test(r.title))).toBe(false)
  })

  it('skillrecordings: one file, one reply titled by the file name (no trailing newline)', async () => {
    const result = await read('markdown-file-per-reply/skillrecordings__support__refund-initiated-brief.md')
    expect(result.replies.map((r) => [r.title, r.text])).toEqual([['skillrecordings__support__refund-initiated-brief', result.file]])
  })

  it('osTicket: the response with raw <br> as HTML, the email template body as HTML', async () => {
    const premade = await read('yaml-osticket/osTicket__osTicket__premade.yaml')
    expect(premade.replies.map((r) => [r.title, r.format])).toEqual([['What is osTicket (sample)?', 'plaintext'], ['Sample (with variables)', 'html']])
    expect(premade.replies[1].plain?.text).toBe(
      'Hi %{ticket.name.first},\n\nYour ticket #%{ticket.number} created on %{ticket.create_date} is in %{ticket.dept.name} department.',
    )
    const template = await read('yaml-osticket/osTicket__osTicket__ticket.autoresp.yaml')
    expect(template.replies[0].plain?.text.startsWith('Dear %{recipient.name.first},\n\nA request for support has been created')).toBe(true)
    expect(template.replies[0].plain?.text).not.toContain('Support Ticket Opened') // the subject is not the body
  })

  it.each<[string, Partial<ReadOptions>]>([
    ['plaintext-delimited/Blendify__blender-bugtracker-canned-responses__responses.md', { format: 'plaintext', delimiter: /^---- (.+)$/ }],
    ['markdown-fenced/Dispo-Genius__dispo-clawdbot-config__response-templates.md', { mode: 'fence' }],
    ['mdx-fenced/freeCodeCamp__contribute__reply-templates.mdx', { mode: 'fence', headingDepth: 2 }],
    ['markdown-sections/prometheus__docs__saved_replies.md', { mode: 'text' }],
    ['markdown-sections/angular__angular-cli__SAVED_REPLIES.md', { mode: 'fence', headingDepth: 2 }],
  ])('%s: explicit options %o read the same replies', async (path, options) => {
    const [auto, explicit] = await Promise.all([read(path), read(path, options)])
    expect(explicit.replies.map((r) => [r.title, r.variant, r.text])).toEqual(auto.replies.map((r) => [r.title, r.variant, r.text]))
  })

  it('prometheus with headingDepth 2: the #### variants join "Out of scope" (6 replies)', async () => {
    const result = await read('markdown-sections/prometheus__docs__saved_replies.md', { headingDepth: 2 })
    expect(result.replies).toHaveLength(6)
    expect(byTitle(result, 'Out of scope').text).toContain('#### Philosophy')
  })
})
