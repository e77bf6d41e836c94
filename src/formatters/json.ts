/** eslint's JSON shape: one object per file, messages with 1-based positions, end exclusive. */
import type { Formatter } from './types.js'

const json: Formatter = (results) =>
  JSON.stringify(results.map(({ source: _source, ...result }) => result))

export default json
