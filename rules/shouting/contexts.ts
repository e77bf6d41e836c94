/**
 * Named strategies for capitals that name something rather than raise the
 * voice: an e-mail header label, a control or keyword to use, a status or
 * field value, a quoted literal, a fill-in instruction. Each looks only at the
 * words around a run; the word lists are data (contexts.yaml).
 */
import data from './contexts.yaml'

const KEYS = ['emphatic', 'headerLabels', 'labelVerbs', 'fieldNouns', 'valuePrefixes', 'valueLinks', 'valueCues', 'fillInVerbs'] as const
type Key = (typeof KEYS)[number]

function load(raw: unknown): Record<Key, Set<string>> {
  const out = {} as Record<Key, Set<string>>
  for (const key of KEYS) {
    const list = (raw as Partial<Record<Key, unknown>> | null)?.[key]
    if (!Array.isArray(list) || list.some((w) => typeof w !== 'string' || !/^[a-z][a-z']*$/i.test(w))) {
      throw new Error(`shouting/contexts.yaml: "${key}" must be a list of words`)
    }
    out[key] = new Set(list.map((w: string) => w.toLowerCase()))
  }
  return out
}

const words = load(data)
// "(insert SO ref)": an instruction to whoever fills the template in; bounded, so linear.
const FILL_IN = new RegExp(String.raw`[([](?:${[...words.fillInVerbs].join('|')})\b[^()[\]\n]{0,40}$`, 'i')
// "Refund decision: APPROVED": a form line whose label ends in a colon, at the start of a line.
const FIELD_LINE = /(?:^|\n)[\t ]*\p{Lu}[\p{L}'’ ]{0,30}:[\t ]*$/u

export interface Around {
  /** The paragraph's prose before the run, and after it. */
  before: string
  after: string
  /** The run's words, lower-cased. */
  words: string[]
}

type Strategy = (around: Around) => boolean

// The last few words before the run, nearest first; a line break or a sentence end stops the look-back.
function wordsBefore(before: string, count: number): string[] {
  const tail = before.slice(-60)
  const clause = tail.slice(Math.max(tail.lastIndexOf('\n'), tail.lastIndexOf('. '), tail.lastIndexOf('! '), tail.lastIndexOf('? ')) + 1)
  return clause.toLowerCase().split(/[^\p{L}'’]+/u).filter(Boolean).reverse().slice(0, count)
}

function firstWordAfter(after: string): string {
  return /^\s*(\p{L}+)/u.exec(after.slice(0, 40))?.[1]?.toLowerCase() ?? ''
}

/** Strategies in the order the rule tries them. */
export const strategies: Record<string, Strategy> = {
  // "SUBJECT: We are sorry": an e-mail header copied into a template.
  'header-label': ({ before, after, words: run }) =>
    run.length === 1 && words.headerLabels.has(run[0]) && /^\s*:/.test(after) && /(?:^|\n)[\s*_#>]*$/.test(before.slice(-20)),
  // "type "CANCEL" to confirm": a literal in quotation marks.
  'quoted-literal': ({ before, after }) => /["'“‘«]$/.test(before) && /^["'”’»]/.test(after),
  // "a 404 NOT FOUND page": an HTTP status phrase after its code.
  'http-status': ({ before }) => /\b[1-5]\d\d[ \t]*$/.test(before.slice(-8)),
  // "Your order (insert SO ref) left": a fill-in instruction left for the agent.
  'fill-in': ({ before }) => FILL_IN.test(before.slice(-60)),
  // "click SAVE", "reply STOP", "the SAVE button", "the PRO plan", "in NEEDINFO status".
  'ui-label': ({ before, after }) => {
    const [prev, prev2] = wordsBefore(before, 2)
    if (words.labelVerbs.has(prev)) return true
    if ((prev === 'the' || prev === 'on') && words.labelVerbs.has(prev2)) return true
    return words.fieldNouns.has(firstWordAfter(after))
  },
  // "mark the bug as UNCONFIRMED", "set the Status field to RESOLVED - FIXED", "status PENDING", "Refund decision: APPROVED".
  'status-value': ({ before }) => {
    if (FIELD_LINE.test(before.slice(-40))) return true
    const near = wordsBefore(before, 6)
    if (words.valuePrefixes.has(near[0])) return true
    if (near[0] === 'is' && words.valuePrefixes.has(near[1])) return true
    return words.valueLinks.has(near[0]) && near.slice(1).some((w) => words.valueCues.has(w))
  },
}

/**
 * The name of the first strategy that explains the run as a name, not a raised voice. A run that holds an
 * emphatic word ("do NOT file", "NEVER share") is never a control or a value.
 */
export function namingContext(around: Around): string | undefined {
  const emphatic = around.words.some((w) => words.emphatic.has(w.replace(/’/g, "'")))
  for (const [name, applies] of Object.entries(strategies)) {
    // A header, a quoted literal, a status phrase or a fill-in names its words whatever they are; the others guess from one neighbour.
    if (emphatic && (name === 'ui-label' || name === 'status-value')) continue
    if (applies(around)) return name
  }
  return undefined
}
