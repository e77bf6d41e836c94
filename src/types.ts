/** Shared vocabulary of replylint: spans, severities, diagnostics and results. */

/** Half-open range of UTF-16 offsets into the original file text (BOM removed). */
export interface Span {
  start: number
  end: number
}

export type SeverityName = 'off' | 'warn' | 'error'
/** eslint's numeric severities: 0 off (or a notice), 1 warning, 2 error. */
export type Severity = 0 | 1 | 2

export type ReplyKind = 'draft' | 'template'
export type ReplyFormat = 'markdown' | 'plaintext'

/** A replacement of `range` (offsets into the file text) by `text`. */
export interface Fix {
  range: [number, number]
  text: string
}

export interface Suggestion {
  desc: string
  messageId?: string
  fix: Fix
}

/** One problem, in eslint's JSON shape: 1-based lines and columns, end exclusive. */
export interface Diagnostic {
  ruleId: string | null
  severity: Severity
  message: string
  messageId?: string
  line: number
  column: number
  endLine: number
  endColumn: number
  fatal?: boolean
  fix?: Fix
  suggestions?: Suggestion[]
  /** On a suppressed problem: the directives that disabled it (eslint's shape). */
  suppressions?: Array<{ kind: 'directive'; justification: string }>
  /** Inside a canned-response collection: the reply's title as written (issue 6). */
  replyTitle?: string
  /** Inside a collection: the reply's 0-based position among the file's replies (variants count). */
  replyIndex?: number
}

/** One reply of a canned-response collection, as the engine found it (issue 6). */
export interface ReplySummary {
  title: string
  index: number
  /** Where its title is written in the file (1-based). */
  line: number
  column: number
  /** Among several fenced variants under one heading, or the strings of one body array. */
  variant?: number
  /** Why the reply was not linted: an internal note, no text of its own, not English. */
  notice?: 'internal-note' | 'not-lintable' | 'not-english'
}

export interface LintResult {
  filePath: string
  messages: Diagnostic[]
  /** Problems disabled by inline directives (eslint's `suppressedMessages`). */
  suppressedMessages?: Diagnostic[]
  errorCount: number
  warningCount: number
  fatalErrorCount: number
  fixableErrorCount: number
  fixableWarningCount: number
  /** The file's text (BOM removed), kept when it has problems, as eslint does; `json` leaves it out. */
  source?: string
  /** Set when --fix changed the text. */
  output?: string
  /** Set for a canned-response collection: every reply found in it, in file order (skipped ones too). */
  replies?: ReplySummary[]
  /** `--stats`: milliseconds spent building the Reply model(s) and in each rule (eslint's `stats`, reduced). */
  stats?: { times: { parse: number; rules: Record<string, number> } }
}
