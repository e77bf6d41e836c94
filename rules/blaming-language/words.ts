/**
 * Word classes (classes.yaml) and the small readers blaming-language's strategies share: who did what, and
 * whether the sentence excuses it. Kept apart from the strategies so each strategy file stays short.
 */
import { type HitContext, clauseAfter, normal } from '../../src/rule/language.js'
import classes from './classes.yaml'

const list = (key: string): Set<string> => new Set(((classes as Record<string, unknown>)[key] as unknown[]).map((w) => String(w).toLowerCase()))
export const UNDERGONE_PARTICIPLES = list('undergone-participles')
export const UNDERGONE_VERBS = list('undergone-verbs')
export const IRREGULAR = list('irregular-participles')
export const OWN_ACTIONS = list('own-past-actions')
export const FAULT_WORDS = list('fault-words')
export const ACT_NOUNS = list('act-nouns')
export const NEUTRAL_PAST = list('neutral-past')
export const FAULT_PARTICIPLES = list('fault-participles')
export const REPROACH_PARTICIPLES = list('reproach-participles')
export const TERMS_NOUNS = list('terms-nouns')
export const INSTRUCTION_VERBS = list('instruction-verbs')
export const FAULT_SUBJECTS = list('fault-subjects')

/** A past participle or simple past ("checked", "kept") that is no outcome the customer underwent. */
export const participle = (w: string): boolean => (/^[\p{L}-]{2,}ed$/u.test(w) || IRREGULAR.has(w)) && !UNDERGONE_PARTICIPLES.has(w)

/** A past act the customer did (not a want, a purchase or an outcome): "stored", "deleted", "broke". */
export const pastAct = (w: string): boolean => (participle(w) || OWN_ACTIONS.has(w)) && !NEUTRAL_PAST.has(w)

export interface Word {
  w: string
  start: number
  end: number
}

// Words with their offsets; "t&cs" and "double-checked" stay whole.
const WORD = /[\p{L}\p{N}&'’-]+/gu

/** Up to `n` words of the clause after `from`, lower-cased. */
export function clauseWords(text: string, from: number, n: number): Word[] {
  const out: Word[] = []
  for (const m of clauseAfter(text, from).matchAll(WORD)) {
    const start = from + (m.index ?? 0)
    out.push({ w: normal(m[0]), start, end: start + m[0].length })
    if (out.length >= n) break
  }
  return out
}

// The agent making good in the same sentence turns a fault into context:
// "Since you didn't use the code, I've applied the discount by hand."
// A bare "we sent" is history ("every reminder we sent"); "I've sent", "I've just sent" put it right.
export const AGENT_FIXES =
  /\b(?:i|we)(?:(?:'ve| have)?\s+(?:just\s+|now\s+|already\s+|also\s+|gone ahead and\s+)?(?:applied|added|fixed|updated|refunded|credited|corrected|changed|attached|filled|included|entered|booked|rebooked|reset|restored|cancell?ed|processed|arranged|installed|pushed|replaced|waived|moved|switched|swapped|transferred|merged|reopened|unlocked|reactivated|extended|re-?enabled|re-?submitted)|(?:'ve| have|\s+just|\s+now|\s+also)\s+(?:just\s+|now\s+|already\s+|also\s+)?re-?sent|(?:'ve| have|\s+just|\s+now|\s+also)\s+(?:just\s+|now\s+|already\s+|also\s+)?sent)\b/
// Absolution or thanks in the same sentence: "no worries, you changed it and that's fine", "thanks, you set it up".
const ABSOLVES =
  /\b(?:no (?:problem|worries|harm)|don't worry|do not worry|not your fault|no fault|easy (?:mistake|to do|thing to)|happens to (?:all|every)|understandable|totally fine|perfectly fine|thanks|thank you|appreciate|glad|great|on us|(?:our|my) (?:fault|mistake|error|bad))\b/

// Once per sentence: a run-on "sentence" of many hits must stay linear to read.
const excuses = new WeakMap<object, boolean>()

/** Whether the sentence thanks, absolves or has the agent put it right. */
export function sentenceExcuses(c: HitContext): boolean {
  let v = excuses.get(c.sentence)
  if (v === undefined) {
    const sentence = normal(c.sentence.text)
    v = AGENT_FIXES.test(sentence) || ABSOLVES.test(sentence)
    excuses.set(c.sentence, v)
  }
  return v
}

// The agent in a sentence: "we", "our team", "I've", "my".
const AGENT = /\b(?:i|we|our|ours|us|my|me)\b|\b(?:i|we)'/
const agents = new WeakMap<object, boolean>()

/** Whether the agent's side appears anywhere in the sentence ("our checks would have caught it"). */
export function agentInSentence(c: HitContext): boolean {
  let v = agents.get(c.sentence)
  if (v === undefined) {
    v = AGENT.test(normal(c.sentence.text))
    agents.set(c.sentence, v)
  }
  return v
}
