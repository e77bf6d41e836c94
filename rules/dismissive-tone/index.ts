import { defineRule } from '../../src/rule/define-rule.js'
import { acceptedHits, dropSuggestion } from '../../src/rule/language.js'
import phrases from './phrases.yaml'
import { strategies } from './strategies.js'

const MESSAGE_IDS = ['dismissive', 'condescending', 'deflection'] as const
type MessageId = (typeof MESSAGE_IDS)[number]

export default defineRule({
  meta: {
    id: 'dismissive-tone',
    description: 'Phrases that brush the customer off, talk down to them, or shut the conversation',
    defaultSeverity: 'error',
    messages: {
      dismissive: '"{{text}}" brushes the customer off; {{advice}}',
      condescending: '"{{text}}" talks down to the customer; {{advice}}',
      deflection: '"{{text}}" turns the customer away without a route; {{advice}}',
    },
    options: {
      phrases: { type: 'phrases', default: {}, description: 'Phrases to add to or remove from the built-in list' },
    },
    hasSuggestions: true,
    phrases: { entries: phrases, strategies: Object.keys(strategies) },
  },
  create(context) {
    const find = context.phrases(context.options.phrases)
    return {
      sentence(sentence) {
        for (const c of acceptedHits(find(sentence.text), sentence, context.reply, strategies, 'always')) {
          const { entry } = c.hit
          // Entries name their message; phrases added in config get the plain one.
          const messageId: MessageId = MESSAGE_IDS.includes(entry.message as MessageId) ? (entry.message as MessageId) : 'dismissive'
          // A strategy that read past the phrase, or `after` words before it, reports what it read ("moderate
          // your tone", not "moderate"; "As I mentioned", not "mentioned"), and a suggestion drops all of it.
          const { start, end } = c.reach ?? c.hit
          const read = c.reach ? { ...c, hit: { ...c.hit, start, end, text: sentence.text.slice(start, end) } } : c
          const suggestion = entry.drop === true ? dropSuggestion(read) : undefined
          context.report({
            messageId,
            span: sentence.spanOf(start, end),
            data: { text: sentence.text.slice(start, end).replace(/\s+/g, ' '), advice: String(entry.advice ?? 'say what you will do instead') },
            ...(suggestion ? { suggest: [suggestion] } : {}),
          })
        }
      },
    }
  },
})
