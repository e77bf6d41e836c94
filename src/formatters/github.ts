/**
 * GitHub Actions workflow commands: each problem becomes an annotation on the
 * pull request's diff (`::error file=…,line=…::message`). Paths are relative to
 * the folder replylint ran in, which in a workflow is the repository root.
 */
import type { Diagnostic } from '../types.js'
import { replyOf, severityWord } from './messages.js'
import { posixPath } from './paths.js'
import type { Formatter } from './types.js'

const COMMAND = { error: 'error', warning: 'warning', notice: 'notice' } as const

const github: Formatter = (results, meta) => {
  let out = ''
  for (const result of results) {
    const file = posixPath(result.filePath, meta.cwd)
    for (const m of result.messages) {
      const properties = Object.entries(propertiesOf(file, m))
        .map(([key, value]) => `${key}=${escapeProperty(String(value))}`)
        .join(',')
      out += `::${COMMAND[severityWord(m)]} ${properties}::${escapeData(m.message)}\n`
    }
  }
  return out
}

function propertiesOf(file: string, m: Diagnostic): Record<string, string | number> {
  const { replyTitle } = replyOf(m)
  const rule = m.ruleId ?? 'replylint'
  const title = replyTitle === undefined ? rule : `${rule} (reply ${JSON.stringify(replyTitle)})`
  // GitHub's annotations take columns only within one line (the checks API says to omit
  // start_column/end_column when start_line and end_line differ), so a span over
  // several lines is annotated by its lines alone.
  if (m.endLine !== m.line) return { file, line: m.line, endLine: m.endLine, title }
  return { file, line: m.line, col: m.column, endLine: m.endLine, endColumn: m.endColumn, title }
}

/** @actions/core's escapeData: the message may hold any text but these three. */
export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
}

/** @actions/core's escapeProperty: also `:` and `,`, which delimit the properties. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C')
}

export default github
