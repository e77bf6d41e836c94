import { describe, expect, it } from 'vitest'
import sarif from '../../src/formatters/sarif.js'
import type { LintResult } from '../../src/types.js'
import { sarifSchemaErrors } from '../helpers/sarif-schema.js'
import { CWD, META, RESULTS } from './fixture.js'

const REFUND = { uri: 'drafts/refund%20%232%2C%20%22final%22.md', uriBaseId: '%SRCROOT%' }
const MACROS = { uri: 'macros.json', uriBaseId: '%SRCROOT%' }
const OUTSIDE = { uri: 'file:///tmp/elsewhere/reply.txt' }
const DOCS = 'https://github.com/replylint/replylint/blob/main/rules/'
const DISMISSIVE = '"As I already said" brushes the customer off; answer the question again in new words'

const at = (artifactLocation: object, [startLine, startColumn, endLine, endColumn]: number[], extra: object = {}) => ({
  physicalLocation: { artifactLocation, region: { startLine, startColumn, endLine, endColumn } },
  ...extra,
})
const rule = (id: string, text: string, level: string) => ({
  id,
  shortDescription: { text },
  fullDescription: { text },
  helpUri: `${DOCS}${id}/README.md`,
  help: { text: `${text}\n\nDocumentation: ${DOCS}${id}/README.md`, markdown: `${text}\n\n[Documentation](${DOCS}${id}/README.md)` },
  defaultConfiguration: { level },
})
const fix = (description: string, artifactLocation: object, deletedRegion: object, text: string) => ({
  description: { text: description },
  artifactChanges: [{ artifactLocation, replacements: [{ deletedRegion, insertedContent: { text } }] }],
})

const EXPECTED = {
  $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
  version: '2.1.0',
  runs: [
    {
      tool: {
        driver: {
          name: 'replylint',
          version: '0.1.0',
          informationUri: 'https://github.com/replylint/replylint',
          rules: [
            { id: 'acme/jargon' },
            rule('dismissive-tone', 'Phrases that brush the customer off', 'error'),
            rule('no-concrete-action', 'A reply that ends without a next step', 'warning'),
            rule('over-promise', 'Promises that set expectations the team cannot control', 'warning'),
            rule('shouting', 'Words in capitals that are not acronyms, and runs of exclamation or question marks', 'warning'),
          ],
        },
      },
      columnKind: 'utf16CodeUnits',
      results: [
        {
          ruleId: 'dismissive-tone',
          ruleIndex: 1,
          level: 'error',
          message: { text: DISMISSIVE },
          locations: [at(REFUND, [3, 1, 3, 18])],
          partialFingerprints: { 'replylint/v1': '914e5bfe8f1d7a64dfa21be8001c2d3f' },
          fixes: [fix('Drop "As I already said,"', REFUND, { startLine: 3, startColumn: 1, endLine: 3, endColumn: 20, charOffset: 9, charLength: 19 }, '')],
        },
        {
          ruleId: 'over-promise',
          ruleIndex: 3,
          level: 'warning',
          message: { text: '"100% sure" promises what you cannot control: say what you will do & by <date>' },
          locations: [at(REFUND, [4, 6, 4, 15])],
          partialFingerprints: { 'replylint/v1': '4f7ebe7a8adae102527fe72e21e5b14c' },
        },
        {
          ruleId: 'dismissive-tone',
          ruleIndex: 1,
          level: 'error',
          message: { text: '"as I\nalready said" brushes the customer off; answer the question again in new words' },
          locations: [at(REFUND, [4, 43, 5, 13])],
          // The same flagged words as the first result, wrapped: its second occurrence.
          partialFingerprints: { 'replylint/v1': '9da901c051cb4379a7604b9030efb62d' },
        },
        {
          ruleId: 'shouting',
          ruleIndex: 4,
          level: 'warning',
          message: { text: '"!!" reads as shouting; end the sentence with a single "!"' },
          locations: [at(REFUND, [5, 13, 5, 15])],
          partialFingerprints: { 'replylint/v1': 'de58b30c9054f67c659d0469d881c97a' },
          fixes: [fix('Automatic fix (replylint --fix)', REFUND, { startLine: 5, startColumn: 13, endLine: 5, endColumn: 15, charOffset: 128, charLength: 2 }, '!')],
        },
        {
          ruleId: 'dismissive-tone',
          ruleIndex: 1,
          level: 'error',
          message: { text: '"as I already said" brushes the customer off; answer the question again in new words' },
          locations: [at(MACROS, [4, 10, 4, 27], { logicalLocations: [{ name: 'Refund, denied: v2', kind: 'resource', properties: { replyIndex: 1 } }] })],
          partialFingerprints: { 'replylint/v1': '4cf6230a46942eaf0f3c4ca40a87e7d8' },
        },
        {
          ruleId: 'no-concrete-action',
          ruleIndex: 2,
          level: 'warning',
          message: { text: 'The reply ends without a next step; say what happens next and when' },
          locations: [at(OUTSIDE, [1, 1, 1, 31])],
          partialFingerprints: { 'replylint/v1': 'f3abfc78225b8a8b7bec315ff62f42ef' },
        },
        {
          ruleId: 'acme/jargon',
          ruleIndex: 0,
          level: 'warning',
          message: { text: '"reaching out" is jargon' },
          locations: [at(OUTSIDE, [1, 12, 1, 24])],
          partialFingerprints: { 'replylint/v1': '6aead38bebefdb49cb5412f457899101' },
        },
      ],
      invocations: [
        {
          executionSuccessful: false,
          toolExecutionNotifications: [
            { level: 'error', message: { text: 'Cannot read file: EACCES' }, locations: [at({ uri: 'notes/broken.md', uriBaseId: '%SRCROOT%' }, [1, 1, 1, 1])] },
            {
              level: 'note',
              message: { text: 'Reply "Спасибо" is not English; skipped' },
              locations: [at(MACROS, [5, 14, 5, 14], { logicalLocations: [{ name: 'Спасибо', kind: 'resource', properties: { replyIndex: 2 } }] })],
            },
          ],
        },
      ],
    },
  ],
}

/** The fingerprints of one file's results. */
function fingerprints(result: LintResult): string[] {
  const log = JSON.parse(sarif([result], { ...META, rulesMeta: {} }))
  return log.runs[0].results.map((r: { partialFingerprints: Record<string, string> }) => r.partialFingerprints['replylint/v1'])
}

function draft(source: string, flags: Array<[string, number, number]>, messageWording = 'brushes the customer off'): LintResult {
  return {
    filePath: `${CWD}/a.md`,
    source,
    errorCount: flags.length,
    warningCount: 0,
    fatalErrorCount: 0,
    fixableErrorCount: 0,
    fixableWarningCount: 0,
    messages: flags.map(([text, line, column]) => {
      const lines = text.split('\n')
      const last = lines[lines.length - 1]
      return {
        ruleId: 'dismissive-tone', messageId: 'dismissive', severity: 2 as const, message: `"${text}" ${messageWording}`,
        line, column, endLine: line + lines.length - 1, endColumn: lines.length === 1 ? column + text.length : last.length + 1,
      }
    }),
  }
}

describe('sarif formatter', () => {
  it('prints the whole log exactly, pretty-printed', () => {
    const out = sarif(RESULTS, META)
    expect(JSON.parse(out)).toEqual(EXPECTED)
    expect(out).toBe(`${JSON.stringify(EXPECTED, null, 2)}\n`)
  })

  it('validates against the official SARIF 2.1.0 schema', () => {
    expect(sarifSchemaErrors(JSON.parse(sarif(RESULTS, META)))).toEqual([])
    // A clean run is a valid log too, with an empty results list (which closes old alerts).
    const clean = JSON.parse(sarif([RESULTS[2]], META))
    expect(sarifSchemaErrors(clean)).toEqual([])
    expect(clean.runs[0].results).toEqual([])
    expect(clean.runs[0].invocations).toEqual([{ executionSuccessful: true }])
  })

  it('the schema check has teeth: a bad level, an unencoded URI or line 0 fail', () => {
    const log = JSON.parse(sarif(RESULTS, META))
    log.runs[0].results[0].level = 'severe'
    log.runs[0].results[1].locations[0].physicalLocation.artifactLocation.uri = 'drafts/refund #2.md'
    log.runs[0].results[2].locations[0].physicalLocation.region.startLine = 0
    expect(sarifSchemaErrors(log)).toEqual([
      '/runs/0/results/0/level: must be equal to one of the allowed values',
      '/runs/0/results/1/locations/0/physicalLocation/artifactLocation/uri: must match format "uri-reference"',
      '/runs/0/results/2/locations/0/physicalLocation/region/startLine: must be >= 1',
    ])
  })

  it('leaves out a problem disabled by a directive, and the one still open keeps its fingerprint', () => {
    const both = draft('As I already said, yes.\nAs I already said, no.\n', [['As I already said', 1, 1], ['As I already said', 2, 1]])
    const [disabled, kept] = both.messages
    const result = { ...both, messages: [kept], suppressedMessages: [{ ...disabled, suppressions: [{ kind: 'directive' as const, justification: '' }] }] }
    // Code scanning ignores SARIF `suppressions` and would open an alert for it.
    const results = JSON.parse(sarif([result], META)).runs[0].results
    expect(results).toHaveLength(1)
    expect(results[0].locations[0].physicalLocation.region.startLine).toBe(2)
    expect(results[0].partialFingerprints['replylint/v1']).toBe(fingerprints(both)[1])
  })

  describe('partialFingerprints survive edits', () => {
    const before = draft('Hi Sam,\n\nAs I already said, it ships Monday.\n', [['As I already said', 3, 1]])

    it('keep their value when lines are added above or the text is rewrapped', () => {
      const moved = draft('Hi Sam,\n\nThanks for the details.\n\nAs I already said, it ships Monday.\n', [['As I already said', 5, 1]])
      const rewrapped = draft('Hi Sam,\n\nThe box is packed.  As I\nalready said, it ships Monday.\n', [['As I\nalready said', 3, 21]])
      expect(fingerprints(moved)).toEqual(fingerprints(before))
      expect(fingerprints(rewrapped)).toEqual(fingerprints(before))
    })

    it('ignore the message wording, which may improve between versions', () => {
      expect(fingerprints(draft(before.source!, [['As I already said', 3, 1]], 'is dismissive'))).toEqual(fingerprints(before))
    })

    it('tell apart the same phrase twice in a file, and different phrases', () => {
      const twice = draft('As I already said, yes.\nAs I already said, no.\n', [['As I already said', 1, 1], ['As I already said', 2, 1]])
      const [first, second] = fingerprints(twice)
      expect(first).toBe(fingerprints(before)[0])
      expect(second).not.toBe(first)
      expect(fingerprints(draft('Obviously, yes.\n', [['Obviously', 1, 1]]))[0]).not.toBe(first)
    })

    it('fall back to the message, which quotes the flagged text, when the source is absent', () => {
      const { source: _source, ...withoutSource } = before
      const [fallback] = fingerprints(withoutSource)
      expect(fallback).toMatch(/^[0-9a-f]{32}$/)
      expect(fallback).not.toBe(fingerprints(before)[0])
    })
  })
})
