/**
 * Shape detection for JSON, YAML and CSV collections (issue 6, "Formats"): which nodes are
 * replies, which key is the title and which the body. One walk over the document tree serves
 * every vendor shape; vendor knowledge is data (the key lists below) plus two named strategies:
 * help-desk `actions` (Zendesk, Gorgias) and JSON inside a string cell (Zendesk CSV `actions_json`).
 */
import { parseJsonTree } from './json.js'
import { type ObjectNode, type Selected, type StringNode, type TreeNode, get, plain, select } from './tree.js'

export interface Entry {
  title: string
  /** File offset where the title is written (or where the entry starts when it has none). */
  titleOffset: number
  body: StringNode
  /** The key the body came from (`content_html`, `comment_value`…): a hint for HTML. */
  bodyKey: string
  internal: boolean
  variant?: number
}

export interface Select {
  /** Path to the reply nodes (`macros[*]`, `data.*`); default: the root's items if it is a list, else the root. */
  items?: string
  /** Path inside an item to its title (default: the first title-like key, else the map key). */
  title?: string
  /** Path inside an item to its body; several matches are variants (default: body-like keys, then `actions`). */
  body?: string
}

/** A document whose shape is right but whose embedded JSON (`actions_json`) is malformed. */
export class ShapeError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message)
  }
}

/** Title-like keys, most specific first (Zendesk/Freshdesk `title`, Help Scout/Intercom/Front `name`, chatwoot `short_code`). */
export const TITLE_KEYS = ['title', 'name', 'label', 'short_code', 'shortcut', 'key', 'slug', 'id']
/** Body-like keys with plain or markdown text, preferred when an entry has both (Freshdesk `content` vs `content_html`). */
export const TEXT_KEYS = ['body', 'text', 'content', 'response', 'reply', 'message', 'body_text', 'plain_text', 'comment', 'answer']
export const HTML_KEYS = ['body_html', 'content_html', 'html', 'html_body', 'text_html', 'comment_html']
/** Container keys worth descending into first, in the order vendors use them. */
const CONTAINERS = ['macros', 'replies', 'saved_replies', 'savedreplies', 'canned_responses', 'templates', 'message_templates', 'responses',
  'snippets', 'items', 'data', 'results', '_results', '_embedded', 'records']
/** Zendesk action fields that carry the comment. */
const COMMENT_FIELDS = ['comment_value', 'comment_value_html']
/** Help-desk actions stored as JSON text in a string (Zendesk's CSV import `actions_json`). */
const JSON_TEXT_KEYS = ['actions_json', 'actions']

/**
 * The replies of a document, or undefined when no shape matches (the caller reports it).
 * `fileTitle` names an entry that has no title of its own (one template per file).
 */
export async function findEntries(root: TreeNode, fileTitle: string, options: Select = {}): Promise<Entry[] | undefined> {
  if (options.items !== undefined || options.title !== undefined || options.body !== undefined) {
    const items = options.items !== undefined ? select(root, options.items) : root.kind === 'array' ? select(root, '[*]') : [{ node: root }]
    const out: Entry[] = []
    for (const [i, item] of items.entries()) out.push(...(await fromItem(item, i, fileTitle, options)))
    return out
  }
  return detect(root, fileTitle, 0)
}

async function detect(node: TreeNode, fileTitle: string, depth: number): Promise<Entry[] | undefined> {
  if (depth > 3) return undefined
  if (node.kind === 'array') {
    const out: Entry[] = []
    for (const [i, item] of node.items.entries()) out.push(...(await fromItem({ node: item }, i, fileTitle)))
    return out.length || node.items.length === 0 ? out : undefined
  }
  if (node.kind !== 'object') return undefined
  // Zendesk's single-macro response: {"macro": {...}}.
  const macro = get(node, 'macro')
  if (macro?.kind === 'object') return fromItem({ node: macro }, 0, fileTitle)
  // A list under a container name wins over the wrapper's own fields ({name, text, replies: […]}).
  for (const e of node.entries) {
    if (e.value.kind !== 'array' || rank(e.key) === CONTAINERS.length) continue
    const found = await detect(e.value, fileTitle, depth + 1)
    if (found?.length) return found
  }
  if (isSingleItem(node)) return fromItem({ node }, 0, fileTitle)
  // At the root any {title: body} map counts; deeper, only one whose values read like prose, so
  // metadata such as Front's `_links: {self: url}` is not taken for replies.
  if (node.entries.length && node.entries.every((e) => isText(e.value)) && (depth === 0 || isProse(node))) return flatMap(node)
  // A map of items keyed by id or title: {"refund": {"body": …}, …}; the key is the fallback title.
  if (node.entries.length && node.entries.every((e) => e.value.kind === 'object' && isSingleItem(e.value))) {
    const out: Entry[] = []
    for (const [i, e] of node.entries.entries()) out.push(...(await fromItem({ node: e.value, key: e.key }, i, fileTitle, {}, e.keyOffset)))
    return out
  }
  // Known container names first, then lists before maps.
  const containers = [...node.entries].sort((a, b) => rank(a.key) - rank(b.key) || kindRank(a.value) - kindRank(b.value))
  for (const e of containers) {
    if (e.value.kind !== 'array' && e.value.kind !== 'object') continue
    const found = await detect(e.value, fileTitle, depth + 1)
    if (found?.length) return found
    if (found && rank(e.key) < CONTAINERS.length) return found // a known, empty container
  }
  return undefined
}

function rank(key: string): number {
  const i = CONTAINERS.indexOf(key.toLowerCase())
  return i < 0 ? CONTAINERS.length : i
}

function kindRank(node: TreeNode): number {
  return node.kind === 'array' ? 0 : 1
}

function isProse(node: ObjectNode): boolean {
  const values = node.entries.flatMap((e) => (e.value.kind === 'string' ? [e.value.value] : []))
  return values.filter((v) => /\p{L}+\s+\p{L}+/u.test(v) && !/^\s*\S+:\/\/\S*\s*$/.test(v)).length * 2 >= values.length
}

function isText(node: TreeNode): boolean {
  return node.kind === 'string' || (node.kind === 'array' && node.items.length > 0 && node.items.every((i) => i.kind === 'string'))
}

/**
 * One reply rather than a map of replies: it has a body key and either a title key or only
 * identifier-like keys (`{notes, subject, body}` of an osTicket email template). A flat map's
 * keys are human titles ("You are welcome (ver 2)").
 */
function isSingleItem(node: ObjectNode): boolean {
  const keys = node.entries.map((e) => e.key.toLowerCase())
  const hasBody = keys.some((k) => TEXT_KEYS.includes(k) || HTML_KEYS.includes(k)) || get(node, 'actions')?.kind === 'array'
  if (!hasBody) return false
  return keys.some((k) => TITLE_KEYS.includes(k)) || keys.every((k) => /^[a-z][a-z0-9_]*$/.test(k))
}

/** `{title: body}` (an agent's macro file); an array of strings under one title is a set of variants. */
function flatMap(node: ObjectNode): Entry[] {
  return node.entries.flatMap((e) => {
    const bodies = e.value.kind === 'string' ? [e.value] : e.value.kind === 'array' ? (e.value.items as StringNode[]) : []
    return bodies.map((body, v): Entry => ({
      title: e.key,
      titleOffset: e.keyOffset,
      body,
      bodyKey: e.key,
      internal: false,
      ...(bodies.length > 1 ? { variant: v } : {}),
    }))
  })
}

async function fromItem(item: Selected, index: number, fileTitle: string, options: Select = {}, keyOffset?: number): Promise<Entry[]> {
  const node = item.node
  if (node.kind === 'string') {
    return [{ title: item.key && !/^\d+$/.test(item.key) ? item.key : `#${index + 1}`, titleOffset: node.offset, body: node, bodyKey: '', internal: false }]
  }
  if (node.kind !== 'object') return []
  const found = options.body !== undefined ? fromPath(node, options.body) : await findBody(node)
  if (!found) return []
  const titled = options.title !== undefined ? select(node, options.title)[0]?.node : TITLE_KEYS.map((k) => get(node, k)).find(isScalar)
  const title = titled && isScalar(titled) ? String(titled.value) : item.key && !/^\d+$/.test(item.key) ? item.key : fileTitle || `#${index + 1}`
  const titleOffset = titled?.offset ?? keyOffset ?? node.offset
  const internal = found.internal || isInternalItem(node)
  return found.bodies.map((body, v): Entry => ({
    title,
    titleOffset,
    body,
    bodyKey: found.key,
    internal,
    ...(found.bodies.length > 1 ? { variant: v } : {}),
  }))
}

function isScalar(node: TreeNode | undefined): node is Extract<TreeNode, { kind: 'string' | 'other' }> {
  return !!node && (node.kind === 'string' || (node.kind === 'other' && (typeof node.value === 'number' || typeof node.value === 'string')))
}

interface Found {
  bodies: StringNode[]
  key: string
  internal: boolean
}

function fromPath(node: ObjectNode, path: string): Found | undefined {
  const bodies = select(node, path).flatMap((s) => (s.node.kind === 'string' ? [s.node] : []))
  return bodies.length ? { bodies, key: path.split('.').pop() ?? path, internal: false } : undefined
}

async function findBody(node: ObjectNode): Promise<Found | undefined> {
  for (const key of [...TEXT_KEYS, ...HTML_KEYS]) {
    const value = get(node, key)
    if (value?.kind === 'string') return { bodies: [value], key, internal: false }
    if (value && isText(value)) return { bodies: (value as { items: StringNode[] }).items, key, internal: false }
  }
  let actions = get(node, 'actions')
  for (const key of JSON_TEXT_KEYS) {
    const cell = get(node, key)
    if (cell?.kind === 'string' && /^\s*[[{]/.test(cell.value)) {
      // Zendesk's bulk-import CSV keeps the actions as JSON text: a second escape layer, composed.
      const mapped = cell.map()
      const parsed = await parseJsonTree(mapped.text, mapped)
      if (parsed.error) throw new ShapeError(`${key}: ${parsed.error.message}`, parsed.error.offset)
      actions = parsed.root
    }
  }
  return actions?.kind === 'array' ? fromActions(actions.items) : undefined
}

/**
 * Help-desk macro actions. Zendesk: `{field: "comment_value" | "comment_value_html", value}` where
 * value is a string or `["channel:all", "text"]`, and `{field: "comment_mode_is_public", value: false}`
 * makes it an internal note. Gorgias: `{name: "setResponseText" | "addInternalNote", arguments: {body_text, body_html}}`.
 */
function fromActions(actions: TreeNode[]): Found | undefined {
  let isPublic = true
  const candidates: Array<{ node: StringNode; key: string; note?: boolean }> = []
  for (const action of actions) {
    const field = String(plain(get(action, 'field')) ?? '')
    const name = String(plain(get(action, 'name')) ?? '')
    const value = get(action, 'value')
    if (field === 'comment_mode_is_public') isPublic = !isFalse(plain(value))
    if (COMMENT_FIELDS.includes(field)) {
      const text = value?.kind === 'string' ? value : value?.kind === 'array' ? lastString(value.items) : undefined
      if (text) candidates.push({ node: text, key: field })
    }
    const args = get(action, 'arguments')
    if (args?.kind === 'object') {
      // Gorgias leaves body_text empty on some HTML-only macros.
      for (const key of ['body_text', 'body_html']) {
        const text = get(args, key)
        if (text?.kind === 'string' && text.value.trim()) {
          candidates.push({ node: text, key, note: /internal.?note/i.test(name) })
          break
        }
      }
    }
  }
  // A reply to the customer before a note; and a macro with both a plain and an HTML comment says
  // the same thing twice: lint the plain one.
  const ranked = [...candidates].sort((a, b) => Number(!!a.note) - Number(!!b.note) || Number(a.key.endsWith('html')) - Number(b.key.endsWith('html')))
  const best = ranked[0]
  return best ? { bodies: [best.node], key: best.key, internal: !isPublic || !!best.note } : undefined
}

function lastString(items: TreeNode[]): StringNode | undefined {
  return [...items].reverse().find((i): i is StringNode => i.kind === 'string' && !/^channel:/.test(i.value))
}

function isFalse(value: unknown): boolean {
  return value === false || value === 'false' || value === 0 || value === '0'
}

/** Item-level flags some exports use for notes that never reach the customer. */
function isInternalItem(node: ObjectNode): boolean {
  const v = (key: string) => plain(get(node, key))
  return ['public', 'is_public', 'comment_mode_is_public'].some((k) => isFalse(v(k))) ||
    ['internal', 'is_internal', 'internal_note'].some((k) => v(k) === true || v(k) === 'true')
}

