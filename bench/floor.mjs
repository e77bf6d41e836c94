// The floor replylint is measured against: read each file and parse each reply with
// unified + remark-parse, nothing else. A library is split per reply first (remark's
// container parsing grows faster than linearly on one huge document).
//   node bench/floor.mjs PATH...
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import remarkParse from 'remark-parse'
import { unified } from 'unified'

const parser = unified().use(remarkParse)
let replies = 0

function bodiesOf(path, text) {
  if (path.endsWith('.json')) {
    const data = JSON.parse(text)
    return Object.values(data).filter((v) => typeof v === 'string')
  }
  if (/canned-responses|replies|macros/.test(path)) return text.split(/^## /m).slice(1)
  return [text]
}

function visit(path) {
  if (statSync(path).isDirectory()) {
    for (const name of readdirSync(path).sort()) visit(join(path, name))
    return
  }
  for (const body of bodiesOf(path, readFileSync(path, 'utf8'))) {
    parser.parse(body)
    replies++
  }
}

for (const path of process.argv.slice(2)) visit(path)
process.stderr.write(`floor: parsed ${replies} replies\n`)
