/**
 * Small clause helpers over one sentence's prose: where a clause starts and
 * ends, whether it is conditional ("if you're still having problems…"),
 * and whether a word opens its clause ("You mentioned…" vs "the issue you
 * raised"). Offsets are into the sentence text; `plain` keeps them stable.
 */

const EMOJI = /[\p{Extended_Pictographic}\u200d\ufe0f\u20e3]|[\u{1F3FB}-\u{1F3FF}]/gu

/** Same length as `text`: curly apostrophes straightened, emoji blanked ("Hi-five ✋ on…"). */
export function plain(text: string): string {
  return text.replace(/[’‘]/g, "'").replace(EMOJI, (m) => ' '.repeat(m.length))
}

// Where a clause starts: sentence punctuation, dashes, colons, or a comma.
const BOUNDARY = /[.;:!?—–(]|,|\s-\s/g

/** Offset where the clause holding `at` starts. */
export function clauseStart(text: string, at: number): number {
  let start = 0
  BOUNDARY.lastIndex = 0
  for (let m = BOUNDARY.exec(text); m && m.index < at; m = BOUNDARY.exec(text)) start = m.index + m[0].length
  return start
}

/** The rest of the clause after `at`: up to the sentence's end, a semicolon, or a turn ("but", "however"). */
export function clauseAfter(text: string, at: number): string {
  const rest = text.slice(at)
  const end = rest.search(/[.;!?]|,?\s+(?:but|however|although|though)\b/i)
  return end < 0 ? rest : rest.slice(0, end)
}

// Subordinators that make what follows hypothetical or still to happen.
const CONDITIONAL = /\b(?:if|unless|once(?!\s+(?:again|more))|when|whenever|until|in case|whether|should|so that|before|after)\b/i

/** Whether `at` lies in a conditional clause: "let me know if you're still having problems". */
export function isConditional(text: string, at: number): boolean {
  return CONDITIONAL.test(text.slice(clauseStart(text, at), at))
}

// Words that may stand between a clause's start and its subject: "and you mentioned", "Earlier you wrote".
const LEAD_WORDS = new Set([
  'and', 'but', 'so', 'as', 'because', 'since', 'while', 'now', 'then', 'also', 'already', 'both',
  'earlier', 'yesterday', 'today', 'recently', 'previously', 'originally', 'first',
  'oh', 'ah', 'ok', 'okay', 'right', 'yes', 'well', 'woah', 'whoa', 'hmm',
])

/** Whether only connectives stand between the clause's start and `at` (so the word at `at` is its subject). */
export function opensClause(text: string, at: number): boolean {
  const before = text.slice(clauseStart(text, at), at).toLowerCase()
  const words = before.match(/[\p{L}']+/gu) ?? []
  if (/[\p{N}\uFFFC]/u.test(before)) return false
  return words.every((w) => LEAD_WORDS.has(w))
}
