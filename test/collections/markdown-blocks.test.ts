/**
 * A markdown library is parsed in pieces cut before each heading line (issue 7: remark over one
 * huge document grows faster than linearly). The pieces must give exactly the blocks, types and
 * positions, of one whole parse, including where a block runs on across a heading line.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Root } from 'mdast'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { describe, expect, it } from 'vitest'
import { topLevelBlocks } from '../../src/collections/markdown.js'
import { ROOT } from '../helpers/cli.js'

const parser = unified().use(remarkParse)
const parse = (text: string) => parser.parse(text) as Root

function expectSameAsWhole(text: string): number {
  let calls = 0
  const blocks = topLevelBlocks((piece) => (calls++, parse(piece)), text)
  expect(JSON.stringify(blocks)).toBe(JSON.stringify(parse(text).children))
  return calls
}

describe('topLevelBlocks', () => {
  it('gives the whole parse, piece by piece, for plain sections', () => {
    const text = '# Library\n\nIntro.\n\n## One\n\nHi Sam,\n\n- a\n- b\n## Two\r\n\r\n> quoted\n## Three\n#\n####### not a heading\n#hashtag\n\n    ## indented code\n'
    // Cut before "## One", "## Two", "## Three" and "#": five pieces.
    expect(expectSameAsWhole(text)).toBe(5)
  })

  it('parses a piece together with the next when a fence or HTML runs on across the heading line', () => {
    const cases = [
      '## A\n\n```\nstill code\n## inside the fence\n```\n\n## B\n\nText.\n',
      '## A\n\n~~~~md\n## inside\n~~~\n## still inside\n~~~~\n## B\n',
      '## A\n\n<div>\n## inside the html block\n</div>\n\n## B\n',
      '## A\n\n<!-- a comment\n## inside the comment\n-->\n## B\n',
      '## A\n\n<pre>\n\n## inside pre\n</pre>\n\n## B\n',
      '## A\n\n```\nnever closed\n## inside\n',
    ]
    for (const text of cases) expectSameAsWhole(text)
  })

  it('a reference defined in another piece stays text inside its block; the blocks and headings are the same', () => {
    // What readMarkdown reads: each block's type and span, and a heading's first and last child.
    const outline = (nodes: Root['children']) =>
      nodes.map((n) => [n.type, n.position?.start.offset, n.position?.end.offset, n.position?.start.line, n.type === 'heading' ? [n.children[0]?.position?.start.offset, n.children.at(-1)?.position?.end.offset] : []])
    const text = '## A [ref]\n\n[ref]\n\n## B\n\n[ref]: https://example.com\n'
    expect(outline(topLevelBlocks(parse, text))).toEqual(outline(parse(text).children))
  })

  it('gives the whole parse for the library fixtures', () => {
    for (const path of ['fixtures/libraries/markdown/SAVED_REPLIES.md']) expectSameAsWhole(readFileSync(join(ROOT, path), 'utf8'))
  })
})
