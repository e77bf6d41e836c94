// Bundles the CLI and the public API with esbuild into dist/ (one ESM file each plus shared
// chunks, so formatters and rules a run does not need are loaded lazily).
//   node .ci/build.mjs [--outdir DIR]
// With --outdir, it also writes DIR/replylint.js, a runnable copy of bin/ for that build.
import { spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { decode, encode } from '@jridgewell/sourcemap-codec'
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

// Startup: cosmiconfig's default JSON loader (parse-json) is replaced by a JSON.parse shim, and
// chalk's colour detection by a stand-in (.ci/shims).
const shimPlugin = {
  name: 'shims',
  setup(b) {
    b.onResolve({ filter: /^parse-json$/ }, () => ({ path: join(root, '.ci/shims/parse-json.cjs') }))
    b.onResolve({ filter: /^#supports-color$/ }, () => ({ path: join(root, '.ci/shims/supports-color.js') }))
  },
}

// Startup (issue 7): dependencies that load something at the top for a path replylint never takes.
// commander's child_process (executable subcommands; it pulls in net and streams) and cosmiconfig's
// crypto (its TypeScript loader, which replylint replaces) become stand-ins that require the module
// on first use. fdir resolves and loads picomatch from node_modules (~3 ms) for its own glob(),
// which tinyglobby never calls (it passes fdir its own filters): that load is dropped.
// Throughput: micromark merged its default constructs with the extensions at every parse (~20 µs,
// 2.5% of what a draft allocates); the merged table is only read while parsing, so one is kept per
// extension list (remark-parse passes its processor's list, the same array every time).
const lazy = (require) => `new Proxy({}, { get: (_, key) => ${require}[key] })`
const AT_LOAD = [
  { file: /node_modules\/commander\/lib\/command\.js$/, find: "require('node:child_process')", replace: lazy("require('node:child_process')") },
  { file: /node_modules\/cosmiconfig\/dist\/loaders\.js$/, find: 'require("crypto")', replace: lazy('require("crypto")') },
  { file: /node_modules\/fdir\/dist\/index\.mjs$/, find: '__require.resolve("picomatch");\n\tpm = __require("picomatch");', replace: '' },
  {
    file: /node_modules\/micromark\/lib\/parse\.js$/,
    find: 'combineExtensions([defaultConstructs, ...(settings.extensions || [])])',
    replace: 'combinedConstructs(settings.extensions)',
    append: `
const combined = new WeakMap()
let combinedDefault
function combinedConstructs(extensions) {
  if (!extensions || extensions.length === 0) return (combinedDefault ??= combineExtensions([defaultConstructs]))
  let constructs = combined.get(extensions)
  if (!constructs) combined.set(extensions, (constructs = combineExtensions([defaultConstructs, ...extensions])))
  return constructs
}
`,
  },
]
const lazyBuiltinsPlugin = {
  name: 'lazy-builtins',
  setup(b) {
    for (const { file, find, replace, append = '' } of AT_LOAD) {
      b.onLoad({ filter: file }, (args) => {
        const source = readFileSync(args.path, 'utf8')
        if (!source.includes(find)) return { errors: [{ text: `${args.path}: ${JSON.stringify(find)} not found; update AT_LOAD in .ci/build.mjs` }] }
        return { contents: source.replace(find, replace) + append, loader: 'js' }
      })
    }
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
const common = {
  absWorkingDir: root,
  // vitest is the plugin author's; typescript only serves cosmiconfig's .ts loader, which replylint replaces.
  external: ['vitest', 'typescript'],
  bundle: true,
  platform: 'node',
  // Prefer a package's ESM build: jsonc-parser's UMD `main` requires its own files at run time,
  // which a bundle cannot satisfy (issue 6 collection readers).
  mainFields: ['module', 'main'],
  target: 'node20',
  sourcemap: 'linked',
  // Smaller files parse faster at every start; the source maps keep --debug stack traces readable.
  minify: process.env.REPLYLINT_NO_MINIFY !== '1',
  define: { __VERSION__: JSON.stringify(pkg.version), __BUILD_HASH__: JSON.stringify(sourceHash()) },
  plugins: [yamlPlugin, shimPlugin, lazyBuiltinsPlugin],
}

await build({
  ...common,
  // tester: RuleTester for plugin authors (`replylint/tester`), on the vitest of their project.
  // worker: the --concurrency thread (issue 7), found beside cli.cjs at run time.
  // boot: what bin/ imports to run cli.cjs (below) with its code cache.
  entryPoints: { index: 'src/index.ts', tester: 'src/rule/tester.ts', worker: 'src/cli/worker-boot.ts', boot: 'src/cli/boot.ts' },
  outdir: staging,
  splitting: true,
  format: 'esm',
  chunkNames: 'chunks/[name]-[hash]',
  // CommonJS dependencies (commander) call require(); give the ESM bundle one.
  banner: { js: "import { createRequire as __replylintRequire } from 'node:module'; const require = __replylintRequire(import.meta.url);" },
  logLevel: 'warning',
})

// The CLI itself: one CommonJS script with everything inlined (dynamic imports become lazy
// initialisers), so bin/ can compile it with a V8 code cache (src/cli/boot.ts). boot.ts supplies
// import.meta.url and an import() for users' files as parameters of the wrapper it puts around it.
await build({
  ...common,
  entryPoints: { cli: 'src/cli/execute.ts' },
  outdir: staging,
  splitting: false,
  format: 'cjs',
  outExtension: { '.js': '.cjs' },
  define: { ...common.define, 'import.meta.url': '__replylintMetaUrl' },
  logLevel: 'warning',
})
asciiOnly(join(staging, 'cli.cjs'))
recordPhrases(staging)
trainCodeCache(staging)

/**
 * Makes the CLI script ASCII. esbuild escapes strings but leaves a regex literal's characters as
 * written (evanw/esbuild#4205), and one ’ in ~1.5 MB made V8 hold the whole script as a two-byte
 * string: ~6 ms more to load it at every start (issue 7). Each such character becomes its \u
 * escape, which matches the same in a regex with or without the u flag (an identity escape `\’`
 * becomes `\u2019` alone), and the source map's columns after it move along.
 */
function asciiOnly(file) {
  const lines = readFileSync(file, 'utf8').split('\n')
  const map = JSON.parse(readFileSync(`${file}.map`, 'utf8'))
  const mappings = decode(map.mappings)
  lines.forEach((line, n) => {
    if (!/[^\0-\x7f]/.test(line)) return
    let out = ''
    // [column in the old line, characters added before what follows it]
    const moved = []
    for (let i = 0; i < line.length; i++) {
      const code = line.charCodeAt(i)
      if (code < 0x80) {
        out += line[i]
        continue
      }
      let slashes = 0
      while (out[out.length - 1 - slashes] === '\\') slashes++
      const identityEscape = slashes % 2 === 1
      if (identityEscape) out = out.slice(0, -1)
      out += `\\u${code.toString(16).padStart(4, '0')}`
      moved.push([i, identityEscape ? 4 : 5])
    }
    lines[n] = out
    for (const segment of mappings[n] ?? []) segment[0] += moved.reduce((sum, [at, added]) => (at < segment[0] ? sum + added : sum), 0)
  })
  writeFileSync(file, lines.join('\n'))
  writeFileSync(`${file}.map`, JSON.stringify({ ...map, mappings: encode(mappings) }))
}

/**
 * Runs `body` in a child, through the same boot.js the bin uses, after `before`: it has `cli` and
 * `script` (src/cli/boot.ts loadCli), and `code`, the exit code of linting the bundled example draft.
 */
function lintExampleInChild(dir, what, before, body) {
  const script = `
    import { writeFileSync } from 'node:fs'
    import { loadCli } from ${JSON.stringify(pathToFileURL(join(dir, 'boot.js')).href)}
    const { cli, script } = loadCli(${JSON.stringify(dir)})
    ${before}
    const sink = { write() { return true } }
    const code = await cli.execute([${JSON.stringify(join(root, 'fixtures/examples/draft.md'))}], { cwd: ${JSON.stringify(root)}, stdout: sink, stderr: sink, env: {} })
    ${body}
  `
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' })
  if (run.status !== 0) throw new Error(`${what}: ${run.stderr.trim()}`)
  if (run.stderr) process.stderr.write(run.stderr)
}

/**
 * Writes phrases.json: every phrase list the CLI compiles while linting the example draft, as data
 * (src/rule/phrases.ts), so a run reads the lists instead of compiling ~800 phrases. Done before the
 * code cache is trained, so the cache holds the path a run then takes.
 */
function recordPhrases(dir) {
  lintExampleInChild(dir, 'phrases', 'const save = cli.recordCompiledPhrases()', `writeFileSync(${JSON.stringify(join(dir, 'phrases.json'))}, save())`)
}

/**
 * Writes cli.cjs.cache: V8's code cache taken after linting the example draft, so it holds the
 * functions a plain run compiles, not just the top level; the cache matches the wrapped source
 * byte for byte because the child loads it through boot.js.
 */
function trainCodeCache(dir) {
  lintExampleInChild(dir, 'code cache', '', `
    // Only the code paths matter here: a rule crashing on the example (exit 2) must not stop a build.
    if (code !== 1) process.stderr.write('build: warning: linting the example draft for the code cache exited ' + code + '\\n')
    writeFileSync(${JSON.stringify(join(dir, 'cli.cjs.cache'))}, script.createCachedData())
  `)
}

if (custom) {
  writeFileSync(join(staging, 'replylint.js'), readFileSync(join(root, 'bin/replylint.js'), 'utf8').replaceAll('../dist/', './'))
}
const old = `${outdir}.old-${process.pid}`
try {
  renameSync(outdir, old)
} catch {
  // no previous build
}
renameSync(staging, outdir)
rmSync(old, { recursive: true, force: true })
