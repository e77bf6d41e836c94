/**
 * One line per problem, `file:line:col: severity message [rule]`, the shape
 * compilers print and editors' problem matchers read; then eslint's summary line.
 */
import { countProblems, oneLine, problemSummary, replySuffix, severityWord } from './messages.js'
import { displayPath } from './paths.js'
import type { Formatter } from './types.js'

const compact: Formatter = (results, meta) => {
  let out = ''
  for (const result of results) {
    const path = displayPath(result.filePath, meta.cwd)
    for (const m of result.messages) {
      const rule = m.ruleId ? ` [${m.ruleId}]` : ''
      out += `${path}:${m.line}:${m.column}: ${severityWord(m)} ${oneLine(m.message)}${replySuffix(m)}${rule}\n`
    }
  }
  const counts = countProblems(results.flatMap((r) => r.messages))
  // eslint's compact prints nothing at all for a clean run.
  if (counts.errors + counts.warnings > 0) out += `\n${problemSummary(counts)}\n`
  return out
}

export default compact
