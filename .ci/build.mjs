// Bundles the CLI and the public API with esbuild into dist/ (one ESM file each plus shared
// chunks, so formatters and rules a run does not need are loaded lazily).
//   node .ci/build.mjs [--outdir DIR]
// With --outdir, it also writes DIR/replylint.js, a runnable copy of bin/ for that build.
import { createHash } from 'node:crypto'
import { readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { build } from 'esbuild'
import YAML from 'yaml'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const args = process.argv.slice(2)
const custom = args.indexOf('--outdir') >= 0 ? resolve(args[args.indexOf('--outdir') + 1]) : undefined
const outdir = custom ?? join(root, 'dist')
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'))

// Phrase data stays YAML in the repo and becomes plain data in the bundle: no YAML parser at startup.
const yamlPlugin = {
  name: 'yaml',
  setup(b) {
    b.onLoad({ filter: /\.ya?ml$/ }, (args) => {
      try {
        return { contents: `export default ${JSON.stringify(YAML.parse(readFileSync(args.path, 'utf8')))}`, loader: 'js' }
      } catch (error) {
        return { errors: [{ text: `${args.path}: ${error.message}` }] }
      }
    })
  },
}

// Startup: cosmiconfig's default JSON loader (parse-json) is replaced by a JSON.parse shim (.ci/shims).
const shimPlugin = {
  name: 'shims',
  setup(b) {
    b.onResolve({ filter: /^parse-json$/ }, () => ({ path: join(root, '.ci/shims/parse-json.cjs') }))
  },
}

// --cache (issue 7): a cached result is stale once any built source changes, the rules' helpers included.
function sourceHash() {
  const hash = createHash('sha1')
  const walk = (dir) => {
    for (const entry of readdirSync(join(root, dir), { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const rel = `${dir}/${entry.name}`
      if (entry.isDirectory()) walk(rel)
      else if (/\.(ts|ya?ml|json)$/.test(entry.name)) hash.update(rel).update(readFileSync(join(root, rel)))
    }
  }
  walk('src')
  walk('rules')
  return hash.digest('hex').slice(0, 16)
}

// Build beside the target and swap it in, so a test run or a second build never sees half a dist/.
const staging = `${outdir}.tmp-${process.pid}`
rmSync(staging, { recursive: true, force: true })
await build({
  absWorkingDir: root,
  // tester: RuleTester for plugin authors (`replylint/tester`), on the vitest of their project.
  // worker: the --concurrency thread (issue 7), found beside cli.js at run time.
  entryPoints: { cli: 'src/cli/execute.ts', index: 'src/index.ts', tester: 'src/rule/tester.ts', worker: 'src/engine/worker.ts' },
  // vitest is the plugin author's; typescript only serves cosmiconfig's .ts loader, which replylint replaces.
  external: ['vitest', 'typescript'],
  outdir: staging,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  // Prefer a package's ESM build: jsonc-parser's UMD `main` requires its own files at run time,
  // which a bundle cannot satisfy (issue 6 collection readers).
  mainFields: ['module', 'main'],
  target: 'node20',
  sourcemap: 'linked',
  // Smaller files parse faster at every start; the source maps keep --debug stack traces readable.
  minify: process.env.REPLYLINT_NO_MINIFY !== '1',
  chunkNames: 'chunks/[name]-[hash]',
  define: { __VERSION__: JSON.stringify(pkg.version), __BUILD_HASH__: JSON.stringify(sourceHash()) },
  // CommonJS dependencies (commander) call require(); give the ESM bundle one.
  banner: { js: "import { createRequire as __replylintRequire } from 'node:module'; const require = __replylintRequire(import.meta.url);" },
  plugins: [yamlPlugin, shimPlugin],
  logLevel: 'warning',
})
if (custom) {
  writeFileSync(join(staging, 'replylint.js'), readFileSync(join(root, 'bin/replylint.js'), 'utf8').replace('../dist/cli.js', './cli.js'))
}
const old = `${outdir}.old-${process.pid}`
try {
  renameSync(outdir, old)
} catch {
  // no previous build
}
renameSync(staging, outdir)
rmSync(old, { recursive: true, force: true })
