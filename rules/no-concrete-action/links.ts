/**
 * Concrete pointers that are not clauses: a link to a page (a URL, a markdown link,
 * a link slot in a template), a menu path ("Settings → Billing"), a slot that stands
 * for the action itself ("[Specific action taken]"), and a numbered list of steps.
 */
import type { Paragraph, Reply, Sentence } from '../../src/reply/model.js'
import { TOKEN } from '../../src/reply/text-view.js'
import type { PhraseHit } from '../../src/rule/phrases.js'

// Slot names that stand for a link, or for the concrete action the writer fills in.
const LINK_SLOT = /url|link|uri|href|http|www|site|page|portal|tracking/i
const ACTION_SLOT = /action|step|solution|resolution|remed|refund|credit|compensation|offer|workaround|fix|option|instruction|next/i
// A slot right after these words is where the customer should go ("look here XXX", "visit {shop}").
const SLOT_AS_PLACE = /(?:\bhere|\bat|\bvisit|\bvia|\blink|\bbelow|\bfollowing)\s*:?\s*$/i
// "Settings → Billing → Payment method", "File > Export"
// The second branch starts at a word's last capital (no capital after it in the word): from every capital it
// rescanned the rest of the word, and a 4,000-letter word in capitals took a second (issue 8).
const MENU_PATH = /[\p{L}\p{N})]\s*(?:→|⇒|›|»|->)\s*[\p{L}\p{N}(]|\p{Lu}[^\P{L}\p{Lu}]*\s+>\s+\p{Lu}/u
// Every menu path has one of these: a cheap scan that spares most sentences the pattern above (speed, issue 7).
const MENU_ARROW = /[→⇒›»>]/

/** Whether the sentence sends the customer to a page, a place in the product, or holds an action slot. */
export function pointsSomewhere(sentence: Sentence, reply: Reply, citations: PhraseHit[]): boolean {
  const cited = (fileOffset: number) =>
    citations.some((h) => {
      const end = sentence.spanOf(h.start, h.end).end
      return end <= fileOffset && /^[\s[(<]*$/.test(reply.source.slice(end, fileOffset))
    })
  const text = sentence.text
  for (let k = text.indexOf(TOKEN); k >= 0; k = text.indexOf(TOKEN, k + 1)) {
    const at = sentence.spanOf(k, k + 1).start
    if (reply.regions.some((r) => r.kind === 'url' && r.start === at) && !cited(at)) return true
    const slot = reply.placeholders.find((p) => p.start === at)
    if (slot && (LINK_SLOT.test(slot.name) || ACTION_SLOT.test(slot.name) || SLOT_AS_PLACE.test(text.slice(0, k)))) return true
  }
  if (MENU_ARROW.test(text) && MENU_PATH.test(text)) return true
  return markdownLinks(sentence, reply).some((start) => !cited(start))
}

/**
 * File offsets of the `[` of markdown links whose text lies in the sentence. The link
 * text is prose and its URL is cut out of the view, so the link shows only in the source.
 */
function markdownLinks(sentence: Sentence, reply: Reply): number[] {
  const { start, end } = sentence.span
  const window = reply.source.slice(start, Math.min(reply.source.length, end + 2))
  const found: number[] = []
  for (let i = window.indexOf(']('); i >= 0; i = window.indexOf('](', i + 2)) {
    const close = start + i
    if (close > end) break
    const open = reply.source.lastIndexOf('[', close)
    // an image `![](…)` is not a page to visit
    if (open < 0 || reply.source[open - 1] === '!') continue
    found.push(Math.max(open, start))
  }
  return found
}

/** RULES.md: "a numbered list of steps". Two numbered items with words in them. */
export function hasNumberedSteps(paragraphs: Paragraph[]): boolean {
  return paragraphs.filter((p) => p.type === 'list-item' && p.ordered && /\p{L}{2}/u.test(p.text)).length >= 2
}
