/**
 * A small local plugin for engine and CLI tests (written into temp projects):
 * `tidy/typo` fixes known typos and suggests a rewording; `tidy/loop` has a fix
 * that never settles, to prove the ten-pass limit.
 */
export const TYPO_PLUGIN = `
const typos = { teh: 'the', recieve: 'receive', 'thier': 'their', aa: 'a' }
const typo = {
  meta: {
    id: 'typo', description: 'Known typos', defaultSeverity: 'warn', fixable: true, hasSuggestions: true,
    messages: { typo: 'Write "{{fix}}", not "{{text}}"', reword: 'Rewrite the sentence' },
  },
  create(context) {
    return {
      sentence(sentence) {
        for (const m of sentence.text.matchAll(/[A-Za-z]+/g)) {
          const fix = typos[m[0].toLowerCase()]
          if (!fix) continue
          const span = sentence.spanOf(m.index, m.index + m[0].length)
          context.report({
            messageId: 'typo', span, data: { text: m[0], fix },
            fix: { range: [span.start, span.end], text: fix },
            suggest: [{ messageId: 'reword', fix: { range: [sentence.span.start, sentence.span.end], text: 'Rewritten.' } }],
          })
        }
      },
    }
  },
}
const loop = {
  meta: { id: 'loop', description: 'A fix that never settles', defaultSeverity: 'warn', fixable: true, messages: { grow: 'Grows' } },
  create(context) {
    return { 'reply:exit'(reply) { context.report({ messageId: 'grow', span: { start: 0, end: 0 }, fix: { range: [0, 0], text: 'x' } }) } }
  },
}
export default { meta: { name: 'tidy' }, rules: { typo, loop } }
`
