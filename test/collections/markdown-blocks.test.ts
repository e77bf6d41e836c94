/**
 * A markdown library is parsed in pieces cut before each heading line (issue 7: remark over one
 * huge document grows faster than linearly). The pieces must give exactly the blocks, types and
 * positions, of one whole parse, including where a block runs on across a heading line.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Root, RootContent } from 'mdast'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { describe, expect, it } from 'vitest'
import { OUTLINE_ONLY, topLevelBlocks } from '../../src/collections/markdown.js'
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

describe("the reader's outline parse (no inline markup)", () => {
  const outline = unified().use(remarkParse).data('micromarkExtensions', [OUTLINE_ONLY])
  // What readMarkdown reads of a block: type, span, depth, fence info and content, a heading's
  // text span, and whether a paragraph opens with an MDX import or export.
  const reading = (node: RootContent) => {
    const span = [node.position!.start.offset, node.position!.end.offset, node.position!.start.column]
    const children = 'children' in node ? (node.children as RootContent[]) : []
    const first = children[0]
    const last = children[children.length - 1]
    return {
      type: node.type,
      span,
      depth: node.type === 'heading' ? node.depth : undefined,
      code: node.type === 'code' ? [node.lang, node.value] : undefined,
      title: node.type === 'heading' && first && last ? [first.position!.start.offset, last.position!.end.offset] : undefined,
      mdx: node.type === 'paragraph' ? first?.type === 'text' && /^(?:import|export)\s/.test(first.value) : undefined,
    }
  }
  const readings = (parse: (t: string) => Root, text: string) => topLevelBlocks(parse, text).map(reading)

  it('reads every markdown library of ../shared and tricky sections as the full parse does', () => {
    const libraries = ['markdown-sections/angular__angular-cli__SAVED_REPLIES.md', 'markdown-sections/prometheus__docs__saved_replies.md', 'markdown-fenced/Dispo-Genius__dispo-clawdbot-config__response-templates.md', 'mdx-fenced/freeCodeCamp__contribute__reply-templates.mdx']
    const texts = libraries.map((l) => readFileSync(join(ROOT, '..', 'shared', 'libraries', l), 'utf8'))
    texts.push(
      '## **Refund** _denied_ `v2`\n\nHi [Sam](https://x.y),\n\n## <b>HTML</b> title <!-- c -->\n\n*import* this\n\nimport x from "y"\n\n`export` const\n\nexport default 1\n\n## Ampersand &amp; co\\\n\n## \\*Escaped\\* title  \n\n```text\nbody **bold**\n```\n',
    )
    for (const text of texts) expect(readings((t) => outline.parse(t) as Root, text)).toEqual(readings(parse, text))
  })
})
