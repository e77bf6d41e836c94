/** eslint's JSON shape: one object per file, messages with 1-based positions, end exclusive. */
import type { LintResult } from '../types.js'
import type { Formatter, PiecewiseFormatter } from './types.js'

/**
 * The same text in pieces, a file's result at a time: the CLI writes them one after another, so a
 * run over ten thousand files never holds its whole report as one string (issue 7).
 */
function* pieces(results: LintResult[]): Generator<string> {
  yield '['
  for (let i = 0; i < results.length; i++) {
    const { source: _source, ...result } = results[i]
    yield i === 0 ? JSON.stringify(result) : `,${JSON.stringify(result)}`
  }
  yield ']'
}

const json: PiecewiseFormatter = Object.assign(((results) => [...pieces(results)].join('')) satisfies Formatter, { pieces })

export default json
