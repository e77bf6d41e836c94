/**
 * Checkstyle XML as eslint's checkstyle formatter writes it (which Jenkins,
 * reviewdog and SonarQube read): a <file> per linted file, an <error> per
 * message with its rule as `source`. One element per line, for readable diffs.
 */
import type { Diagnostic } from '../types.js'
import { replySuffix, severityWord } from './messages.js'
import { displayPath } from './paths.js'
import type { Formatter } from './types.js'
import { xmlEscape as x } from './xml.js'

// Checkstyle's own severities; a notice (never a problem) is "info".
const SEVERITY = { error: 'error', warning: 'warning', notice: 'info' } as const

const checkstyle: Formatter = (results, meta) => {
  let out = '<?xml version="1.0" encoding="utf-8"?>\n<checkstyle version="4.3">\n'
  for (const result of results) {
    out += `<file name="${x(displayPath(result.filePath, meta.cwd))}">\n`
    for (const m of result.messages) out += `${error(m)}\n`
    out += '</file>\n'
  }
  return `${out}</checkstyle>\n`
}

function error(m: Diagnostic): string {
  const message = `${m.message}${replySuffix(m)}${m.ruleId ? ` (${m.ruleId})` : ''}`
  const source = m.ruleId ? `replylint.rules.${m.ruleId}` : ''
  return `<error line="${m.line}" column="${m.column}" severity="${SEVERITY[severityWord(m)]}" message="${x(message)}" source="${x(source)}" />`
}

export default checkstyle
