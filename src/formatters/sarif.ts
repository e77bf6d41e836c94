/**
 * SARIF 2.1.0, the subset GitHub code scanning reads (docs: "SARIF support for
 * code scanning"): rules with descriptions and help links, results with a level,
 * a repository-relative location and stable fingerprints, suggestions as `fixes`.
 * A message no rule owns (fatal errors, notices) is a tool execution notification,
 * not an alert: it says the run could not judge a file, not that the file is wrong.
 */
import type { Diagnostic, Fix, LintResult } from '../types.js'
import { replyOf } from './messages.js'
import { type ArtifactLocation, artifactLocation } from './paths.js'
import { FINGERPRINT_KEY, fingerprintsOf } from './sarif-fingerprint.js'
import { type SourceIndex, indexSource } from './source-text.js'
import type { Formatter, RuleInfo } from './types.js'

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json'
export const INFORMATION_URI = 'https://github.com/replylint/replylint'

type Json = Record<string, unknown>

const LEVEL = { 0: 'note', 1: 'warning', 2: 'error' } as const

const sarif: Formatter = (results, meta) => {
  const rules = ruleTable(results, meta.rulesMeta)
  const alerts: Json[] = []
  const notifications: Json[] = []
  for (const result of results) {
    const artifact = artifactLocation(result.filePath, meta.cwd)
    const source = result.source === undefined ? undefined : indexSource(result.source)
    // Problems disabled by a directive are left out: code scanning does not honour SARIF
    // `suppressions` and would open an alert for each (github/codeql-action#1230).
    const fingerprints = fingerprintsOf(result)
    for (const m of result.messages) {
      const location = locationOf(artifact, m)
      if (m.fatal || !m.ruleId) {
        notifications.push(notificationOf(m, location, rules.indexOf))
        continue
      }
      const fixes = fixesOf(m, artifact, source)
      alerts.push({
        ruleId: m.ruleId,
        ruleIndex: rules.indexOf.get(m.ruleId),
        level: LEVEL[m.severity],
        message: { text: m.message },
        locations: [location],
        partialFingerprints: { [FINGERPRINT_KEY]: fingerprints.get(m) },
        ...(fixes.length ? { fixes } : {}),
      })
    }
  }
  const log = {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'replylint', version: meta.version, informationUri: INFORMATION_URI, rules: rules.descriptors } },
        // JavaScript strings, like the kernel's columns, count UTF-16 code units.
        columnKind: 'utf16CodeUnits',
        results: alerts,
        invocations: [
          {
            executionSuccessful: !results.some((r) => r.messages.some((m) => m.fatal)),
            ...(notifications.length ? { toolExecutionNotifications: notifications } : {}),
          },
        ],
      },
    ],
  }
  return `${JSON.stringify(log, null, 2)}\n`
}

/** Every rule that ran or reported, sorted by id; results point into it by index. */
function ruleTable(results: LintResult[], rulesMeta: Record<string, RuleInfo>) {
  const ids = new Set(Object.keys(rulesMeta))
  for (const r of results) for (const m of r.messages) if (m.ruleId) ids.add(m.ruleId)
  const sorted = [...ids].sort()
  const descriptors = sorted.map((id) => descriptorOf(id, rulesMeta[id]))
  return { descriptors, indexOf: new Map(sorted.map((id, i) => [id, i])) }
}

function descriptorOf(id: string, info: RuleInfo | undefined): Json {
  // A rule without metadata (a plugin the caller did not describe) is still named.
  if (!info) return { id }
  return {
    id,
    shortDescription: { text: info.description },
    fullDescription: { text: info.description },
    helpUri: info.docsUrl,
    help: { text: `${info.description}\n\nDocumentation: ${info.docsUrl}`, markdown: `${info.description}\n\n[Documentation](${info.docsUrl})` },
    defaultConfiguration: { level: info.defaultSeverity === 'warn' ? 'warning' : 'error' },
  }
}

function locationOf(artifact: ArtifactLocation, m: Diagnostic): Json {
  const region = {
    startLine: Math.max(m.line, 1),
    startColumn: Math.max(m.column, 1),
    endLine: Math.max(m.endLine, m.line, 1),
    endColumn: Math.max(m.endColumn, 1),
  }
  const { replyTitle, replyIndex } = replyOf(m)
  // Inside a canned-response collection the reply is the logical location: the
  // physical one still points into the original file.
  const logical = replyTitle === undefined ? {} : { logicalLocations: [{ name: replyTitle, kind: 'resource', ...(replyIndex === undefined ? {} : { properties: { replyIndex } }) }] }
  return { physicalLocation: { artifactLocation: artifact, region }, ...logical }
}

function notificationOf(m: Diagnostic, location: Json, indexOf: Map<string, number>): Json {
  return {
    level: m.fatal ? 'error' : LEVEL[m.severity],
    message: { text: m.message },
    locations: [location],
    ...(m.ruleId && indexOf.has(m.ruleId) ? { associatedRule: { id: m.ruleId, index: indexOf.get(m.ruleId) } } : {}),
  }
}

function fixesOf(m: Diagnostic, artifact: ArtifactLocation, source: SourceIndex | undefined): Json[] {
  const fixes: Array<[string, Fix]> = []
  if (m.fix) fixes.push(['Automatic fix (replylint --fix)', m.fix])
  for (const s of m.suggestions ?? []) fixes.push([s.desc, s.fix])
  return fixes.map(([description, fix]) => ({
    description: { text: description },
    artifactChanges: [{ artifactLocation: artifact, replacements: [{ deletedRegion: regionOfRange(fix.range, source), insertedContent: { text: fix.text } }] }],
  }))
}

/** A fix's range is file offsets; with the source at hand it gets lines and columns too. */
function regionOfRange([start, end]: [number, number], source: SourceIndex | undefined): Json {
  const chars = { charOffset: start, charLength: end - start }
  if (!source) return chars
  const a = source.positionOf(start)
  const b = source.positionOf(end)
  return { startLine: a.line, startColumn: a.column, endLine: b.line, endColumn: b.column, ...chars }
}

export default sarif
