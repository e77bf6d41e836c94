// npm run bench: every figure is a ratio of two commands run alternately in the same session
// (A, B, A, B, … after a warm-up), reported as the median of the per-pair ratios with min–max.
//   node bench/run.mjs [--quick] [--only NAME[,NAME]] [--pairs N]
// --quick uses a small corpus and few pairs: a smoke test of the harness, not a measurement.
import { spawnSync } from 'node:child_process'
import { existsSync, linkSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { generate } from './generate.mjs'

const here = dirname(fileURLToPath(import.meta.url))
const root = join(here, '..')
const args = process.argv.slice(2)
const quick = args.includes('--quick')
const only = args.includes('--only') ? args[args.indexOf('--only') + 1].split(',') : undefined
const pairsArg = args.includes('--pairs') ? Number(args[args.indexOf('--pairs') + 1]) : undefined
const corpus = join(here, quick ? 'corpus-quick' : 'corpus')
generate(corpus, { small: quick })

const node = process.execPath
const bin = join(root, 'bin/replylint.js')
const floor = join(here, 'floor.mjs')
const hasTime = existsSync('/usr/bin/time')
const MiB = 1024 * 1024

/** Runs a command once; returns wall seconds and peak RSS in bytes. */
function measure(argv, env = {}) {
  const rssFile = join(tmpdir(), `replylint-bench-${process.pid}.rss`)
  const cmd = hasTime ? ['/usr/bin/time', '-f', '%M', '-o', rssFile, ...argv] : argv
  const t0 = process.hrtime.bigint()
  const r = spawnSync(cmd[0], cmd.slice(1), { cwd: root, stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, ...env }, maxBuffer: 1 << 28 })
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9
  if (r.status !== 0 && r.status !== 1) throw new Error(`${argv.join(' ').slice(0, 200)} exited ${r.status ?? r.error?.code}: ${String(r.stderr).slice(0, 500)}`)
  const rss = hasTime ? Number(readFileSync(rssFile, 'utf8').trim().split('\n').pop()) * 1024 : NaN
  return { seconds, rss }
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b)
  const m = s.length >> 1
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2
}

/** Alternates A and B `pairs` times after one warm-up each; ratio = A / B per pair. */
function paired(a, b, pairs) {
  measure(a.argv, a.env)
  measure(b.argv, b.env)
  const ratios = []
  const aRuns = []
  const bRuns = []
  for (let i = 0; i < pairs; i++) {
    const ra = measure(a.argv, a.env)
    const rb = measure(b.argv, b.env)
    aRuns.push(ra)
    bRuns.push(rb)
    ratios.push(ra.seconds / rb.seconds)
  }
  return {
    ratio: median(ratios),
    min: Math.min(...ratios),
    max: Math.max(...ratios),
    aSeconds: median(aRuns.map((r) => r.seconds)),
    bSeconds: median(bRuns.map((r) => r.seconds)),
    peakRssMiB: Math.max(...aRuns.map((r) => r.rss)) / MiB,
  }
}

const lint = (...paths) => ({ argv: [node, bin, '--format', 'json', ...paths] })
const floorOf = (...paths) => ({ argv: [node, floor, ...paths] })
const P = (n) => pairsArg ?? (quick ? 2 : n)

/**
 * Two replylint processes at once, each on half of the folder's files (by name), hard-linked into
 * two folders beside it (a command line naming 5,000 files is over the kernel's limit for one argument).
 */
function twoProcesses(dir) {
  const files = readdirSync(dir).sort()
  const halves = [`${dir}-half-a`, `${dir}-half-b`]
  const half = Math.ceil(files.length / 2)
  halves.forEach((folder, k) => {
    rmSync(folder, { recursive: true, force: true })
    mkdirSync(folder)
    for (const f of files.slice(k * half, (k + 1) * half)) linkSync(join(dir, f), join(folder, f))
  })
  const quote = (s) => `'${s.replaceAll("'", "'\\''")}'`
  const run = (folder) => [node, bin, '--format', 'json', folder].map(quote).join(' ')
  return { argv: ['/bin/sh', '-c', `${run(halves[0])} >/dev/null & ${run(halves[1])} >/dev/null & wait`] }
}

const cacheFile = join(tmpdir(), `replylint-bench-${process.pid}.cache`)
const scenarios = [
  { name: 'cold-start', what: 'one short draft vs node -e ""', a: lint(join(corpus, 'one-draft.md')), b: { argv: [node, '-e', ''] }, pairs: P(20), target: { ratio: 1.9 } },
  { name: 'files-1k', what: '1,000 drafts vs remark floor', a: lint(join(corpus, 'drafts-1k')), b: floorOf(join(corpus, 'drafts-1k')), pairs: P(5), target: { ratio: 2.0, rssMiB: 200 } },
  { name: 'files-10k', what: '10,000 drafts vs remark floor', a: lint(join(corpus, 'drafts-10k')), b: floorOf(join(corpus, 'drafts-10k')), pairs: P(5), target: { ratio: 2.0, rssMiB: 200 } },
  { name: 'library-md-10mb', what: '10 MB markdown library vs per-reply floor', a: lint(join(corpus, 'canned-responses-10mb.md')), b: floorOf(join(corpus, 'canned-responses-10mb.md')), pairs: P(5), target: { ratio: 2.0, rssMiB: 300 } },
  { name: 'library-json-5000', what: '5,000-reply JSON library vs per-reply floor', a: lint(join(corpus, 'macros-5000.json')), b: floorOf(join(corpus, 'macros-5000.json')), pairs: P(5), target: { ratio: 2.0, rssMiB: 300 } },
  // No target: what two cores give this workload at best, two whole processes on half the files
  // each (no threads, nothing shared) against one process on all of them, beside the threads figure.
  { name: 'files-10k-two-procs', what: '10,000 drafts as two processes on halves vs one process', a: twoProcesses(join(corpus, 'drafts-10k')), b: lint(join(corpus, 'drafts-10k')), pairs: P(5), target: {} },
  { name: 'files-10k-threads', what: '10,000 drafts, --concurrency 2 vs one thread', a: lint('--concurrency', '2', join(corpus, 'drafts-10k')), b: lint(join(corpus, 'drafts-10k')), pairs: P(5), target: { ratio: 1 / 1.6 } },
  // The warm-up run of A fills the cache; every timed A run is then a second run over unchanged files.
  { name: 'files-10k-cached', what: '10,000 drafts, second --cache run vs uncached', a: lint('--cache', '--cache-location', cacheFile, join(corpus, 'drafts-10k')), b: lint(join(corpus, 'drafts-10k')), pairs: P(5), target: { ratio: 0.15 } },
  { name: 'library-linearity', what: '10 MB library vs 5 MB library (replylint both)', a: lint(join(corpus, 'canned-responses-10mb.md')), b: lint(join(corpus, 'canned-responses-5mb.md')), pairs: P(5), target: { ratio: 2.2 } },
]

const results = []
for (const s of scenarios) {
  if (only && !only.includes(s.name)) continue
  process.stderr.write(`bench: ${s.name} (${s.pairs} pairs)…\n`)
  try {
    const r = paired(s.a, s.b, s.pairs)
    const met = s.target.ratio === undefined ? null : r.ratio <= s.target.ratio && (s.target.rssMiB === undefined || r.peakRssMiB <= s.target.rssMiB)
    results.push({ name: s.name, what: s.what, pairs: s.pairs, ...r, target: s.target, met })
  } catch (error) {
    results.push({ name: s.name, what: s.what, error: error.message.split('\n')[0].slice(0, 300), target: s.target, met: false })
  }
}

rmSync(cacheFile, { force: true })

const f2 = (x) => (Number.isFinite(x) ? x.toFixed(2) : '-')
console.log(`replylint benchmark${quick ? ' (--quick: harness smoke test, not a measurement)' : ''}, node ${process.version}, ${new Date().toISOString()}`)
console.log('scenario             ratio (min–max)      target   peak RSS   target    A s     B s    met')
for (const r of results) {
  if (r.error) {
    console.log(`${r.name.padEnd(20)} error: ${r.error}`)
    continue
  }
  console.log(
    `${r.name.padEnd(20)} ${f2(r.ratio).padStart(5)} (${f2(r.min)}–${f2(r.max)})`.padEnd(42) +
      `${r.target.ratio === undefined ? '   -   ' : `<= ${f2(r.target.ratio)}`}  ${`${r.peakRssMiB.toFixed(0)} MiB`.padStart(8)}  ${r.target.rssMiB ? `<= ${r.target.rssMiB}` : '   -  '}  ${f2(r.aSeconds).padStart(6)} ${f2(r.bSeconds).padStart(6)}  ${r.met === null ? '-' : r.met ? 'yes' : 'NO'}`,
  )
}
if (!quick) writeFileSync(join(here, 'results.json'), JSON.stringify({ node: process.version, date: new Date().toISOString(), results }, null, 2) + '\n')
