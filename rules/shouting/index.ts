import type { Paragraph } from '../../src/reply/model.js'
import { defineRule } from '../../src/rule/define-rule.js'
import builtinAcronyms from './acronyms.yaml'
import { namingContext } from './contexts.js'
import { capsTokens, shoutedRuns } from './words-in-caps.js'

// `!!`, `?!`, `!?`, `!!!`…, and the one-character ‼ and ⁉; a run of `?` alone is a question, not shouting.
const MARKS = /[!?‼⁉]+/g
// A shouted word has two capitals in a row (the word list holds words of two or more letters, and only
// upper-case letters lower-case to a-z), or one apostrophe between them ("I'M", "I’LL"). Most paragraphs have
// neither, and skip tokenizing for capitals altogether.
const TWO_CAPITALS = /\p{Lu}['’]?\p{Lu}/u

// One set per configured list, not one per reply: the engine resolves a file's options once.
const acronymSets = new WeakMap<readonly string[], Set<string>>()

function acronymSet(extra: readonly string[]): Set<string> {
  const known = acronymSets.get(extra)
  if (known) return known
  if (!Array.isArray(builtinAcronyms) || builtinAcronyms.some((a) => typeof a !== 'string')) {
    throw new Error('shouting/acronyms.yaml must be a list of strings')
  }
  const set = new Set([...(builtinAcronyms as string[]), ...extra].map((a) => a.toUpperCase()))
  acronymSets.set(extra, set)
  return set
}

export default defineRule({
  meta: {
    id: 'shouting',
    description: 'Words in capitals that are not acronyms, and runs of exclamation or question marks',
    defaultSeverity: 'warn',
    hasSuggestions: true,
    messages: {
      caps: '"{{text}}" in capitals reads as shouting; write it in normal case, and use bold or italics if it needs emphasis',
      marks: '"{{text}}" reads as shouting; end the sentence with a single "{{mark}}"',
    },
    options: {
      acronyms: { type: 'string-array', default: [], description: 'More acronyms and codes that are never shouting' },
    },
  },
  create(context) {
    // Configured extras behave as built-in ones: quiet alone, part of a run only next to a shouted word.
    const acronyms = acronymSet(context.options.acronyms)

    function caps(paragraph: Paragraph): void {
      const text = paragraph.text
      if (!TWO_CAPITALS.test(text)) return
      const greeting = context.reply.greeting
      const tokens = capsTokens(text, acronyms).map((t) => {
        // "Hi MARK,": a name as the help desk stores it, not a raised voice; the greeting word itself can shout.
        const at = paragraph.view.span(t.start, t.end)
        return greeting && at.start > greeting.start && at.end <= greeting.end ? { ...t, kind: 'code' as const } : t
      })
      for (const run of shoutedRuns(text, tokens)) {
        // Strategies look at a few words either side; bounded slices keep a huge paragraph linear.
        const first = run.tokens[0].start
        const last = run.tokens[run.tokens.length - 1].end
        const around = {
          before: text.slice(Math.max(0, first - 80), first),
          after: text.slice(last, last + 80),
          words: run.tokens.map((t) => t.text.toLowerCase()),
        }
        if (namingContext(around)) continue
        const span = paragraph.view.span(run.start, run.end)
        context.report({ messageId: 'caps', span, data: { text: text.slice(run.start, run.end).replace(/\s+/g, ' ') } })
      }
    }

    function marks(paragraph: Paragraph): void {
      const text = paragraph.text
      MARKS.lastIndex = 0
      for (let m = MARKS.exec(text); m; m = MARKS.exec(text)) {
        const run = m[0]
        const shouts = /[‼⁉]/.test(run) || (run.length > 1 && run.includes('!'))
        if (!shouts) continue
        const mark = run.startsWith('?') || run.includes('⁉') ? '?' : '!'
        const span = paragraph.view.span(m.index, m.index + run.length)
        context.report({
          messageId: 'marks',
          span,
          data: { text: run, mark },
          suggest: [{ desc: `Replace "${run}" with "${mark}"`, fix: { range: [span.start, span.end], text: mark } }],
        })
      }
    }

    return {
      paragraph(paragraph) {
        caps(paragraph)
        marks(paragraph)
      },
    }
  },
})
