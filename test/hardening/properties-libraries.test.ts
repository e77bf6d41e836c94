/**
 * Property-based tests over canned-response libraries (issue 8): JSON, YAML and markdown files
 * built from generated replies, and any JSON or text under a library's name. Reading and linting
 * never throws, every position lies in the file, and the output is deterministic.
 */
import fc from 'fast-check'
import { describe, it } from 'vitest'
import { lintCollection } from '../../src/engine/lint-collection.js'
import { resolveRules } from '../../src/engine/lint-files.js'
import { collection } from './arbitraries.js'
import { TIMEOUT, checkPositions, params, stripBom } from './check.js'

const rules = await resolveRules()

describe('properties of linting any library', () => {
  it(`never throws, positions inside the file, deterministic: JSON, YAML and markdown libraries (${params.numRuns} cases)`, async () => {
    await fc.assert(
      fc.asyncProperty(collection, async ({ path, text }) => {
        const options = { settings: {}, lint: { rules, filePath: path } }
        const first = await lintCollection(text, path, options)
        // A document that is no library is one fatal parse error, placed in the file like any message.
        checkPositions(first, stripBom(text), true)
        const again = await lintCollection(text, path, options)
        if (JSON.stringify(again) !== JSON.stringify(first)) throw new Error('two runs over the same library differ')
      }),
      params,
    )
  }, TIMEOUT * 2)
})
