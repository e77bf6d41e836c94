/**
 * The reply's salutations and who they address. The model's greeting is the
 * first place to look; a salutation line the model took for prose counts too
 * ("Dear Sirs," under a postal address block, "To the account owner,"), but
 * only as a short line of its own near the top of the reply.
 */
import type { Reply } from '../../src/reply/model.js'
import { TOKEN } from '../../src/reply/text-view.js'
import type { Span } from '../../src/types.js'

export interface Salutation {
  /** The salutation as written, trailing punctuation excluded ("Dear Customer"). */
  span: Span
  /** With its trailing punctuation ("Dear Customer,"), for a replacement. */
  full: Span
  /** Prose of the salutation; a placeholder is one U+FFFC. */
  text: string
  /** [start, end) of the addressee in `text` ("Customer"). */
  addressee: [number, number]
  /** File span of [a, b) in `text`. */
  spanOf(a: number, b: number): Span
}

const OPENER = /^(?:dear|hi|hello|hey|hiya|howdy|greetings|good (?:morning|afternoon|evening|day)|to(?: the)?|attention|attn)\b[\s,:;—-]*/i
const LINE = /^(?:dear|hi|hello|hey|hiya|howdy|greetings|good (?:morning|afternoon|evening|day)|to|attention|attn)\b[^.!?\n]{0,60}$/i
const TRAILING = /[\s,;:!.—–-]+$/
// How far down a salutation the model missed may stand: under an address block, not in the body.
const EARLY_SENTENCES = 3
const MAX_WORDS = 8
// Words an addressee after "Hello," may have and still be one: "valued customer", "dear valued member".
const MAX_ADDRESSEE_WORDS = 4

export function salutations(reply: Reply): Salutation[] {
  const out: Salutation[] = []
  if (reply.greeting) {
    const g = { ...reply.greeting }
    const said = reply.source.slice(g.start, g.end)
    // "Hello Ticket No. 5521,": the greeting stops at the abbreviation's dot, but the number belongs to it.
    if (/\b(?:no|nr|num|ref)\.$/i.test(said)) {
      const more = /^[ \t]*#?[A-Za-z]{0,4}-?\d[\w-]*[ \t]*[,!:;—]?/.exec(reply.source.slice(g.end, g.end + 40))
      if (more) g.end += more[0].length
    }
    // "Greetings, valued customer!", "Hello, user,": the greeting stops at the comma after its first word,
    // but a short addressee that ends the line belongs to it.
    if (/^[\s*_]*[\p{L} ]+,$/u.test(said) && OPENER.test(said.trim()) && said.trim().replace(OPENER, '') === '') {
      const more = /^[ \t]+[\p{L}'’ -]{1,40}?[ \t]*[,!:;—]?[ \t]*(?=\n|$)/u.exec(reply.source.slice(g.end, g.end + 60))
      if (more && more[0].trim().split(/\s+/).length <= MAX_ADDRESSEE_WORDS) g.end += more[0].trimEnd().length
    }
    // The greeting is raw file text: mark its slots as U+FFFC like sentence text.
    let text = ''
    const offsets: number[] = []
    for (let i = g.start; i < g.end; ) {
      const slot = reply.placeholders.find((p) => p.start <= i && i < p.end)
      offsets.push(i)
      if (slot) {
        text += TOKEN
        i = slot.end
      } else {
        text += reply.source[i]
        i++
      }
    }
    offsets.push(g.end)
    const s = parse(text, (a, b) => ({ start: offsets[a], end: offsets[b] }))
    if (s) out.push(s)
  }
  for (const sentence of reply.sentences.slice(0, EARLY_SENTENCES)) {
    const text = sentence.text
    if (!LINE.test(text) || text.split(/\s+/).length > MAX_WORDS) continue
    const s = parse(text, sentence.spanOf)
    if (s) out.push(s)
  }
  return out
}

function parse(text: string, spanOf: (a: number, b: number) => Span): Salutation | undefined {
  const opener = OPENER.exec(text)
  if (!opener) return undefined
  const trailing = TRAILING.exec(text)
  const end = trailing ? trailing.index : text.length
  const start = Math.min(opener[0].length, end)
  return {
    span: spanOf(0, end),
    full: spanOf(0, text.length),
    text,
    addressee: [start, end],
    spanOf,
  }
}
