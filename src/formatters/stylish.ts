/** The default: problems grouped by file, aligned columns, a summary line (eslint's stylish). */
import { Chalk } from 'chalk'
import { oneLine, replyOf } from './messages.js'
import { displayPath } from './paths.js'
import type { Formatter } from './types.js'

const stylish: Formatter = (results, meta) => {
  const c = new Chalk({ level: meta.color ? 1 : 0 })
  let errors = 0
  let warnings = 0
  let fixableErrors = 0
  let fixableWarnings = 0
  let out = ''
  for (const result of results) {
    if (result.messages.length === 0) continue
    errors += result.errorCount
    warnings += result.warningCount
    fixableErrors += result.fixableErrorCount
    fixableWarnings += result.fixableWarningCount
    const rows = result.messages.map((m) => [
      `${m.line}:${m.column}`,
      m.fatal || m.severity === 2 ? 'error' : m.severity === 1 ? 'warning' : 'notice',
      // A phrase matched across a line break would otherwise break the table.
      oneLine(m.message).replace(/([^ ])\.$/, '$1'),
      m.ruleId ?? '',
      m,
    ] as const)
    const width = [0, 1, 2].map((i) => Math.max(...rows.map((r) => (r[i] as string).length)))
    const path = displayPath(result.filePath, meta.cwd)
    // Inside a collection, one header per reply: `macros.json  ›  "Refund denied"` (issue 6).
    let group: string | undefined
    for (const [pos, sev, message, ruleId, m] of rows) {
      const { replyTitle, replyIndex } = replyOf(m)
      const key = replyTitle === undefined ? '' : `${replyIndex}:${replyTitle}`
      if (group !== key) {
        out += `\n${c.underline(path)}${replyTitle === undefined ? '' : `  ›  ${c.bold(JSON.stringify(replyTitle))}`}\n`
        group = key
      }
      const sevText = sev.padEnd(width[1])
      const painted = sev === 'error' ? c.red(sevText) : sev === 'warning' ? c.yellow(sevText) : c.dim(sevText)
      const rule = ruleId && meta.color && meta.rulesMeta[ruleId] ? link(c.dim(ruleId), meta.rulesMeta[ruleId].docsUrl) : c.dim(ruleId)
      const line = `  ${c.dim(pos.padEnd(width[0]))}  ${painted}  ${message.padEnd(width[2])}  ${rule}`.trimEnd()
      out += (m.severity === 0 ? c.dim(line) : line) + '\n'
    }
  }
  const total = errors + warnings
  if (total === 0) return out
  const summary = `\u2716 ${total} problem${total === 1 ? '' : 's'} (${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'})`
  out += `\n${errors ? c.red.bold(summary) : c.yellow.bold(summary)}\n`
  if (fixableErrors + fixableWarnings > 0) {
    out += c.dim(`  ${fixableErrors} error${fixableErrors === 1 ? '' : 's'} and ${fixableWarnings} warning${fixableWarnings === 1 ? '' : 's'} potentially fixable with the \`--fix\` option.`) + '\n'
  }
  return out + '\n'
}

// OSC 8 terminal hyperlink: the rule id opens its docs page in terminals that support it.
function link(text: string, url: string): string {
  return `\u001B]8;;${url}\u0007${text}\u001B]8;;\u0007`
}

export default stylish
