/**
 * The machine-readable formatters through the real bin on a temporary project.
 * Assertions pin the dismissive-tone lines only, so rules added later do not
 * break them; the exact output of each formatter is pinned in its own test.
 */
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { lintText } from '../../src/engine/lint-text.js'
import { resolveRules } from '../../src/engine/lint-files.js'
import { runBin, tempProject } from '../helpers/cli.js'
import { sarifSchemaErrors } from '../helpers/sarif-schema.js'

const DRAFT = 'Hi Sam,\n\nAs I already said, the export runs overnight.\n'
const FILE = 'drafts/reply, v2.md'

interface SarifResult {
  ruleId: string
  level: string
  locations: Array<{ physicalLocation: { artifactLocation: { uri: string; uriBaseId?: string }; region: Record<string, number> } }>
  partialFingerprints: Record<string, string>
}

function dismissive(stdout: string): SarifResult[] {
  return JSON.parse(stdout).runs[0].results.filter((r: SarifResult) => r.ruleId === 'dismissive-tone')
}

describe('the real bin with a machine-readable format', () => {
  it('--format compact prints file:line:col: severity message [rule] and the summary', () => {
    const dir = tempProject({ [FILE]: DRAFT, 'drafts/ok.md': 'Hi Sam,\n\nThanks for writing in.\n' })
    const run = runBin(['--format', 'compact', 'drafts'], { cwd: dir })
    expect(run.code).toBe(1)
    expect(run.stderr).toBe('')
    const lines = run.stdout.split('\n')
    expect(lines).toContainEqual(expect.stringMatching(/^drafts\/reply, v2\.md:3:1: error "As I already said" brushes the customer off; .+ \[dismissive-tone\]$/))
    expect(lines.at(-2)).toMatch(/^\d+ problems? \(\d+ errors?, \d+ warnings?\)$/)
    expect(lines.at(-1)).toBe('')
  })

  it('--format github prints workflow commands with escaped properties', () => {
    const dir = tempProject({ [FILE]: DRAFT })
    const run = runBin(['--format', 'github', FILE], { cwd: dir })
    expect(run.code).toBe(1)
    const lines = run.stdout.trimEnd().split('\n')
    for (const line of lines) expect(line).toMatch(/^::(error|warning|notice) file=[^:]*,line=\d+(,col=\d+)?,endLine=\d+(,endColumn=\d+)?,title=[^:,]+::./)
    expect(lines).toContainEqual(expect.stringMatching(/^::error file=drafts\/reply%2C v2\.md,line=3,col=1,endLine=3,endColumn=18,title=dismissive-tone::"As I already said" brushes the customer off; /))
  })

  it('--format sarif prints a schema-valid log whose fingerprints survive an edit above the flagged phrase', () => {
    const dir = tempProject({ [FILE]: DRAFT })
    const before = runBin(['--format', 'sarif', FILE], { cwd: dir })
    expect(before.code).toBe(1)
    expect(sarifSchemaErrors(JSON.parse(before.stdout))).toEqual([])
    const [hit] = dismissive(before.stdout)
    expect(hit.level).toBe('error')
    expect(hit.locations[0].physicalLocation).toEqual({
      artifactLocation: { uri: 'drafts/reply%2C%20v2.md', uriBaseId: '%SRCROOT%' },
      region: { startLine: 3, startColumn: 1, endLine: 3, endColumn: 18 },
    })

    writeFileSync(join(dir, FILE), 'Hi Sam,\n\nThanks for the screenshots.\n\nAs I already said, the export now runs hourly.\n')
    const after = runBin(['--format', 'sarif', FILE], { cwd: dir })
    const [moved] = dismissive(after.stdout)
    expect(moved.locations[0].physicalLocation.region.startLine).toBe(5)
    expect(moved.partialFingerprints).toEqual(hit.partialFingerprints)
  })
})

describe('the kernel hands formatters the source', () => {
  it('keeps the text of a file with problems (BOM removed), as eslint does, and not of a clean one', async () => {
    const rules = await resolveRules()
    expect(lintText(`\uFEFF${DRAFT}`, { filePath: '/x/a.md', rules }).source).toBe(DRAFT)
    expect(lintText('Hi Sam,\n\nThanks for writing in.\n', { filePath: '/x/b.md', rules: [] })).not.toHaveProperty('source')
  })
})
