import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vitest/config'
import YAML from 'yaml'

export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  plugins: [
    {
      // The same transform as the esbuild build: phrase YAML becomes plain data.
      name: 'replylint-yaml',
      load(id) {
        if (!/\.ya?ml$/.test(id)) return null
        return `export default ${JSON.stringify(YAML.parse(readFileSync(id, 'utf8')))}`
      },
    },
  ],
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/global-setup.ts'],
    testTimeout: 30_000,
  },
})
