/**
 * The opening this rule judges: RULES.md's "agent's prose after any greeting
 * line, up to the end of the first paragraph or the end of the N-th sentence,
 * whichever reaches further", with N from the rule's `openingSentences` option.
 *
 * The model's own opening starts after a greeting in the first block only. A
 * letter or canned email often starts with lines that are not prose a customer
 * reads as the opening: "Subject: …", a letterhead ("Brown & Sons plc / 88
 * Doncaster Road") above "Dear Sirs,", a greeting of its own ("👋 Hey @sam!",
 * "To the account owner,"). Those lines are skipped, whether they stand as
 * sentences of their own or sit at the top of the first sentence (a markdown
 * paragraph joins "Subject: …\nDear Sam,\nThis is to confirm…" into one).
 */
import type { Reply, Sentence } from '../../src/reply/model.js'
import { plain } from './clause.js'

export interface AckOpening {
  sentences: Sentence[]
  /** Offset in each sentence's text where the agent's words start (after "Subject: …" or "Hi Sam, "). */
  startOf: Map<Sentence, number>
}

const HEADER = /^(?:subject|re|fwd?|to|from|date|cc|bcc|ref|reference)\s*:/i
const GREETING_WORD = String.raw`(?:hi|hello|hey|hiya|howdy|heya|hallo|dear|greetings|good\s+(?:morning|afternoon|evening|day))`
// Up to four name words after the greeting word; "Hi-five on merging your PR!" is no greeting.
const NAME_WORDS = String.raw`(?:[ \t]+[^\s!?,:;—]+){0,4}`
// A line that is only a greeting: "Dear Sirs,", "👋 Hey @￼!", "To the account owner,", "￼,".
const GREETING_ONLY = new RegExp(
  String.raw`^\s*(?:${GREETING_WORD}${NAME_WORDS}[ \t]*[,!:.;—]?|to(?:[ \t]+[^\s!?,:;—]+){1,5}[ \t]*[,:]|[\uFFFC@\s]+[,!:])\s*$`,
  'i',
)
// An inline greeting before the first words: "Hi ￼, we reviewed your request…".
const GREETING_PREFIX = new RegExp(String.raw`^\s*${GREETING_WORD}${NAME_WORDS}[ \t]*[,!—]\s*`, 'i')
/** How many leading lines may be headers, letterhead or greetings. */
const PREAMBLE_LIMIT = 6

interface Line {
  sentence: Sentence
  /** Offset of the line in the sentence's text. */
  start: number
  text: string
}

export function openingOf(reply: Reply, count: number): AckOpening {
  const startOf = new Map<Sentence, number>()
  const lines = leadingLines(reply.sentences)
  const skip = preambleLength(lines, reply)
  // The first sentence the agent speaks in, and where in it they start.
  const firstLine = lines[skip]
  const startIndex = firstLine ? firstLine.sentence.index : lines.length ? lines[lines.length - 1].sentence.index + 1 : 0
  const rest = reply.sentences.slice(startIndex)
  if (rest.length === 0) return { sentences: [], startOf }
  const first = rest[0].paragraph
  const sentences = rest.filter((s, i) => s.paragraph === first || i < count)
  let from = firstLine && firstLine.sentence === rest[0] ? firstLine.start : 0
  const m = GREETING_PREFIX.exec(plain(rest[0].text.slice(from)))
  if (m) from += m[0].length
  for (const s of sentences) startOf.set(s, s === rest[0] ? from : 0)
  return { sentences, startOf }
}

/** The lines of the first few sentences, in order. */
function leadingLines(sentences: Sentence[]): Line[] {
  const lines: Line[] = []
  for (const sentence of sentences) {
    let start = 0
    for (const text of sentence.text.split('\n')) {
      if (text.trim()) lines.push({ sentence, start, text: plain(text).trim() })
      start += text.length + 1
    }
    if (lines.length > PREAMBLE_LIMIT) break
  }
  return lines
}

/** Leading lines that are headers, greetings, a letterhead above a greeting, or the rest of a cut greeting. */
function preambleLength(lines: Line[], reply: Reply): number {
  let skip = 0
  for (let i = 0; i < Math.min(lines.length, PREAMBLE_LIMIT); i++) {
    const { text } = lines[i]
    if (HEADER.test(text) || GREETING_ONLY.test(text) || restOfGreeting(lines[i], reply)) {
      skip = i + 1
      continue
    }
    // Letterhead or address lines count only when a greeting follows them ("Brown & Sons plc / Dear Sirs,").
    if (!/[.!?]$/.test(text) && greetingFollows(lines, i)) continue
    break
  }
  return skip
}

/** The end of a greeting line the model cut short: "Dear Mr. | Geoff Pullar". */
function restOfGreeting(line: Line, reply: Reply): boolean {
  const greeting = reply.greeting
  if (!greeting || line.start > 0 || /[.!?]$/.test(line.text) || line.text.split(/\s+/).length > 4) return false
  return !reply.source.slice(greeting.end, line.sentence.span.start).includes('\n')
}

function greetingFollows(lines: Line[], from: number): boolean {
  for (let j = from + 1; j < Math.min(lines.length, PREAMBLE_LIMIT); j++) {
    if (GREETING_ONLY.test(lines[j].text)) return true
    if (/[.!?]$/.test(lines[j].text)) return false
  }
  return false
}
