/**
 * `--format summary`: a library's figures for CI logs and support leads (issue 6): replies
 * checked, replies clean, problems per rule, and the ten worst replies.
 */
import { Chalk } from 'chalk'
import { plural, problemSummary } from './messages.js'
import { type ReplyStat, libraryStats, percent, replyLabel, worstReplies } from './replies.js'
import type { Formatter } from './types.js'

const NOTICE_WORDS: Record<string, string> = { 'not-english': 'not English', 'internal-note': 'internal notes', 'not-lintable': 'not lintable' }

const summary: Formatter = (results, meta) => {
  const c = new Chalk({ level: meta.color ? 1 : 0 })
  const stats = libraryStats(results, meta.cwd)
  const checked = stats.checked.length
  const clean = stats.checked.filter((r) => r.errors + r.warnings === 0).length
  const skipped = [...stats.skipped].map(([notice, n]) => `${n} ${NOTICE_WORDS[notice] ?? notice}`)
  const files = new Set(stats.checked.map((r) => r.file)).size
  const lines = [
    `Replies checked: ${checked} in ${plural(files, 'file')}${skipped.length ? ` (skipped: ${skipped.join(', ')})` : ''}`,
    `Replies clean:   ${clean} of ${checked} (${percent(clean, checked)})`,
    `Problems:        ${problemSummary(stats)}`,
  ]
  for (const u of stats.unreadable) lines.push(c.red(`Not linted:      ${u.file}:${u.line}:${u.column}  ${u.message}`))
  if (stats.perRule.length) {
    const width = Math.max(...stats.perRule.map(([id]) => id.length))
    lines.push('', c.bold('Problems per rule'))
    for (const [id, n] of stats.perRule) lines.push(`  ${id.padEnd(width)}  ${String(n).padStart(String(stats.perRule[0][1]).length)}`)
  }
  const worst = worstReplies(stats.checked)
  if (worst.length) {
    lines.push('', c.bold('Worst replies'))
    const counts = worst.map(countText)
    const width = Math.max(...counts.map((s) => s.length))
    worst.forEach((r, i) => lines.push(`  ${String(i + 1).padStart(2)}. ${counts[i].padEnd(width)}  ${replyLabel(r)}`))
  }
  return `${lines.join('\n')}\n`
}

function countText(r: ReplyStat): string {
  return `${plural(r.errors, 'error')}, ${plural(r.warnings, 'warning')}`
}

export default summary
