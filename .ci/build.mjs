// Bundles the CLI and the public API with esbuild into dist/ (one ESM file each plus shared
// chunks, so formatters and rules a run does not need are loaded lazily).
//   node .ci/build.mjs [--outdir DIR]
// With --outdir, it also writes DIR/replylint.js, a runnable copy of bin/ for that build.
import { readFileSync, rmSync, writeFileSync } from 'node:fs'
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

rmSync(outdir, { recursive: true, force: true })
await build({
  absWorkingDir: root,
  entryPoints: { cli: 'src/cli/execute.ts', index: 'src/index.ts' },
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  sourcemap: 'linked',
  chunkNames: 'chunks/[name]-[hash]',
  define: { __VERSION__: JSON.stringify(pkg.version) },
  // CommonJS dependencies (commander) call require(); give the ESM bundle one.
  banner: { js: "import { createRequire as __replylintRequire } from 'node:module'; const require = __replylintRequire(import.meta.url);" },
  plugins: [yamlPlugin],
  logLevel: 'warning',
})
if (custom) {
  writeFileSync(join(outdir, 'replylint.js'), readFileSync(join(root, 'bin/replylint.js'), 'utf8').replace('../dist/cli.js', './cli.js'))
}
