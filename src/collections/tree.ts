/**
 * One document tree for JSON, YAML and CSV rows, so shape detection is written once.
 * Strings decode lazily: only the bodies that become replies pay for a source map.
 */
import type { Mapped } from './mapped.js'

export type TreeNode = ObjectNode | ArrayNode | StringNode | OtherNode

export interface ObjectNode {
  kind: 'object'
  entries: Array<{ key: string; keyOffset: number; value: TreeNode }>
  offset: number
}
export interface ArrayNode {
  kind: 'array'
  items: TreeNode[]
  offset: number
}
export interface StringNode {
  kind: 'string'
  value: string
  /** File offset where the scalar is written (its opening quote, if any). */
  offset: number
  /** The value with a map to the file (computed on demand). */
  map(): Mapped
}
export interface OtherNode {
  kind: 'other'
  value: unknown
  offset: number
}

export function get(node: TreeNode | undefined, key: string): TreeNode | undefined {
  if (node?.kind !== 'object') return undefined
  const lower = key.toLowerCase()
  return node.entries.find((e) => e.key.toLowerCase() === lower)?.value
}

/** A plain JS value (for booleans such as `comment_mode_is_public`, never for bodies). */
export function plain(node: TreeNode | undefined): unknown {
  if (!node) return undefined
  if (node.kind === 'string' || node.kind === 'other') return node.value
  if (node.kind === 'array') return node.items.map(plain)
  return Object.fromEntries(node.entries.map((e) => [e.key, plain(e.value)]))
}

export interface Selected {
  node: TreeNode
  /** The key or index that led to it (a map key is a fallback title). */
  key?: string
}

/**
 * Paths for `select` (issue 6: "paths into the document"): dot-separated keys, `*` or `[*]` for
 * every child, `[2]` for one index. `data.templates[*]`, `*.body`, `actions[*].value`.
 * An empty path selects the node itself.
 */
export function select(node: TreeNode, path: string): Selected[] {
  let current: Selected[] = [{ node }]
  for (const step of parsePath(path)) {
    const next: Selected[] = []
    for (const { node: n } of current) {
      if (step === '*') {
        if (n.kind === 'array') n.items.forEach((item, i) => next.push({ node: item, key: String(i) }))
        if (n.kind === 'object') for (const e of n.entries) next.push({ node: e.value, key: e.key })
      } else if (typeof step === 'number') {
        if (n.kind === 'array' && n.items[step]) next.push({ node: n.items[step], key: String(step) })
      } else {
        const child = get(n, step)
        if (child) next.push({ node: child, key: step })
      }
    }
    current = next
  }
  return current
}

function parsePath(path: string): Array<string | number> {
  const steps: Array<string | number> = []
  for (const m of path.matchAll(/\[(\*|\d+)\]|\[["']([^"']*)["']\]|([^.[\]]+)/g)) {
    if (m[1] !== undefined) steps.push(m[1] === '*' ? '*' : Number(m[1]))
    else if (m[2] !== undefined) steps.push(m[2])
    else steps.push(m[3])
  }
  return steps
}
