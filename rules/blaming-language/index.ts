import { defineRule } from '../../src/rule/define-rule.js'
import { acceptedHits, clauseAfter, clauseBefore } from '../../src/rule/language.js'
import phrases from './phrases.yaml'
import { strategies } from './strategies.js'

const MESSAGE_IDS = ['blame', 'rebuttal', 'lecture'] as const
type MessageId = (typeof MESSAGE_IDS)[number]

/**
 * Whether offset `at` sits inside double quotes in the sentence: the customer's own words quoted inline
 * ("“You failed to deliver” is fair") are not the agent blaming anyone (RULES.md: quoted text).
 */
function quoted(text: string, at: number): boolean {
  let straight = 0
  let curly = 0
  for (let i = Math.max(0, at - 300); i < at; i++) {
    const ch = text[i]
    if (ch === '"') straight++
    else if (ch === '“') curly++
    else if (ch === '”') curly = Math.max(0, curly - 1)
  }
  return straight % 2 === 1 || curly > 0
}

/** [start, end) of the clause holding [from, to), trimmed of spaces. */
function clauseOf(text: string, from: number, to: number): [number, number] {
  let start = from - clauseBefore(text, from).length
  let end = to + clauseAfter(text, to).length
  // "Next time, please read the description": the phrase is a clause of its own; take the next one too.
  if (!text.slice(start, from).trim() && !text.slice(to, end).trim() && /^[,:]/.test(text.slice(end))) {
    end = end + 1 + clauseAfter(text, end + 1).length
  }
  while (start < from && /\s/.test(text[start])) start++
  while (end > to && /\s/.test(text[end - 1])) end--
  return [start, end]
}

export default defineRule({
  meta: {
    id: 'blaming-language',
    description: 'Wording that blames the customer or argues with them instead of solving the problem',
    defaultSeverity: 'warn',
    messages: {
      blame: '"{{text}}" blames the customer; {{advice}}',
      rebuttal: '"{{text}}" argues with the customer; {{advice}}',
      lecture: '"{{text}}" lectures the customer on what they should have done; {{advice}}',
    },
    options: {
      phrases: { type: 'phrases', default: {}, description: 'Phrases to add to or remove from the built-in list' },
    },
    phrases: { entries: phrases, strategies: Object.keys(strategies) },
  },
  create(context) {
    const find = context.phrases(context.options.phrases)
    return {
      sentence(sentence) {
        // One finding per kind and sentence: a second blame in the same sentence adds noise, not information.
        let reported = ''
        for (const c of acceptedHits(find(sentence.text), sentence, context.reply, strategies, 'always')) {
          const { entry } = c.hit
          if (quoted(sentence.text, c.hit.start)) continue
          const messageId: MessageId = MESSAGE_IDS.includes(entry.message as MessageId) ? (entry.message as MessageId) : 'blame'
          if (reported.includes(`${messageId};`)) continue
          reported += `${messageId};`
          // Some entries mark only where the lecture is ("next time"); the clause around it is the problem.
          const [start, end] =
            entry.span === 'clause' ? clauseOf(sentence.text, c.hit.start, c.hit.end) : c.reach ? [c.reach.start, c.reach.end] : [c.hit.start, c.hit.end]
          context.report({
            messageId,
            span: sentence.spanOf(start, end),
            data: { text: sentence.text.slice(start, end).replace(/\s+/g, ' '), advice: String(entry.advice ?? 'describe what happened and what can be done now') },
          })
        }
      },
    }
  },
})
