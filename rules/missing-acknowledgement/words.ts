/**
 * Word helpers for the strategies: whether a stretch of text names something
 * (an apology's object, a cited message's topic) or is only grammar and vague
 * words; entry lists read from phrase data.
 */

/** A string list from a phrase entry's field (absent or malformed: empty). */
export const list = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [])

// Grammar words: they name nothing, so a phrase made only of them says nothing specific.
export const FUNCTION_WORDS = new Set(
  ('the a an this that these those it its my our your their his her we i you us me they them of on in at to for with from by ' +
    'and or about all some any is are was were be been being has have had do did does may might could would will can so very ' +
    'really just here there what which who as not no if up out any anything something way much more such')
    .split(' '),
)

/** Words of `text` that name something: not grammar, not in `vague`, not a number or a date word. */
export function contentWords(text: string, vague: readonly string[]): string[] {
  const skip = new Set(vague.map((v) => v.toLowerCase()))
  return wordsOf(text).filter((w) => w.length > 2 && !FUNCTION_WORDS.has(w) && !skip.has(w) && !MONTH.test(w))
}

// Calendar words date a message; they say nothing about what it asked.
const MONTH =
  /^(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec|(?:mon|tues|wednes|thurs|fri|satur|sun)day)$/

/** Lower-case words of a piece of text (letters and apostrophes). */
export function wordsOf(text: string): string[] {
  return (text.toLowerCase().match(/[\p{L}][\p{L}'-]*/gu) ?? []).map((w) => w.replace(/'s$/, ''))
}

/** Whether the text starts with one of the phrases (case-insensitive, whole words). */
export function startsWithAny(text: string, phrases: readonly string[]): boolean {
  const t = text.trimStart().toLowerCase()
  return phrases.some((p) => t.startsWith(p.toLowerCase()) && !/[\p{L}\p{N}]/u.test(t.charAt(p.length)))
}
