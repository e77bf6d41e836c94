/**
 * What over-promise's readers share (index.ts, again.ts, deadline.ts): the apostrophe class, how far
 * they look around a hit, and the words that hedge or negate a promise.
 */
export const S = String.raw`['’]`
// How far around a hit the rule looks (characters), so a 100 KB sentence stays linear.
export const WINDOW = 120
// "hopefully it won't happen again", "this shouldn't happen again", "we're working to make sure it doesn't
// happen again": a hedge or an effort described, which is what the rule asks for.
export const HEDGE = new RegExp(
  String.raw`\b(?:hope|hopefully|should|shouldn${S}t|try|trying|aim|unlikely|expect|do our best|do my best|working to|work to|taking steps|steps to)\b`,
  'iu',
)
// A negation in the clause of a never-again promise: "won't", "will never", "can't", "nothing".
export const NEGATION = new RegExp(String.raw`\b(?:won${S}t|will not|will never|${S}ll never|never|nothing|no one|nobody|shall not|doesn${S}t|does not|don${S}t|do not|can${S}t|cannot|isn${S}t going to|is not going to|${S}s not going to|(?:zero|no) (?:chance|risk|possibility|way))\b`, 'iu')

// The team's own people and systems, not "our supplier" or "our courier partner".
export const OWN_TEAM =
  /^\s*our\s+(?:[\p{L}-]+\s+)?(?:system|systems|team|teams|store|shop|warehouse|engineers?|staff|app|platform|site|website|servers?|office|billing|support|agents?|technicians?|depot|branch|lab|workshop|payments?|finance)\b/iu
/** A word list from a classes.yaml, lower-cased. */
export function list(classes: unknown, key: string): string[] {
  return ((classes as Record<string, unknown>)[key] as unknown[]).map((w) => String(w).toLowerCase())
}

/** An alternation of listed words and phrases, each matched literally, with any whitespace between words. */
export function alt(words: string[]): string {
  return words.map((w) => w.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&').replace(/ /g, String.raw`\s+`)).join('|')
}
