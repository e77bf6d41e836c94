// The big fuzz run (issue 8): the five properties of test/hardening/properties*.test.ts with a
// million cases in all (CI runs 10,000 per property). Prints one line per property and a total.
//   node bench/fuzz.mjs [--cases N] [--seed S]
// A failure prints fast-check's seed, path and shrunk counterexample; rerun with --seed to replay.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const args = process.argv.slice(2)
const option = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback)
const cases = Number(option('--cases', 1_000_000))
const seed = option('--seed', String(Date.now() % 2 ** 31))
const PROPERTIES = 5
const perProperty = Math.ceil(cases / PROPERTIES)

const report = join(mkdtempSync(join(tmpdir(), 'replylint-fuzz-')), 'vitest.json')
const started = Date.now()
console.log(`fuzz: ${perProperty} cases x ${PROPERTIES} properties, seed ${seed}`)
const run = spawnSync(
  process.execPath,
  [join(root, 'node_modules/vitest/vitest.mjs'), 'run', '--config', 'test/vitest.config.ts', 'test/hardening/properties.test.ts', 'test/hardening/properties-libraries.test.ts', '--reporter=json', `--outputFile=${report}`],
  { cwd: root, stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, FUZZ_RUNS: String(perProperty), FUZZ_SEED: seed } },
)
const minutes = ((Date.now() - started) / 60_000).toFixed(1)
let failed = 0
try {
  const results = JSON.parse(readFileSync(report, 'utf8'))
  for (const file of results.testResults) {
    for (const t of file.assertionResults) {
      console.log(`${t.status === 'passed' ? 'ok  ' : 'FAIL'} ${t.title} (${((t.duration ?? 0) / 1000).toFixed(0)} s)`)
      if (t.status !== 'passed') {
        failed++
        for (const message of t.failureMessages ?? []) console.log(message.split('\n').slice(0, 8).join('\n'))
      }
    }
  }
} catch {
  console.log(`no report (vitest exited ${run.status})`)
  failed++
}
console.log(`${failed ? 'FAILED' : 'passed'}: ${perProperty * PROPERTIES} cases in ${minutes} min, seed ${seed}`)
process.exitCode = failed || run.status ? 1 : 0
