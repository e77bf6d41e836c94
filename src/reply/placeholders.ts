/**
 * Recognisers for the template slots listed under "Placeholders" in RULES.md.
 * A slot is never prose: it is never shouting, never a missing name, and in a
 * draft it is a leftover that `unfilled-placeholder` reports.
 */
import type { Span } from '../types.js'

export type PlaceholderSyntax =
  | 'liquid' | 'liquid-tag' | 'percent-brace' | 'mailchimp' | 'percent' | 'printf'
  | 'double-bracket' | 'dollar' | 'hash-brace' | 'brace' | 'bracket' | 'angle' | 'x-run'

export interface Placeholder extends Span {
  syntax: PlaceholderSyntax
  /** The slot's name as written, without delimiters ("first_name", "Customer Name"). */
  name: string
}

// HTML element names that look like `<name>` slots but are markup.
const HTML_TAGS = new Set(('a abbr b blockquote br code dd del details div dl dt em h1 h2 h3 h4 h5 h6 hr i img ins kbd li ' +
  'mark ol p pre q s small span strong sub summary sup table tbody td th thead tr u ul').split(' '))

// One alternation, compiled once; each branch is linear (negated classes, bounded runs).
const SOURCE: Array<[PlaceholderSyntax, string]> = [
  ['liquid', String.raw`\$?\{\{[^{}\n]*\}\}`],
  ['liquid-tag', String.raw`\{%[^%\n]*%\}`],
  ['percent-brace', String.raw`%\{[^{}\n]*\}`],
  ['hash-brace', String.raw`#\{[^{}\n]*\}`],
  ['mailchimp', String.raw`\*\|[A-Za-z0-9_:]+\|\*`],
  ['double-bracket', String.raw`\[\[[^[\]\n]+\]\]`],
  ['dollar', String.raw`\$[A-Z][A-Z0-9_]*\$`],
  ['printf', String.raw`%(?:\d+\$)?[sd](?![A-Za-z])`],
  ['percent', String.raw`%[A-Za-z_][\w.]*%`],
  ['brace', String.raw`\{[A-Za-z_][\w.]*\}`],
  // `[Customer Name]`, `[insert date]`; not a link `[text](url)`, `[text][ref]`, a definition `[ref]: url`, a checkbox or a footnote
  ['bracket', String.raw`\[[A-Za-z][^[\]\n]{0,60}\](?![([:])`],
  ['angle', String.raw`[#@]?<[A-Za-z][\w .-]{0,40}>`],
  ['x-run', String.raw`(?<![A-Za-z0-9])\+?X{3,}(?![A-Za-z0-9])`],
]
const PATTERN = new RegExp(SOURCE.map(([name, src]) => `(?<${name.replace('-', '_')}>${src})`).join('|'), 'g')

/** Every slot in `text`, in order, without overlaps. */
export function findPlaceholders(text: string): Placeholder[] {
  const found: Placeholder[] = []
  PATTERN.lastIndex = 0
  for (let m = PATTERN.exec(text); m; m = PATTERN.exec(text)) {
    const groups = m.groups!
    const key = Object.keys(groups).find((k) => groups[k] !== undefined)!
    const syntax = key.replace('_', '-') as PlaceholderSyntax
    const raw = m[0]
    if (syntax === 'angle' && HTML_TAGS.has(raw.replace(/^[#@]?</, '').replace(/>$/, '').trim().toLowerCase())) continue
    if (syntax === 'bracket' && isCheckboxOrCitation(raw)) continue
    found.push({ start: m.index, end: m.index + raw.length, syntax, name: nameOf(raw) })
  }
  return found
}

function isCheckboxOrCitation(raw: string): boolean {
  return /^\[(?:x|X| )\]$/.test(raw)
}

function nameOf(raw: string): string {
  return withoutCloser(raw.replace(/^[$#@%*]?[[{<%|]*[%|]?\s*/, '')).trim()
}

/**
 * Drops the closing delimiters, then the spaces before them. A loop, not
 * `/\s*[%|]?[\]}>%|*$]*$/`: a `{{…}}` slot may hold a 1 MB line of spaces, which that regex
 * rescans from each of its positions (issue 8).
 */
function withoutCloser(text: string): string {
  let end = text.length
  while (end > 0 && ']}>%|*$'.includes(text[end - 1])) end--
  while (end > 0 && /\s/.test(text[end - 1])) end--
  return text.slice(0, end)
}
