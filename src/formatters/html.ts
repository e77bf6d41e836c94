/**
 * `--format html -o report.html`: a library report for support leads (issue 6). One
 * self-contained page: inline CSS, SVG and a few lines of script, and a Content-Security-Policy
 * that forbids loading anything, so it opens offline and from a CI artifact. It shows the
 * figures of `summary`, problems per rule and the three A's coverage as bar charts (drawn
 * here, so they show without script), and a table of replies with their problems that a search
 * box filters.
 */
import { plural, severityWord } from './messages.js'
import { type LibraryStats, type ReplyStat, THREE_AS, libraryStats, percent } from './replies.js'
import type { Formatter } from './types.js'

const html: Formatter = (results, meta) => {
  const stats = libraryStats(results, meta.cwd)
  const checked = stats.checked.length
  const clean = stats.checked.filter((r) => r.errors + r.warnings === 0).length
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'">`,
    '<title>replylint report</title>',
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    '<header><h1>replylint report</h1>',
    `<p class="meta">replylint ${esc(meta.version)} · ${plural(new Set(results.map((r) => r.filePath)).size, 'file')}</p></header>`,
    cards(stats, checked, clean),
    unreadable(stats),
    section('per-rule', 'Problems per rule', stats.perRule.length ? barChart(stats.perRule.map(([id, n]) => ({ key: id, label: id, value: n, max: stats.perRule[0][1], text: String(n) }))) : '<p class="none">No problems.</p>'),
    section('three-as', 'The three A’s', threeAs(stats, checked)),
    section('replies', 'Replies', table(stats.checked)),
    `<script>${SCRIPT}</script>`,
    '</body>',
    '</html>',
    '',
  ]
    .filter((part, i, all) => part !== '' || i === all.length - 1)
    .join('\n')
}

function cards(stats: LibraryStats, checked: number, clean: number): string {
  const skipped = [...stats.skipped.values()].reduce((a, b) => a + b, 0)
  const card = (id: string, n: number, label: string) => `<div class="card" id="${id}"><span class="n">${n}</span> ${label}</div>`
  return [
    '<section class="cards">',
    card('replies-checked', checked, 'replies checked'),
    card('replies-clean', clean, `clean (${percent(clean, checked)})`),
    card('errors', stats.errors, stats.errors === 1 ? 'error' : 'errors'),
    card('warnings', stats.warnings, stats.warnings === 1 ? 'warning' : 'warnings'),
    card('skipped', skipped, 'skipped with a notice'),
    '</section>',
  ].join('\n')
}

function unreadable(stats: LibraryStats): string {
  if (!stats.unreadable.length) return ''
  const items = stats.unreadable.map((u) => `<li><code>${esc(u.file)}:${u.line}:${u.column}</code> ${esc(u.message)}</li>`)
  return section('not-linted', 'Files not linted', `<ul>${items.join('')}</ul>`)
}

/** RULES.md's acknowledge, apologize, act: replies without a problem of each rule. */
function threeAs(stats: LibraryStats, checked: number): string {
  const bars = THREE_AS.map(({ label, ruleId }) => {
    const kept = stats.checked.filter((r) => !r.rules.has(ruleId)).length
    return { key: ruleId, label, value: kept, max: checked, text: `${kept} of ${checked} (${percent(kept, checked)})` }
  })
  return `${barChart(bars)}\n<p class="note">A reply counts when it has no problem of the rule: missing-acknowledgement, non-apology, no-concrete-action.</p>`
}

interface Bar {
  key: string
  label: string
  value: number
  max: number
  text: string
}

const LABEL_WIDTH = 230
const BAR_WIDTH = 360
const ROW = 26

function barChart(bars: Bar[]): string {
  const height = bars.length * ROW
  const rows = bars.map((b, i) => {
    const width = b.max ? Math.round((b.value / b.max) * BAR_WIDTH) : 0
    const y = i * ROW
    return [
      `<g class="bar" data-key="${esc(b.key)}" data-value="${b.value}">`,
      `<text x="${LABEL_WIDTH - 8}" y="${y + 17}" text-anchor="end">${esc(b.label)}</text>`,
      `<rect x="${LABEL_WIDTH}" y="${y + 4}" width="${width}" height="${ROW - 8}" rx="3"></rect>`,
      `<text class="value" x="${LABEL_WIDTH + width + 6}" y="${y + 17}">${esc(b.text)}</text>`,
      '</g>',
    ].join('')
  })
  return `<svg class="chart" role="img" viewBox="0 0 ${LABEL_WIDTH + BAR_WIDTH + 140} ${height}" width="${LABEL_WIDTH + BAR_WIDTH + 140}" height="${height}">\n${rows.join('\n')}\n</svg>`
}

function table(replies: ReplyStat[]): string {
  const rows = replies.map((r) => {
    const problems = r.messages.filter((m) => severityWord(m) !== 'notice').map((m) => {
      const word = severityWord(m)
      const rule = m.ruleId ? ` <code>${esc(m.ruleId)}</code>` : ''
      return `<li><span class="sev ${word}">${word}</span> ${m.line}:${m.column} ${esc(m.message)}${rule}</li>`
    })
    const cls = r.errors ? 'has-errors' : r.warnings ? 'has-warnings' : 'clean'
    return [
      `<tr class="${cls}" data-errors="${r.errors}" data-warnings="${r.warnings}">`,
      `<td>${esc(r.file)}</td>`,
      `<td>${r.title === undefined ? '<span class="none">(whole file)</span>' : esc(r.title)}</td>`,
      `<td class="num">${r.line}</td><td class="num">${r.errors}</td><td class="num">${r.warnings}</td>`,
      `<td>${problems.length ? `<ul>${problems.join('')}</ul>` : '<span class="none">clean</span>'}</td>`,
      '</tr>',
    ].join('')
  })
  return [
    `<p><input id="search" type="search" placeholder="Filter replies by file, title, rule or message" aria-label="Filter replies"> <span id="shown">${replies.length} of ${replies.length} replies shown</span></p>`,
    '<table id="reply-table">',
    '<thead><tr><th>File</th><th>Reply</th><th>Line</th><th>Errors</th><th>Warnings</th><th>Problems</th></tr></thead>',
    `<tbody>\n${rows.join('\n')}\n</tbody>`,
    '</table>',
  ].join('\n')
}

function section(id: string, title: string, body: string): string {
  return `<section id="${id}">\n<h2>${esc(title)}</h2>\n${body}\n</section>`
}

function esc(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!)
}

const STYLE = `
body { font: 15px/1.45 system-ui, sans-serif; margin: 2rem auto; max-width: 72rem; padding: 0 1rem; color: #1f2328; }
h1 { margin: 0; } h2 { margin-top: 2rem; border-bottom: 1px solid #d0d7de; padding-bottom: .3rem; }
.meta, .note, .none { color: #59636e; }
.cards { display: flex; flex-wrap: wrap; gap: .75rem; margin-top: 1.5rem; }
.card { border: 1px solid #d0d7de; border-radius: 6px; padding: .6rem 1rem; min-width: 9rem; }
.card .n { display: block; font-size: 1.8rem; font-weight: 600; }
#errors .n { color: #cf222e; } #warnings .n { color: #9a6700; } #replies-clean .n { color: #1a7f37; }
.chart text { font: 13px system-ui, sans-serif; fill: #1f2328; }
#per-rule rect { fill: #cf222e; } #three-as rect { fill: #1a7f37; }
table { border-collapse: collapse; width: 100%; margin-top: .5rem; }
th, td { text-align: left; vertical-align: top; padding: .35rem .5rem; border-bottom: 1px solid #d0d7de; }
td.num { text-align: right; } td ul { margin: 0; padding-left: 1rem; } td:last-child { width: 50%; }
tr.clean td { color: #59636e; }
#search { font: inherit; padding: .3rem .5rem; width: 24rem; max-width: 100%; }
.sev { font-weight: 600; } .sev.error { color: #cf222e; } .sev.warning { color: #9a6700; }
`

// The search box: a row stays when its text holds every word typed, in any case.
const SCRIPT = `
(function () {
  var input = document.getElementById('search');
  var rows = Array.prototype.slice.call(document.querySelectorAll('#reply-table tbody tr'));
  var shown = document.getElementById('shown');
  input.addEventListener('input', function () {
    var words = input.value.toLowerCase().split(/\\s+/).filter(Boolean);
    var n = 0;
    rows.forEach(function (row) {
      var text = row.textContent.toLowerCase();
      var keep = words.every(function (w) { return text.indexOf(w) >= 0; });
      row.hidden = !keep;
      if (keep) n++;
    });
    shown.textContent = n + ' of ' + rows.length + ' replies shown';
  });
})();
`

export default html
