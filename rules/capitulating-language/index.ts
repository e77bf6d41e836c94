import { defineRule } from '../../src/rule/define-rule.js'
import { acceptedHits, dropSuggestion } from '../../src/rule/language.js'
import phrases from './phrases.yaml'
import { strategies } from './strategies.js'

const MESSAGE_IDS = ['agreement', 'give-away', 'blame', 'policy'] as const
type MessageId = (typeof MESSAGE_IDS)[number]

export default defineRule({
  meta: {
    id: 'capitulating-language',
    description: 'Blanket agreement, unconditional give-aways and wholesale blame that concede everything regardless of the facts',
    defaultSeverity: 'warn',
    messages: {
      agreement: '"{{text}}" concedes everything; {{advice}}',
      'give-away': '"{{text}}" promises whatever it takes; {{advice}}',
      blame: '"{{text}}" takes all the blame without saying what went wrong; {{advice}}',
      policy: '"{{text}}" throws policy away to appease; {{advice}}',
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
        let reported = -1
        for (const c of acceptedHits(find(sentence.text), sentence, context.reply, strategies, 'always')) {
          const { entry } = c.hit
          // One finding per concession: a hit inside, or joined on to, the one just reported ("anything you'd
          // like, just ask") is the same give-away.
          const joined = reported >= 0 && (c.hit.start < reported || /^[\s,]*(?:and\s+)?$/i.test(sentence.text.slice(reported, c.hit.start)))
          reported = Math.max(reported, (c.reach ?? c.hit).end)
          if (joined) continue
          const messageId: MessageId = MESSAGE_IDS.includes(entry.message as MessageId) ? (entry.message as MessageId) : 'agreement'
          const suggestion = entry.drop === true ? dropSuggestion(c) : undefined
          const { start, end } = c.reach ?? c.hit
          context.report({
            messageId,
            span: sentence.spanOf(start, end),
            data: { text: sentence.text.slice(start, end).replace(/\s+/g, ' '), advice: String(entry.advice ?? 'be specific about what went wrong and what you will do') },
            ...(suggestion ? { suggest: [suggestion] } : {}),
          })
        }
      },
    }
  },
})
