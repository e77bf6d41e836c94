/**
 * From a reader's draft to a CollectionReply: body format, HTML projection, and the notices
 * (internal note, not lintable, not English) that make the engine skip a reply with one message.
 */
import { findPlaceholders } from '../reply/placeholders.js'
import type { BodyFormat, CollectionReply, Draft, PlainText } from './index.js'
import { type LanguageOptions, detectLanguage } from './language.js'
import { looksLikeHtml, projectHtml } from './html.js'
import { offsetFunction, spanFunction } from './mapped.js'

// Markdown a plain-text body would not contain: links, headings, fences, bold, inline code,
// blockquotes, and a trailing `\` hard break (refined-saved-replies bodies use it).
export const MARKDOWN = /\[[^\]\n]+\]\([^)\s]+\)|^ {0,3}#{1,6} \S|^ {0,3}(?:```|~~~)|\*\*[^*\n]+\*\*|`[^`\n]+`|^ {0,3}> |\\$/m

export async function finish(draft: Draft, index: number, language: false | LanguageOptions | undefined): Promise<CollectionReply> {
  const { text } = draft.body
  const format: BodyFormat = draft.format ?? detectBodyFormat(text)
  const reply: CollectionReply = {
    title: draft.title,
    titleOffset: draft.titleOffset,
    index,
    text,
    format,
    toFileOffset: offsetFunction(draft.body),
    toFileSpan: spanFunction(draft.body),
  }
  if (draft.variant !== undefined) reply.variant = draft.variant
  if (draft.group) reply.group = draft.group
  if (format === 'html') reply.plain = await plainOf(text, reply)
  const lintText = reply.plain?.text ?? text

  if (draft.internal) return notice(reply, 'internal-note', 'an internal note, not sent to the customer')
  const indirection = onlyIndirection(lintText)
  if (indirection !== undefined) {
    return notice(reply, 'not-lintable', indirection ? `the body is only ${indirection}, defined elsewhere` : 'the body is empty')
  }
  if (language !== false) {
    const verdict = detectLanguage(lintText, language)
    if (!verdict.english) return notice(reply, 'not-english', 'the body is not in English')
    if (verdict.excluded.length) reply.excluded = verdict.excluded
  }
  return reply
}

/** Markdown may hold inline HTML (`<br>`, `<details>`): markdown syntax beside it wins. */
export function detectBodyFormat(text: string): BodyFormat {
  if (MARKDOWN.test(text)) return 'markdown'
  return looksLikeHtml(text) ? 'html' : 'plaintext'
}

/**
 * A library is written for one renderer: when a quarter of its text bodies use markdown
 * (links, code, `\` breaks), its other text bodies are markdown too (`.github/replies.yml`).
 */
export function voteFormat(drafts: Draft[]): void {
  const open = drafts.filter((d) => !d.format)
  const formats = open.map((d) => detectBodyFormat(d.body.text))
  const text = formats.filter((f) => f !== 'html').length
  const markdown = formats.filter((f) => f === 'markdown').length
  const shared = markdown && markdown * 4 >= text ? 'markdown' : undefined
  open.forEach((d, i) => (d.format = formats[i] === 'html' ? 'html' : (shared ?? formats[i])))
}

function notice(reply: CollectionReply, kind: NonNullable<CollectionReply['notice']>, detail: string): CollectionReply {
  reply.notice = kind
  reply.detail = detail
  return reply
}

async function plainOf(html: string, reply: CollectionReply): Promise<PlainText> {
  const { mapped, regions } = await projectHtml(html)
  const toTextOffset = offsetFunction(mapped)
  const toTextSpan = spanFunction(mapped)
  return {
    text: mapped.text,
    toTextOffset,
    toFileOffset: (o) => reply.toFileOffset(toTextOffset(o)),
    toFileSpan: (a, b) => {
      const span = toTextSpan(a, b)
      return b > a ? reply.toFileSpan(span.start, span.end) : { start: reply.toFileOffset(span.start), end: reply.toFileOffset(span.start) }
    },
    regions,
  }
}

/**
 * '' for an empty body; the placeholder text when nothing but placeholders (dynamic content
 * `{{dc.refund_text}}`, Quicktext `[[SCRIPT=…]]`) is left; undefined when there are words to lint.
 */
function onlyIndirection(text: string): string | undefined {
  const placeholders = findPlaceholders(text)
  let rest = ''
  let from = 0
  for (const p of placeholders) {
    rest += text.slice(from, p.start)
    from = p.end
  }
  rest += text.slice(from)
  if (/\p{L}/u.test(rest)) return undefined
  return placeholders.length ? text.slice(placeholders[0].start, placeholders[0].end) : ''
}
