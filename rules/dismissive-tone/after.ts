/**
 * `after` words (phrases.yaml): an entry anchored on its rarest word names the common words that must end just
 * before it, and the report reaches back over them.
 */
import type { HitContext } from '../../src/rule/language.js'
import type { PhraseEntry } from '../../src/rule/phrases.js'
import { type CompiledPhrase, type Token, compilePhrase, firstTokens, matchAt, tokenize } from '../../src/rule/token-matcher.js'

interface Lead {
  phrase: CompiledPhrase
  first: Set<string>
}
const leadsOf = new WeakMap<PhraseEntry, Lead[]>()
// How many tokens back a lead may start: more than any listed lead needs ("as I have already previously").
const LEAD_TOKENS = 16

/** Index of the token that starts at `offset` (hits start and end on token edges). */
function tokenAt(tokens: Token[], offset: number): number {
  let lo = 0
  let hi = tokens.length - 1
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (tokens[mid].start < offset) lo = mid + 1
    else hi = mid
  }
  return lo
}

/**
 * An entry anchored on its rarest word lists in `after` the words that must end just before it ("between you
 * and" after "that's a matter"): the matcher then tries it at that rare word only, not at every "that" of every
 * reply (issue 7). The report reaches back over those words.
 */
export function precededBy(c: HitContext): boolean {
  const after = c.hit.entry.after
  if (!Array.isArray(after)) return true
  let leads = leadsOf.get(c.hit.entry)
  if (!leads) {
    leads = after.map((text) => {
      const phrase = compilePhrase(String(text))
      return { phrase, first: firstTokens(phrase) }
    })
    leadsOf.set(c.hit.entry, leads)
  }
  // On the sentence's own tokens, which the search just made: a window of text would be tokenized anew for
  // every hit and push the sentences other rules read out of the token cache (issue 7). A lead matches when
  // it ends where the hit starts (or runs into it: "the user" before "user guide").
  const tokens = tokenize(c.sentence.text)
  const at = tokenAt(tokens, c.hit.start)
  const stop = tokenAt(tokens, c.hit.end)
  // Farthest start first: the longest lead is the one reported ("please don't shout", not "don't shout").
  for (let k = Math.max(0, at - LEAD_TOKENS); k < at; k++) {
    for (const lead of leads) {
      if (!lead.first.has(tokens[k].norm)) continue
      const end = matchAt(lead.phrase, tokens, k)
      if (end < at || end > Math.max(at, stop)) continue
      c.reach = { start: tokens[k].start, end: c.hit.end }
      return true
    }
  }
  return false
}

