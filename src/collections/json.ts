/**
 * JSON documents through jsonc-parser (offsets for every node), with string values decoded
 * unit by unit so each decoded character knows the escape it came from.
 */
import type { Node, ParseError } from 'jsonc-parser'
import { type Mapped, MappedBuilder, align, compose, identity } from './mapped.js'
import type { TreeNode } from './tree.js'

export interface TreeResult {
  root?: TreeNode
  error?: { message: string; offset: number }
}

const SIMPLE: Record<string, string> = { n: '\n', t: '\t', r: '\r', b: '\b', f: '\f', '/': '/', '\\': '\\', '"': '"' }

/**
 * `outer`: when the JSON text is itself decoded text (a CSV cell holding Zendesk's
 * `actions_json`), offsets are composed through it, so both escape layers map to the file.
 */
export async function parseJsonTree(text: string, outer?: Mapped): Promise<TreeResult> {
  const { parseTree, printParseErrorCode } = await import('jsonc-parser')
  const errors: ParseError[] = []
  // Comments and trailing commas are tolerated: hand-kept libraries are often JSONC.
  const tree = parseTree(text, errors, { allowTrailingComma: true, disallowComments: false })
  const toFile = (offset: number) => (outer ? outer.offsets[Math.min(offset, outer.text.length)] : offset)
  if (errors.length || !tree) {
    const first = errors[0]
    const message = first ? `invalid JSON: ${describe(printParseErrorCode(first.error))}` : 'invalid JSON: empty document'
    return { error: { message, offset: toFile(first?.offset ?? 0) } }
  }
  const mapString = (node: Node): Mapped => {
    const local = decodeString(text, node.offset, node.length, String(node.value))
    return outer ? compose(local, outer) : local
  }
  const convert = (node: Node): TreeNode => {
    switch (node.type) {
      case 'object':
        return {
          kind: 'object',
          offset: toFile(node.offset),
          entries: (node.children ?? []).flatMap((prop) => {
            const [key, value] = prop.children ?? []
            return key && value ? [{ key: String(key.value), keyOffset: toFile(key.offset), value: convert(value) }] : []
          }),
        }
      case 'array':
        return { kind: 'array', offset: toFile(node.offset), items: (node.children ?? []).map(convert) }
      case 'string': {
        let cached: Mapped | undefined
        return { kind: 'string', value: String(node.value), offset: toFile(node.offset), map: () => (cached ??= mapString(node)) }
      }
      default:
        return { kind: 'other', value: node.value, offset: toFile(node.offset) }
    }
  }
  return { root: convert(tree) }
}

/** "CommaExpected" → "comma expected". */
function describe(code: string): string {
  return code.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase()
}

/** Decodes the string literal at [offset, offset + length) (quotes included), mapping each unit. */
export function decodeString(text: string, offset: number, length: number, expected: string): Mapped {
  const end = offset + length - 1 // the closing quote
  let i = offset + 1
  let slash = text.indexOf('\\', i)
  // No escape: the value is the file's own text (a map with no arrays to hold, mapped.ts identity).
  if (slash < 0 || slash >= end) {
    const plain = identity(text, i, end)
    return plain.text === expected ? plain : align(expected, text, i, end)
  }
  const b = new MappedBuilder()
  while (i < end) {
    if (slash < 0 || slash >= end) slash = end
    if (i < slash) {
      // The run up to the next escape, as written.
      b.copy(text, i, slash)
      i = slash
      continue
    }
    slash = text.indexOf('\\', i + 2)
    const e = text[i + 1]
    if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) {
      // One UTF-16 unit per \u escape: a surrogate pair is two escapes, each unit maps to its own.
      b.atom(String.fromCharCode(parseInt(text.slice(i + 2, i + 6), 16)), i, i + 6)
      i += 6
    } else {
      b.atom(SIMPLE[e] ?? e ?? '', i, i + 2)
      i += 2
    }
  }
  const mapped = b.finish(end)
  // The parser is the authority on the value; if the decoder disagrees, fall back to alignment.
  return mapped.text === expected ? mapped : align(expected, text, offset + 1, end)
}
