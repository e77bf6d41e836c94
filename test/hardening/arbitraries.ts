/**
 * fast-check generators for the property tests (issue 8): any unicode text, markdown-ish replies
 * built from the pieces rules react to, and canned-response libraries in JSON and YAML.
 */
import fc from 'fast-check'
import YAML from 'yaml'

/** Characters that mean something to a parser or a rule, plus the awkward ones of unicode. */
const SPECIAL = [
  '\n', '\r', '\r\n', '\t', ' ', '\u00a0', '\u2028', '\uFEFF', '\uFFFC', '\u200b', '\uD800', '\uDC00', '😀', 'é', 'İ', 'ß',
  '>', '-', '*', '+', '#', '`', '~', '{', '}', '[', ']', '(', ')', '<', '>', '!', '?', '.', ',', ';', ':', '@', '%', '|', '$',
  '_', '\\', '"', "'", '’', '“', '—', '…', '&', '=', '/', '1.', 'a', 'A', 'Z', 'z', '0',
]

/** Any text: arbitrary code points (lone surrogates included) mixed with syntax characters. */
export const unicodeText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.string({ unit: fc.constantFrom(...SPECIAL), maxLength: 120 }),
  fc.string({ unit: fc.oneof(fc.constantFrom(...SPECIAL), fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 })), maxLength: 160 }),
)

/** Words and phrases the rules react to, and spans that are not prose. */
const WORDS = [
  'Hi', 'Sam', 'Thanks', 'for', 'the', 'report', 'Obviously', 'teh', 'recieve', 'thier', 'aa', 'sorry for any inconvenience', 'ASAP',
  'URGENT', 'I', 'refunded', '$40', 'today', 'as I said', 'unfortunately', 'you', 'should have', 'read the docs', 'we', 'will',
  'guarantee', 'never', 'again', 'Dear customer', 'per our policy', 'calm down', 'I understand', 'I fixed it', 'by Friday',
  '{{first_name}}', '{{ ticket.id }}', '[Customer Name]', '*|FNAME|*', '%name%', '<name>', 'XXX', 'https://example.com/a?b=1',
  'www.example.org', 'help@example.com', '`code`', '**bold**', '_em_', '~~gone~~', '[link](https://x.io)', '![img](a.png)',
  '😀', 'é', '—', '…', '\u00a0', '\t', 'İ', '\u200b', '\uFFFC', '"quoted"', "it's", 'NASA', 'OK', '!!!', '?!', 'e.g.', 'Mr.',
]

const sentence = fc
  .array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 10 })
  .chain((words) => fc.tuple(fc.constant(words), fc.constantFrom('.', '!', '?', '', ',', '...', ':')))
  .map(([words, end]) => `${words.join(' ')}${end}`)

const RULE_IDS = ['dismissive-tone', 'shouting', 'missing-acknowledgement', 'tidy/typo', 'no-concrete-action', 'over-promise', 'nope']

const directive = fc
  .tuple(fc.constantFrom('disable', 'enable', 'disable-line', 'disable-next-line'), fc.subarray(RULE_IDS, { maxLength: 2 }), fc.boolean())
  .map(([type, ids, reason]) => `<!-- replylint-${type}${ids.length ? ` ${ids.join(', ')}` : ''}${reason ? ' -- because' : ''} -->`)

const line = fc.oneof(
  { weight: 6, arbitrary: fc.array(sentence, { minLength: 1, maxLength: 3 }).map((s) => s.join(' ')) },
  { weight: 1, arbitrary: fc.tuple(fc.integer({ min: 1, max: 6 }), sentence).map(([n, s]) => `${'#'.repeat(n)} ${s}`) },
  { weight: 1, arbitrary: fc.tuple(fc.integer({ min: 1, max: 4 }), sentence).map(([n, s]) => `${'> '.repeat(n)}${s}`) },
  { weight: 2, arbitrary: fc.tuple(fc.constantFrom('- ', '* ', '+ ', '1. ', '2) ', '  - ', '    - ', '- [ ] '), sentence).map(([m, s]) => m + s) },
  { weight: 1, arbitrary: fc.constantFrom('```', '~~~', '```js', '    indented code', '---', '***', '| a | b |', '|---|---|', '<div>', '</div>') },
  { weight: 1, arbitrary: directive },
  { weight: 1, arbitrary: fc.constantFrom('Thanks,', 'Best regards,', 'Cheers — Sam', '-- ', 'Priya', 'Support team', 'Hi Sam,', 'Hello,', 'Dear Sam,') },
  { weight: 2, arbitrary: fc.constant('') },
)

/** A reply-shaped text: lines of prose, markdown and directives, any line ending, maybe a BOM. */
export const markdownish = fc
  .tuple(fc.array(line, { minLength: 0, maxLength: 10 }), fc.constantFrom('\n', '\n', '\r\n', '\r'), fc.boolean(), fc.boolean())
  .map(([lines, eol, bom, finalEol]) => `${bom ? '\uFEFF' : ''}${lines.join(eol)}${finalEol ? eol : ''}`)

/** A body for a library entry: a reply, or odd text. */
const body = fc.oneof({ weight: 3, arbitrary: markdownish }, { weight: 1, arbitrary: unicodeText })

const entries = fc.array(fc.record({ title: fc.oneof(sentence, fc.string({ maxLength: 20 })), body }), { minLength: 0, maxLength: 3 })

/** A canned-response library: its file name (which picks the reader) and its text. */
export const collection = fc.oneof(
  entries.chain((list) =>
    fc.constantFrom(
      { path: 'macros.json', text: JSON.stringify(list, null, 2) },
      { path: 'macros.json', text: JSON.stringify(Object.fromEntries(list.map((e) => [e.title, e.body]))) },
      { path: 'macros.json', text: JSON.stringify({ macros: list.map((e) => ({ title: e.title, actions: [{ field: 'comment_value', value: e.body }] })) }) },
      { path: 'replies.yaml', text: YAML.stringify(list) },
      { path: 'replies.yml', text: YAML.stringify(Object.fromEntries(list.map((e) => [e.title, e.body]))) },
      { path: 'saved-replies.md', text: list.map((e) => `## ${e.title.replace(/\s+/g, ' ')}\n\n${e.body}\n`).join('\n') },
    ),
  ),
  // Any JSON at all: most shapes are no library, which is an error to report, not a crash.
  fc.jsonValue({ maxDepth: 3 }).map((v) => ({ path: 'data.json', text: JSON.stringify(v) })),
  fc.tuple(unicodeText, fc.constantFrom('x.json', 'x.yaml', 'x.csv', 'x.html', 'canned-responses.txt')).map(([text, path]) => ({ path, text })),
)
