/**
 * The 13 real public libraries in ../shared/libraries, linted through the CLI from there (never
 * copied; issue 6, "Done when"): every reply SOURCES.md counts is found, and every diagnostic
 * lands where the same reply, linted alone as a separate file (same kind: template), puts it,
 * mapped into the library file.
 *
 * Per-file settings: JSON, YAML and CSV files are libraries by extension, and the angular and
 * prometheus markdown files by name (`SAVED_REPLIES`, `saved_replies`). Five files need
 * `--collection auto` because their names say nothing of a library: the freeCodeCamp `.mdx`, the
 * Blendify `responses.md` (delimited by `---- TITLE` lines, which content detection reads), the
 * Dispo-Genius `response-templates.md`, and the three skillrecordings one-reply files. No file
 * needs reader settings (see test/collections/shared-libraries.test.ts).
 */
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { type CollectionReply, readCollection } from '../../src/collections/index.js'
import { resolveRules } from '../../src/engine/lint-files.js'
import { lintText } from '../../src/engine/lint-text.js'
import { locator } from '../../src/reply/location.js'
import { ROOT, runCli } from '../helpers/cli.js'

const SHARED = join(ROOT, '../shared/libraries')
const present = existsSync(join(SHARED, 'SOURCES.md'))
if (!present) console.warn(`shared-libraries (engine): ${SHARED} is absent; skipping the real-library lint tests`)

/** Files whose names do not say "library": linted with `--collection auto`. */
const NEEDS_FLAG = /reply-templates\.mdx$|Blendify__.*responses\.md$|response-templates\.md$|skillrecordings__/

/** file → replies, read from SOURCES.md's table (File | Repo | Path | Commit | Licence | Format | Replies …). */
function expectedCounts(): Array<[string, number]> {
  const sources = readFileSync(join(SHARED, 'SOURCES.md'), 'utf8')
  return [...sources.matchAll(/^\| `([^`]+)` \|(?:(?:[^|\\\n]|\\.)*\|){5} (\d+)/gm)].map((m) => [m[1], Number(m[2])])
}

interface Message {
  ruleId: string | null
  severity: number
  message: string
  line: number
  column: number
  endLine: number
  endColumn: number
  fatal?: boolean
  replyIndex?: number
}

const key = (m: Pick<Message, 'ruleId' | 'message' | 'line' | 'column' | 'endLine' | 'endColumn'>) => `${m.line}:${m.column}-${m.endLine}:${m.endColumn} ${m.ruleId} ${m.message}`

describe.skipIf(!present)('shared/libraries through the CLI', async () => {
  const counts = present ? expectedCounts() : []
  const rules = await resolveRules()

  it('SOURCES.md lists 13 files, 385 replies', () => {
    expect(counts).toHaveLength(13)
    expect(counts.reduce((n, [, c]) => n + c, 0)).toBe(385)
  })

  it.each(counts)('%s: all %i replies found; each diagnostic where the reply alone puts it', async (path, count) => {
    const full = join(SHARED, path)
    const run = await runCli(['--no-config', '--format', 'json', ...(NEEDS_FLAG.test(path) ? ['--collection', 'auto'] : []), full])
    expect(run.stderr).toBe('')
    const [result] = JSON.parse(run.stdout) as Array<{ messages: Message[]; replies: Array<{ index: number; notice?: string }> }>
    expect(result.replies).toHaveLength(count)
    expect(result.messages.filter((m) => m.fatal)).toEqual([])

    const file = readFileSync(full, 'utf8')
    const { replies } = await readCollection(file, { path: full })
    const single = replies.length === 1
    const toFile = locator(file)
    let compared = 0
    for (const reply of replies) {
      if (reply.notice) {
        expect(result.messages.filter((m) => m.replyIndex === reply.index).map((m) => [m.severity, m.ruleId])).toEqual([[0, null]])
        continue
      }
      // Linted alone, a reply has no other-language paragraphs or HTML quotes marked: compare the others.
      if (reply.excluded?.length || reply.plain?.regions.length) continue
      const own = result.messages.filter((m) => (single ? true : m.replyIndex === reply.index)).map(key).sort()
      expect(own, `${path} › ${reply.title}`).toEqual(alone(reply, rules, toFile).sort())
      compared++
    }
    expect(compared).toBeGreaterThanOrEqual(count - 16)
  })
})

/** The reply's text linted as its own file (`.md`, or `.txt` for plaintext and HTML text), positions mapped into the library file. */
function alone(reply: CollectionReply, rules: Awaited<ReturnType<typeof resolveRules>>, toFile: ReturnType<typeof locator>): string[] {
  const text = reply.plain?.text ?? reply.text
  const result = lintText(text, { filePath: reply.plain || reply.format === 'plaintext' ? 'reply.txt' : 'reply.md', kind: 'template', rules })
  const starts = [0]
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1)
  const offset = (line: number, column: number) => starts[line - 1] + column - 1
  const map = reply.plain ?? reply
  return result.messages.map((m) => {
    const span = map.toFileSpan(offset(m.line, m.column), offset(m.endLine, m.endColumn))
    return key({ ...m, ...toFile(span) })
  })
}
