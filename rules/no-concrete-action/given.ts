/**
 * A thing handed to the customer in the reply itself: "your discount code is SUMMER20", "the new
 * PIN is 4471", "your tracking number: {{tracking}}". RULES.md counts a done act with its object;
 * a code the customer can use now is that act's result. The noun must name something given
 * (`code-nouns`: code, voucher, PIN…), not the customer's own reference ("your order number is
 * 4411" restates what they sent).
 */
import type { Ctx } from './context.js'
import { lexicon } from './lexicon.js'
import type { Word } from './words.js'

const CODES = lexicon.nouns.code ?? new Set<string>()
const OWNER = /^(?:your|the|a|an|this|our|new)$/

/** Word indexes of given codes in the sentence. */
export function givenCodes(c: Ctx): number[] {
  const found: number[] = []
  c.ws.forEach((w, i) => {
    if (w.kind !== 'word' || !CODES.has(w.norm)) return
    // "your (new) (20% discount) code": an owner within four tokens before, no clause punctuation between
    let k = i - 1
    while (k >= 0 && i - k <= 4 && !OWNER.test(c.ws[k].norm) && (c.ws[k].kind !== 'punct' || c.ws[k].text === '%')) k--
    if (k < 0 || i - k > 4 || !OWNER.test(c.ws[k].norm)) return
    const link = c.ws[i + 1]
    const at = link?.norm === 'is' || link?.norm === 'are' || link?.text === ':' ? i + 2 : -1
    if (at > 0 && codeLike(c.ws[at], c.ws[at + 1])) found.push(i)
  })
  return found
}

/** A slot, a number of three digits or more, a token of letters and digits, a word in capitals, or a quoted code. */
function codeLike(w: Word | undefined, next: Word | undefined): boolean {
  if (!w) return false
  if (w.kind === 'slot') return true
  if (w.kind === 'number') return /\d{3}/.test(w.text.replace(/\D/g, ''))
  if (w.kind === 'punct') return /^["“'‘`]$/.test(w.text) && next?.kind !== undefined && next.kind !== 'punct'
  return /\d/.test(w.text) || (/^\p{Lu}{4,}$/u.test(w.text) && w.norm !== 'asap')
}
