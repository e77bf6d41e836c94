/**
 * A quick look that rules a sentence out before the phrase search (issue 7): three sentences in four hold
 * no hit the rule could report. It must never rule out a sentence that has one: every word it looks for is
 * one that a hit of its entry must contain as a whole token, so a sentence without any of them has no hit.
 */
import type { PhraseEntry } from '../../src/rule/phrases.js'
import { type CompiledPhrase, compilePhrase } from '../../src/rule/token-matcher.js'
import { mayBeTight } from './deadline.js'

/**
 * A word every match of the phrase contains: of each required part (one that is not `[optional]`), the longest
 * word of each alternative; the part whose shortest such word is longest wins, since short words ("in", "you")
 * are in most sentences. Undefined when no required part is made of plain words.
 */
function requiredWords(phrase: CompiledPhrase): string[] | undefined {
  let best: string[] | undefined
  let bestLength = 0
  for (const item of phrase.items) {
    if (item.optional || item.alts.some((alt) => alt.length === 0)) continue
    const words = item.alts.map((alt) => alt.reduce((longest, t) => (t.norm.length > longest.length ? t.norm : longest), ''))
    // Plain ASCII words only: the look below is an ASCII `\b` regex over the lower-cased sentence.
    if (!words.every((w) => /^[a-z0-9_]+$/.test(w))) continue
    const shortest = Math.min(...words.map((w) => w.length))
    if (shortest > bestLength || (shortest === bestLength && best && words.length < best.length)) {
      best = words
      bestLength = shortest
    }
  }
  return best
}

const alternation = (words: Set<string>) => [...words].sort((a, b) => b.length - a.length || (a < b ? -1 : 1)).join('|')

/**
 * The look for a list of entries, or undefined when it cannot be made sound (an entry without plain required
 * words). `deadline` entries of one word ("in", "by") are in half of all sentences; their strategy reports only
 * before a tight window (deadline.ts `mayBeTight`), so for them the look asks for the word with such a window.
 */
export function sieveFor(entries: Array<PhraseEntry | string>): ((text: string) => boolean) | undefined {
  const anchors = new Set<string>()
  const deadlines = new Set<string>()
  for (const raw of entries) {
    const entry: PhraseEntry = typeof raw === 'string' ? { phrase: raw } : raw
    const phrase = compilePhrase(entry.phrase)
    const single = phrase.items.length === 1 && !phrase.items[0].optional && phrase.items[0].alts.every((alt) => alt.length === 1)
    if (entry.strategy === 'deadline' && single && phrase.items[0].alts.every((alt) => /^[a-z0-9_]+$/.test(alt[0].norm))) {
      for (const alt of phrase.items[0].alts) deadlines.add(alt[0].norm)
      continue
    }
    const words = requiredWords(phrase)
    if (!words) return undefined
    for (const w of words) anchors.add(w)
  }
  // Tokens are maximal runs of letters, digits and `_`, lower-cased: a token that is one of these ASCII words
  // stands in the lower-cased sentence between non-word characters, so ASCII `\b` finds it (and may find more).
  const ANCHOR = anchors.size ? new RegExp(String.raw`\b(?:${alternation(anchors)})\b`) : /(?!)/
  const DEADLINE = deadlines.size ? new RegExp(String.raw`\b(?:${alternation(deadlines)})\b`, 'g') : undefined
  return (text) => {
    const lower = text.toLowerCase()
    if (ANCHOR.test(lower)) return true
    if (!DEADLINE) return false
    // Offsets of the lower-cased text are the sentence's only when lower-casing kept its length ("İ" does not).
    if (lower.length !== text.length) return true
    DEADLINE.lastIndex = 0
    for (let m = DEADLINE.exec(lower); m; m = DEADLINE.exec(lower)) if (mayBeTight(text, m.index + m[0].length)) return true
    return false
  }
}
