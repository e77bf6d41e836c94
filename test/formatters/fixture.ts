/**
 * One fixed set of results every formatter test formats: errors and warnings,
 * a fatal message, a clean file, a notice, a reply inside a collection, text
 * that needs escaping in every output, and files inside and outside cwd.
 * Positions are computed from each source, so they are right by construction.
 */
import type { FormatterMeta } from '../../src/formatters/types.js'
import type { Diagnostic, LintResult } from '../../src/types.js'

export const CWD = '/home/sam/support'

/** The 1-based span of the `nth` occurrence of `needle` in `source`. */
function span(source: string, needle: string, nth = 0) {
  let start = -1
  for (let i = 0; i <= nth; i++) start = source.indexOf(needle, start + 1)
  if (start < 0) throw new Error(`"${needle}" not in source`)
  const point = (offset: number) => {
    const before = source.slice(0, offset).split('\n')
    return { line: before.length, column: before[before.length - 1].length + 1 }
  }
  const a = point(start)
  const b = point(start + needle.length)
  return { line: a.line, column: a.column, endLine: b.line, endColumn: b.column, offset: start }
}

/** A span's position fields alone, as a Diagnostic carries them. */
function at({ line, column, endLine, endColumn }: ReturnType<typeof span>) {
  return { line, column, endLine, endColumn }
}

function result(filePath: string, messages: Diagnostic[], source?: string): LintResult {
  const count = (f: (m: Diagnostic) => boolean) => messages.filter(f).length
  return {
    filePath,
    messages,
    errorCount: count((m) => m.severity === 2),
    warningCount: count((m) => m.severity === 1),
    fatalErrorCount: count((m) => Boolean(m.fatal)),
    fixableErrorCount: count((m) => Boolean(m.fix) && m.severity === 2),
    fixableWarningCount: count((m) => Boolean(m.fix) && m.severity === 1),
    ...(source === undefined ? {} : { source }),
  }
}

const DISMISSIVE = '"As I already said" brushes the customer off; answer the question again in new words'

const refundSource = [
  'Hi Sam,',
  '',
  'As I already said, the credit applies <today> & "tomorrow".',
  'I am 100% sure: this never happens again, as I',
  'already said!!',
  '',
].join('\n')
const opening = span(refundSource, 'As I already said')
const promise = span(refundSource, '100% sure')
const wrapped = span(refundSource, 'as I\nalready said')
const marks = span(refundSource, '!!')
const refund = result(`${CWD}/drafts/refund #2, "final".md`, [
  {
    ruleId: 'dismissive-tone', severity: 2, message: DISMISSIVE, messageId: 'dismissive', ...at(opening),
    suggestions: [{ desc: 'Drop "As I already said,"', fix: { range: [opening.offset, opening.offset + 'As I already said, '.length], text: '' } }],
  },
  {
    ruleId: 'over-promise', severity: 1, messageId: 'promise', ...at(promise),
    message: '"100% sure" promises what you cannot control: say what you will do & by <date>',
  },
  // A phrase matched across a line break: its message keeps the break.
  { ruleId: 'dismissive-tone', severity: 2, messageId: 'dismissive', ...at(wrapped), message: '"as I\nalready said" brushes the customer off; answer the question again in new words' },
  {
    ruleId: 'shouting', severity: 1, messageId: 'marks', ...at(marks), message: '"!!" reads as shouting; end the sentence with a single "!"',
    fix: { range: [marks.offset, marks.offset + 2], text: '!' },
  },
], refundSource)

const macrosSource = [
  '{',
  '  "Welcome": "Hi {{name}}, thanks for writing in.",',
  '  "Refund, denied: v2":',
  '    "Hi, as I already said, refunds take 5 days.",',
  '  "Спасибо": "Спасибо за ваше терпение."',
  '}',
  '',
].join('\n')
const inMacro = span(macrosSource, 'as I already said')
const russian = span(macrosSource, '"Спасибо за')
// Collections (issue 6) add replyTitle and replyIndex to each message.
type CollectionDiagnostic = Diagnostic & { replyTitle: string; replyIndex: number }
const macroMessages: CollectionDiagnostic[] = [
  { ruleId: 'dismissive-tone', severity: 2, messageId: 'dismissive', message: '"as I already said" brushes the customer off; answer the question again in new words', ...at(inMacro), replyTitle: 'Refund, denied: v2', replyIndex: 1 },
  { ruleId: null, severity: 0, message: 'Reply "Спасибо" is not English; skipped', line: russian.line, column: russian.column, endLine: russian.line, endColumn: russian.column, replyTitle: 'Спасибо', replyIndex: 2 },
]
const macros: LintResult = {
  ...result(`${CWD}/macros.json`, macroMessages, macrosSource),
  // The engine lists every reply of a collection, clean and skipped ones too.
  replies: [
    { title: 'Welcome', index: 0, line: 2, column: 4 },
    { title: 'Refund, denied: v2', index: 1, line: 3, column: 4 },
    { title: 'Спасибо', index: 2, line: 5, column: 4, notice: 'not-english' },
  ],
}

const outsideSource = 'Thanks for reaching out to us.\n'
const outside = result('/tmp/elsewhere/reply.txt', [
  { ruleId: 'no-concrete-action', severity: 1, messageId: 'missing', message: 'The reply ends without a next step; say what happens next and when', line: 1, column: 1, endLine: 1, endColumn: 31 },
  // A plugin rule the caller has no metadata for.
  { ruleId: 'acme/jargon', severity: 1, messageId: 'jargon', message: '"reaching out" is jargon', line: 1, column: 12, endLine: 1, endColumn: 24 },
], outsideSource)

export const RESULTS: LintResult[] = [
  refund,
  result(`${CWD}/notes/broken.md`, [
    { ruleId: null, severity: 2, fatal: true, message: 'Cannot read file: EACCES', line: 1, column: 1, endLine: 1, endColumn: 1 },
  ]),
  result(`${CWD}/drafts/ok.md`, []),
  macros,
  outside,
]

export const META: FormatterMeta = {
  cwd: CWD,
  color: false,
  version: '0.1.0',
  rulesMeta: {
    'dismissive-tone': {
      id: 'dismissive-tone',
      description: 'Phrases that brush the customer off',
      defaultSeverity: 'error',
      docsUrl: 'https://github.com/replylint/replylint/blob/main/rules/dismissive-tone/README.md',
    },
    'over-promise': {
      id: 'over-promise',
      description: 'Promises that set expectations the team cannot control',
      defaultSeverity: 'warn',
      docsUrl: 'https://github.com/replylint/replylint/blob/main/rules/over-promise/README.md',
    },
    shouting: {
      id: 'shouting',
      description: 'Words in capitals that are not acronyms, and runs of exclamation or question marks',
      defaultSeverity: 'warn',
      docsUrl: 'https://github.com/replylint/replylint/blob/main/rules/shouting/README.md',
    },
    'no-concrete-action': {
      id: 'no-concrete-action',
      description: 'A reply that ends without a next step',
      defaultSeverity: 'warn',
      docsUrl: 'https://github.com/replylint/replylint/blob/main/rules/no-concrete-action/README.md',
    },
  },
}
