/**
 * JUnit XML, laid out as eslint's junit formatter: one testsuite per file, one
 * testcase per problem (a failure, or an error for a fatal message), and one
 * passing testcase for a clean file. Where eslint's output is not valid JUnit we
 * differ: attributes are escaped, `failures` and `errors` are counted apart, the
 * CDATA text is not entity-escaped, and a notice is a skipped testcase.
 */
import { extname } from 'node:path'
import type { Diagnostic, LintResult } from '../types.js'
import { replyOf, severityWord } from './messages.js'
import { displayPath } from './paths.js'
import type { Formatter } from './types.js'
import { cdata, xmlEscape as x } from './xml.js'

const junit: Formatter = (results, meta) => {
  let out = '<?xml version="1.0" encoding="utf-8"?>\n<testsuites>\n'
  for (const result of results) out += testsuite(result, displayPath(result.filePath, meta.cwd))
  return `${out}</testsuites>\n`
}

function testsuite(result: LintResult, path: string): string {
  // eslint's classname: the file's path without its extension.
  const classname = path.slice(0, path.length - extname(path).length)
  const head = (tests: number, failures: number, errors: number, skipped: number) =>
    `<testsuite package="replylint" time="0" tests="${tests}" failures="${failures}" errors="${errors}" skipped="${skipped}" name="${x(path)}">\n`
  if (result.messages.length === 0) {
    return `${head(1, 0, 0, 0)}<testcase time="0" name="${x(path)}" classname="${x(classname)}" />\n</testsuite>\n`
  }
  const fatal = result.messages.filter((m) => m.fatal).length
  const skipped = result.messages.filter((m) => severityWord(m) === 'notice').length
  let out = head(result.messages.length, result.messages.length - fatal - skipped, fatal, skipped)
  for (const m of result.messages) {
    out += `<testcase time="0" name="replylint.${x(m.ruleId ?? 'unknown')}" classname="${x(classname)}">${outcome(m)}</testcase>\n`
  }
  return `${out}</testsuite>\n`
}

function outcome(m: Diagnostic): string {
  const word = severityWord(m)
  if (word === 'notice') return `<skipped message="${x(m.message)}" />`
  const element = m.fatal ? 'error' : 'failure'
  const { replyTitle } = replyOf(m)
  const where = `line ${m.line}, col ${m.column}${replyTitle === undefined ? '' : `, reply ${JSON.stringify(replyTitle)}`}`
  const text = `${where}, ${word === 'error' ? 'Error' : 'Warning'} - ${m.message}${m.ruleId ? ` (${m.ruleId})` : ''}`
  return `<${element} message="${x(m.message)}">${cdata(text)}</${element}>`
}

export default junit
