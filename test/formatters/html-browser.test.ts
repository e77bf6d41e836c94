/**
 * The html report in a real browser (issue 6): lint fixtures/libraries/ with `--format html -o`,
 * open the page in headless Chromium (Debian's `chromium`, which .ci/run installs when absent)
 * through playwright-core, and check that the charts and the table render with the numbers the
 * json output gives, that the search box filters, and that the page loads nothing.
 *
 * UPDATE_SCREENSHOT=1 also writes docs/library-report.png, the README's screenshot.
 */
import { existsSync, mkdtempSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ROOT, runCli } from '../helpers/cli.js'

const CHROMIUM = '/usr/bin/chromium'
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run']
const hasPlaywright = (() => {
  try {
    createRequire(import.meta.url).resolve('playwright-core')
    return true
  } catch {
    return false
  }
})()
const reason = !existsSync(CHROMIUM)
  ? `${CHROMIUM} is absent (install it with \`apt-get install -y chromium\`, as .ci/run does)`
  : !hasPlaywright
    ? 'playwright-core is not installed (npm ci installs it)'
    : undefined
if (reason) console.warn(`html-browser.test: skipped: ${reason}`)

interface Figures {
  checked: number
  clean: number
  perRule: Map<string, number>
  withRule: (id: string) => number
}

describe.skipIf(reason !== undefined)('html report in headless Chromium', () => {
  type Browser = import('playwright-core').Browser
  type Page = import('playwright-core').Page
  let browser: Browser
  let page: Page
  let figures: Figures
  const requests: string[] = []

  beforeAll(async () => {
    const dir = mkdtempSync(join(tmpdir(), 'replylint-report-'))
    const report = join(dir, 'report.html')
    const run = await runCli(['--format', 'html', '-o', report, 'fixtures/libraries/'], { cwd: ROOT })
    expect(run.stdout).toBe('')
    const json = await runCli(['--format', 'json', 'fixtures/libraries/'], { cwd: ROOT })
    figures = figuresOf(JSON.parse(json.stdout))
    const { chromium } = await import('playwright-core')
    browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS, headless: true })
    page = await browser.newPage({ viewport: { width: 1200, height: 900 } })
    page.on('request', (r) => requests.push(r.url()))
    await page.goto(pathToFileURL(report).href)
    if (process.env.UPDATE_SCREENSHOT) {
      await page.setViewportSize({ width: 1100, height: 1420 })
      await page.screenshot({ path: join(ROOT, 'docs/library-report.png') })
    }
  }, 60_000)

  afterAll(async () => {
    await browser?.close()
  })

  it('loads nothing but itself', () => {
    expect(requests).toHaveLength(1)
    expect(requests[0]).toMatch(/^file:.*report\.html$/)
  })

  it('shows the replies checked and clean that the json output gives', async () => {
    expect(figures.checked).toBeGreaterThan(150)
    expect(await page.locator('#replies-checked .n').textContent()).toBe(String(figures.checked))
    expect(await page.locator('#replies-clean .n').textContent()).toBe(String(figures.clean))
  })

  it('draws one bar per rule, its length proportional to its count', async () => {
    const bars = await page.locator('#per-rule g.bar').evaluateAll((gs) =>
      gs.map((g) => ({ key: g.getAttribute('data-key'), label: g.querySelector('text.value')!.textContent, width: g.querySelector('rect')!.getBoundingClientRect().width })),
    )
    expect(bars.map((b) => [b.key, Number(b.label)])).toEqual([...figures.perRule].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)))
    const unit = bars[0].width / Number(bars[0].label)
    expect(unit).toBeGreaterThan(0)
    for (const b of bars) expect(Math.abs(b.width - unit * Number(b.label))).toBeLessThan(1.5)
  })

  it('draws the three A’s: replies without each rule’s problem, out of those checked', async () => {
    const labels = await page.locator('#three-as g.bar text.value').allTextContents()
    const kept = (id: string) => figures.checked - figures.withRule(id)
    const pct = (n: number) => `${Math.round((n / figures.checked) * 100)}%`
    expect(labels).toEqual(['missing-acknowledgement', 'non-apology', 'no-concrete-action'].map((id) => `${kept(id)} of ${figures.checked} (${pct(kept(id))})`))
    const widths = await page.locator('#three-as rect').evaluateAll((rs) => rs.map((r) => r.getBoundingClientRect().width))
    expect(widths.every((w) => w > 0)).toBe(true)
  })

  it('tables every checked reply, and the search box filters rows by rule', async () => {
    const rows = page.locator('#reply-table tbody tr')
    expect(await rows.count()).toBe(figures.checked)
    await page.fill('#search', 'dismissive-tone')
    const visible = await rows.evaluateAll((trs) => trs.filter((tr) => !(tr as HTMLElement).hidden).length)
    expect(visible).toBe(figures.withRule('dismissive-tone'))
    expect(await page.locator('#shown').textContent()).toBe(`${visible} of ${figures.checked} replies shown`)
    await page.fill('#search', '')
    expect(await rows.evaluateAll((trs) => trs.filter((tr) => !(tr as HTMLElement).hidden).length)).toBe(figures.checked)
  })
})

interface JsonResult {
  messages: Array<{ ruleId: string | null; severity: number; fatal?: boolean; replyIndex?: number }>
  replies?: Array<{ index: number; notice?: string }>
  filePath: string
}

/** The same figures, counted from the json output: one reply per draft, the `replies` of a collection. */
function figuresOf(results: JsonResult[]): Figures {
  const replies: Array<Set<string>> = []
  const perRule = new Map<string, number>()
  for (const r of results) {
    if (r.messages.some((m) => m.fatal) && !r.replies?.length) continue
    const list = r.replies ? r.replies.filter((x) => !x.notice) : [{ index: -1 }]
    for (const reply of list) {
      const rules = new Set<string>()
      const own = r.messages.filter((m) => m.severity > 0 && (reply.index === -1 || m.replyIndex === reply.index || (r.replies!.length === 1 && m.replyIndex === undefined)))
      for (const m of own) {
        rules.add(m.ruleId!)
        perRule.set(m.ruleId!, (perRule.get(m.ruleId!) ?? 0) + 1)
      }
      replies.push(rules)
    }
  }
  return {
    checked: replies.length,
    clean: replies.filter((r) => r.size === 0).length,
    perRule,
    withRule: (id) => replies.filter((r) => r.has(id)).length,
  }
}
