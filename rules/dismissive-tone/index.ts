import { defineRule } from '../../src/rule/define-rule.js'
import phrases from './phrases.yaml'

const strategies = ['always', 'unless-route', 'unless-neutral'] as const

export default defineRule({
  meta: {
    id: 'dismissive-tone',
    description: 'Phrases that brush the customer off, talk down to them, or shut the conversation',
    defaultSeverity: 'error',
    messages: { dismissive: '"{{text}}" brushes the customer off; {{advice}}' },
    options: { phrases: { type: 'phrases', default: {} } },
    phrases: { entries: phrases, strategies },
  },
  create(context) {
    const find = context.phrases(context.options.phrases)
    return {
      sentence(sentence) {
        for (const hit of find(sentence.text)) {
          context.report({
            messageId: 'dismissive',
            span: sentence.spanOf(hit.start, hit.end),
            data: { text: hit.text.replace(/\s+/g, ' '), advice: String(hit.entry.advice ?? 'say what you will do instead') },
          })
        }
      },
    }
  },
})
