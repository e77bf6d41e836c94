/** The library reports of issue 6: `summary` (exact text) and `html` (the figures in the page). */
import { describe, expect, it } from 'vitest'
import html from '../../src/formatters/html.js'
import summary from '../../src/formatters/summary.js'
import type { Diagnostic, LintResult } from '../../src/types.js'
import { META, RESULTS } from './fixture.js'

describe('summary formatter', () => {
  it('prints replies checked and clean, problems per rule and the worst replies', () => {
    expect(summary(RESULTS, META)).toBe(
      [
        'Replies checked: 5 in 4 files (skipped: 1 not English)',
        'Replies clean:   2 of 5 (40%)',
        'Problems:        7 problems (3 errors, 4 warnings)',
        'Not linted:      notes/broken.md:1:1  Cannot read file: EACCES',
        '',
        'Problems per rule',
        '  dismissive-tone     3',
        '  acme/jargon         1',
        '  no-concrete-action  1',
        '  over-promise        1',
        '  shouting            1',
        '',
        'Worst replies',
        '   1. 2 errors, 2 warnings  drafts/refund #2, "final".md',
        '   2. 1 error, 0 warnings   macros.json:3  ›  "Refund, denied: v2"',
        '   3. 0 errors, 2 warnings  /tmp/elsewhere/reply.txt',
        '',
      ].join('\n'),
    )
  })

  it('lists ten worst replies at most: errors first, then all problems, then file order', () => {
    const results = [library(14)]
    const out = summary(results, META)
    const worst = out.slice(out.indexOf('Worst replies')).split('\n').slice(1).filter(Boolean)
    expect(worst).toHaveLength(10)
    // Reply k has k % 4 errors and k % 3 warnings.
    expect(worst.slice(0, 4)).toEqual([
      '   1. 3 errors, 2 warnings  lib/macros.json:12  ›  "Reply 11"',
      '   2. 3 errors, 1 warning   lib/macros.json:8  ›  "Reply 7"',
      '   3. 3 errors, 0 warnings  lib/macros.json:4  ›  "Reply 3"',
      '   4. 2 errors, 2 warnings  lib/macros.json:3  ›  "Reply 2"',
    ])
    expect(out.split('\n').slice(0, 3)).toEqual([
      'Replies checked: 14 in 1 file',
      'Replies clean:   2 of 14 (14%)',
      'Problems:        32 problems (19 errors, 13 warnings)',
    ])
  })

  it('says so when nothing was checked', () => {
    expect(summary([], META)).toBe('Replies checked: 0 in 0 files\nReplies clean:   0 of 0 (-)\nProblems:        0 problems (0 errors, 0 warnings)\n')
  })
})

describe('html formatter', () => {
  const page = html(RESULTS, META)

  it('is one self-contained page: no external resource, a CSP that forbids loading any', () => {
    expect(page.startsWith('<!DOCTYPE html>\n<html lang="en">')).toBe(true)
    expect(page).toContain(`content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'"`)
    expect(page).not.toMatch(/\b(?:src|href)=/)
    expect(page).not.toMatch(/https?:\/\//)
  })

  it('shows the figures: replies checked and clean, errors, warnings, skipped', () => {
    const card = (id: string) => new RegExp(`<div class="card" id="${id}"><span class="n">(\\d+)</span> ([^<]*)</div>`).exec(page)?.slice(1)
    expect(card('replies-checked')).toEqual(['5', 'replies checked'])
    expect(card('replies-clean')).toEqual(['2', 'clean (40%)'])
    expect(card('errors')).toEqual(['3', 'errors'])
    expect(card('warnings')).toEqual(['4', 'warnings'])
    expect(card('skipped')).toEqual(['1', 'skipped with a notice'])
    expect(page).toContain('<li><code>notes/broken.md:1:1</code> Cannot read file: EACCES</li>')
  })

  it('draws problems per rule and the three A’s as bars sized by their values', () => {
    expect(bars(page, 'per-rule')).toEqual([
      ['dismissive-tone', 3, 360, '3'],
      ['acme/jargon', 1, 120, '1'],
      ['no-concrete-action', 1, 120, '1'],
      ['over-promise', 1, 120, '1'],
      ['shouting', 1, 120, '1'],
    ])
    // 5 checked replies; one has no-concrete-action; none the other two.
    expect(bars(page, 'three-as')).toEqual([
      ['missing-acknowledgement', 5, 360, '5 of 5 (100%)'],
      ['non-apology', 5, 360, '5 of 5 (100%)'],
      ['no-concrete-action', 4, 288, '4 of 5 (80%)'],
    ])
  })

  it('tables each checked reply with its counts and problems, text escaped', () => {
    const rows = [...page.matchAll(/<tr class="([\w-]+)" data-errors="(\d+)" data-warnings="(\d+)"><td>([^<]*)<\/td><td>(.*?)<\/td>/g)].map((m) => m.slice(1))
    expect(rows).toEqual([
      ['has-errors', '2', '2', 'drafts/refund #2, &quot;final&quot;.md', '<span class="none">(whole file)</span>'],
      ['clean', '0', '0', 'drafts/ok.md', '<span class="none">(whole file)</span>'],
      ['clean', '0', '0', 'macros.json', 'Welcome'],
      ['has-errors', '1', '0', 'macros.json', 'Refund, denied: v2'],
      ['has-warnings', '0', '2', '/tmp/elsewhere/reply.txt', '<span class="none">(whole file)</span>'],
    ])
    expect(page).toContain('<li><span class="sev warning">warning</span> 4:6 &quot;100% sure&quot; promises what you cannot control: say what you will do &amp; by &lt;date&gt; <code>over-promise</code></li>')
    expect(page).toContain('<span id="shown">5 of 5 replies shown</span>')
  })
})

/** [key, value, bar width, label] of each bar in one chart section. */
function bars(page: string, section: string): Array<[string, number, number, string]> {
  const body = page.slice(page.indexOf(`<section id="${section}">`), page.indexOf('</section>', page.indexOf(`<section id="${section}">`)))
  return [...body.matchAll(/<g class="bar" data-key="([^"]+)" data-value="(\d+)">.*?<rect [^>]*width="(\d+)"[^>]*>.*?<text class="value"[^>]*>([^<]*)<\/text><\/g>/g)].map(
    (m) => [m[1], Number(m[2]), Number(m[3]), m[4]],
  )
}

/** A collection of `n` replies; reply k has k % 4 errors and k % 3 warnings, on line k + 1. */
function library(n: number): LintResult {
  const messages: Diagnostic[] = []
  const replies = Array.from({ length: n }, (_, k) => ({ title: `Reply ${k}`, index: k, line: k + 1, column: 3 }))
  for (let k = 0; k < n; k++) {
    const at = { line: k + 1, column: 5, endLine: k + 1, endColumn: 9, replyTitle: `Reply ${k}`, replyIndex: k }
    for (let e = 0; e < k % 4; e++) messages.push({ ruleId: 'dismissive-tone', severity: 2, message: 'x', ...at })
    for (let w = 0; w < k % 3; w++) messages.push({ ruleId: 'shouting', severity: 1, message: 'y', ...at })
  }
  const errorCount = messages.filter((m) => m.severity === 2).length
  return {
    filePath: `${META.cwd}/lib/macros.json`, messages, replies, errorCount, warningCount: messages.length - errorCount,
    fatalErrorCount: 0, fixableErrorCount: 0, fixableWarningCount: 0,
  }
}
