import type { Sentence } from '../../src/reply/model.js'
import { defineRule } from '../../src/rule/define-rule.js'
import type { PhraseHit } from '../../src/rule/phrases.js'
import { againClause, isProblem, recurrence } from './again.js'
import { alwaysClause, forwardClause } from './always.js'
import { type Reading, futures, read, uncontrolled } from './clause.js'
import { deadline, mayBeTight } from './deadline.js'
import phrases from './phrases.yaml'
import { type Verdict, promise } from './promise.js'
import { VOUCHES, relyClause, seesTo } from './rely.js'
import { standsAlone, vouchedIn } from './vouch.js'
import { HEDGE, NEGATION, S, WINDOW } from './words.js'

// The first is the default for phrases a team adds in config.
const strategies = ['promise', 'immediate', 'never-again', 'always-promise', 'again', 'deadline', 'rely', 'sees-to', 'forward', 'recurrence'] as const

// "… happen to you again", "… crash on you again", "… surface ever again".
const AGAIN_AFTER = /^(?:\s+(?:to|on|for|with)\s+(?:you|anyone|us|them|your\s+\p{L}+))?(?:\s+(?:ever|in\s+future|in\s+the\s+future))?\s+again\b/iu
// A look-up by colleagues, not work that can slip: "they'll find it straight away".
const LOOK_UP = new Set('find see know spot recognise recognize look check pull notice'.split(' '))
// Cheap looks for a modal, so most hits are ruled out before the sentence is read (issue 7).
const MODAL_BEFORE = new RegExp(String.raw`\b(?:will|won${S}t|shall|going to)\b|${S}ll\b`, 'iu')
const MODAL_NEXT_TO = new RegExp(String.raw`(?:\bwill|\bshall|${S}ll|\bwon${S}t)\s+(?:also\s+)?$`, 'iu')
// A question promises nothing ("It won't happen again?" quotes a promise to answer it).
const QUESTION = /\?\W*$/

export default defineRule({
  meta: {
    id: 'over-promise',
    description: 'Promises that set expectations the team cannot control',
    defaultSeverity: 'warn',
    messages: {
      promise: '"{{text}}" promises something the team does not control; {{advice}}',
      immediate: '"{{text}}" promises immediate work that depends on others; {{advice}}',
      neverAgain: '"{{text}}" promises that it can never happen again; {{advice}}',
      always: '"{{text}}" promises it will always be so; {{advice}}',
      deadline: '"{{text}}" promises a tight deadline for work that depends on others; {{advice}}',
    },
    options: { phrases: { type: 'phrases', default: {} } },
    phrases: { entries: phrases, strategies },
  },
  create(context) {
    const find = context.phrases(context.options.phrases)
    // What the sentence before reported: a marker standing alone may vouch for a promise already told.
    let before: Verdict[] = []
    return {
      reply() {
        before = []
      },
      sentence(sentence) {
        const text = sentence.text
        const hits = find(text)
        if (hits.length === 0 || QUESTION.test(text)) {
          before = []
          return
        }
        // The sentence is read (words, future clauses) only when a hit needs it.
        let reading: Reading | undefined
        const r = () => (reading ??= read(text))
        const found: Array<Verdict & { advice: string }> = []
        for (const hit of hits) {
          // Most hits are judged no promise: the advice and the absolute span only for those that are.
          const verdict = judge(text, r, hit)
          if (verdict) {
            const { start, end } = sentence.spanOf(verdict.start, verdict.end)
            found.push({ messageId: verdict.messageId, start, end, advice: adviceOf(hit) })
          } else if (vouches(hit)) {
            const back = vouchFor(sentence, text, r, hit)
            if (back) found.push({ messageId: 'promise', start: back.start, end: back.end, advice: adviceOf(hit) })
          }
        }
        // One report per promise, the first found: "with total certainty it will never crash on you again" is one.
        const kept: Verdict[] = []
        for (const v of found) {
          const overlaps = (k: Verdict) => v.start < k.end && k.start < v.end
          if (kept.some(overlaps) || before.some(overlaps)) continue
          kept.push(v)
          const span = { start: v.start, end: v.end }
          context.report({ messageId: v.messageId, span, data: { text: context.text(span).replace(/\s+/g, ' '), advice: v.advice } })
        }
        before = kept
      },
    }
  },
})

const adviceOf = (hit: PhraseHit) => String(hit.entry.advice ?? 'promise only what you control')

/** Markers that may stand alone and vouch for what came before ("You have my word.", "count on it"). */
function vouches(hit: PhraseHit): boolean {
  return (hit.entry.strategy === 'promise' || hit.entry.strategy === undefined || hit.entry.strategy === 'rely') && hit.entry.scope !== 'clause'
}

/**
 * "I'm certain the bank will process it today. You have my word.", "…between 8 and 10am; that part is a
 * certainty": a marker standing alone vouches for the clause before it, in its sentence or the one before.
 * Offsets returned are absolute.
 */
function vouchFor(sentence: Sentence, text: string, r: () => Reading, hit: PhraseHit): { start: number; end: number } | undefined {
  if (hit.entry.strategy === 'rely' && !VOUCHES.test(text.slice(hit.end, hit.end + 8))) return undefined
  const at = standsAlone(text, hit)
  if (at === undefined) return undefined
  const end = sentence.spanOf(hit.start, hit.end).end
  if (at > 0) {
    const found = vouchedIn(text, at, r().futures, false)
    return found && { start: sentence.spanOf(found.start, found.end).start, end }
  }
  const list = sentence.paragraph.sentences
  const before = list[list.indexOf(sentence) - 1]
  const found = before && vouchedIn(before.text, before.text.length, futures(before.text), true)
  return found && { start: before.spanOf(found.start, found.end).start, end }
}

function judge(text: string, reading: () => Reading, hit: PhraseHit): Verdict | undefined {
  switch (hit.entry.strategy) {
    case 'immediate': {
      // Only inside a future clause: "I refunded it immediately" is done, "click Save right away" is a step.
      if (!MODAL_BEFORE.test(text.slice(Math.max(0, hit.start - WINDOW), hit.start))) return undefined
      const r = reading()
      const f = r.near(hit.start, hit.end).find((f) => r.words[f.modal].start <= hit.start && hit.end <= f.end)
      if (!f || !uncontrolled(f) || LOOK_UP.has(f.verb[0] ?? '')) return undefined
      return { messageId: 'immediate', start: f.start, end: Math.max(f.end, hit.end) }
    }
    case 'never-again': {
      const again = AGAIN_AFTER.exec(text.slice(hit.end, hit.end + WINDOW))
      if (!again) return undefined
      const start = clauseStart(reading(), hit.start)
      if (!NEGATION.test(text.slice(start, hit.start)) || HEDGE.test(text.slice(Math.max(0, hit.start - WINDOW), hit.start))) return undefined
      return { messageId: 'neverAgain', start, end: hit.end + again[0].length }
    }
    case 'again': {
      if (!NEGATION.test(text.slice(Math.max(0, hit.start - WINDOW), hit.start))) return undefined
      // "You won't have any more issues": the problem comes after.
      const found = recurrence(text, reading, hit) ?? againClause(reading(), hit)
      return found && { messageId: 'neverAgain', ...found }
    }
    case 'recurrence': {
      const found = recurrence(text, reading, hit)
      return found && { messageId: 'neverAgain', ...found }
    }
    case 'deadline': {
      // Most sentences hold an "in" or a "by": rule them out before the sentence is read (issue 7).
      if (!mayBeTight(text, hit.end) || !MODAL_BEFORE.test(text.slice(Math.max(0, hit.start - WINDOW), hit.start))) return undefined
      const found = deadline(reading(), hit)
      return found && { messageId: 'deadline', ...found }
    }
    case 'always-promise': {
      // "always" and "never" promise only next to their modal ("will always", "always will", "will never").
      if (/^(?:always|never)$/i.test(hit.text) && !MODAL_NEXT_TO.test(text.slice(Math.max(0, hit.start - 16), hit.start)) && !/^\s+will\b/i.test(text.slice(hit.end, hit.end + 6))) return undefined
      const found = alwaysClause(reading(), hit)
      return found && { messageId: 'always', ...found }
    }
    case 'forward': {
      const found = forwardClause(reading(), hit, isProblem)
      return found && { messageId: found.never ? 'neverAgain' : 'always', start: found.start, end: found.end }
    }
    case 'rely': {
      // "You can count on it": it vouches for what came before (index.ts `vouchFor`), unless a clause precedes.
      const it = VOUCHES.exec(text.slice(hit.end, hit.end + 8))
      if (it) {
        const found = promise(reading(), hit)
        return found && { ...found, end: Math.max(found.end, hit.end + it[0].replace(/[^\p{L}]+$/u, '').length) }
      }
      const found = relyClause(text, hit)
      return found && { messageId: 'promise', ...found }
    }
    case 'sees-to': {
      const found = seesTo(text, hit)
      return found && { messageId: 'promise', ...found }
    }
    default:
      return promise(reading(), hit)
  }
}

/** Where the clause holding `at` starts: after the last clause boundary or clause word within six words. */
function clauseStart(r: Reading, at: number): number {
  const w = r.words
  const i = r.wordAt(at)
  let k = i
  while (k - 1 >= 0 && !w[k - 1].boundary && i - (k - 1) <= 6 && !/^(?:that|and|but|so|because|sure|ensure|insure|certainty)$/.test(w[k - 1].lower)) k--
  return k < i ? w[k].start : at
}
