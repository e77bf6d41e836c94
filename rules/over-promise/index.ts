import type { Sentence } from '../../src/reply/model.js'
import { defineRule } from '../../src/rule/define-rule.js'
import type { PhraseHit } from '../../src/rule/phrases.js'
import { againClause } from './again.js'
import { type Future, type Reading, futures, read, uncontrolled } from './clause.js'
import { deadline } from './deadline.js'
import phrases from './phrases.yaml'
import { HEDGE, NEGATION, S, WINDOW } from './words.js'

// The first is the default for phrases a team adds in config.
const strategies = ['promise', 'immediate', 'never-again', 'always-promise', 'again', 'deadline'] as const
type MessageId = 'promise' | 'immediate' | 'neverAgain' | 'always' | 'deadline'

interface Verdict {
  messageId: MessageId
  start: number
  end: number
}

// "I can't promise", "there's no guarantee", "I'm not 100% sure": managing expectations, not over-promising.
const NEGATED_BEFORE = new RegExp(String.raw`\b(?:not|no|never|cannot|can${S}t|won${S}t|don${S}t|didn${S}t|couldn${S}t|unable to|nobody can)\s+(?:\w+\s+){0,2}$`, 'iu')
// "our money-back guarantee", "a promise": the noun, not a promise made here.
const NOUN_BEFORE = /\b(?:a|an|the|our|my|your|this|that|its|their|money-back|satisfaction|price|lifetime|\d+-day|service)\s+$/iu
// How far a promise may stand from the clause it governs, and the words that start another clause.
const MAX_GAP = 30
const GAP_CLAUSE = /\b(?:and|but|so|because|which|while|although|though|then|if|when|once)\b|[.;:]/i
const OUTCOME_OBJECT =
  /^\s+(?:(?:you|that)\s+)?(?:(?:a|an|the|same-day|next-day|on-time|fast|quick|timely|prompt|safe)\s+)*(?:delivery|arrival|fix|resolution|repair|replacement|results?|approval)\b(?:\s+(?:by|within|in|before|on)\s+[^,.;:!?]{1,30})?/iu
const INTERJECTION = /^(?:certainly|definitely|absolutely|for sure|no doubt)$/i
// "… happen to you again", "… crash on you again", "… surface ever again".
const AGAIN_AFTER = /^(?:\s+(?:to|on|for|with)\s+(?:you|anyone|us|them|your\s+\p{L}+))?(?:\s+(?:ever|in\s+future|in\s+the\s+future))?\s+again\b/iu
// A look-up by colleagues, not work that can slip: "they'll find it straight away".
const LOOK_UP = new Set('find see know spot recognise recognize look check pull notice'.split(' '))
// After "we'll always" / "you'll always", the verbs that make it a promise of service ("we'll always be
// here", "you'll always get a reply"); others describe a fact or a step ("you'll always need to log in").
const ALWAYS_PROMISES = new Set('be get receive have find hear reach answer respond reply help fix deliver put prioritise prioritize treat keep look make ensure stand'.split(' '))
const ALWAYS_STATES = /^be (?:safe|secure|available|there|here|protected|on time|happy|glad|first)/

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
    return {
      sentence(sentence) {
        const text = sentence.text
        const hits = find(text)
        // A question promises nothing ("It won't happen again?" quotes a promise to answer it).
        if (hits.length === 0 || /\?\W*$/.test(text)) return
        const r = read(text)
        let last: Verdict | undefined
        for (const hit of hits) {
          const advice = String(hit.entry.advice ?? 'promise only what you control')
          const verdict = judge(r, hit)
          if (!verdict) {
            // "I'm certain the bank will process it today. You have my word.": a marker standing alone
            // vouches for the sentence before it.
            const before = previous(sentence)
            const back = before && alone(text, hit) ? vouchFor(before.text) : undefined
            if (back && before) {
              const span = { start: before.spanOf(back.start, back.end).start, end: sentence.spanOf(hit.start, hit.end).end }
              context.report({ messageId: 'promise', span, data: { text: context.text(span).replace(/\s+/g, ' '), advice } })
            }
            continue
          }
          // One report per promise: "with total certainty it will never crash on you again" is one.
          if (last && last.start < verdict.end && verdict.start < last.end) continue
          last = verdict
          context.report({
            messageId: verdict.messageId,
            span: sentence.spanOf(verdict.start, verdict.end),
            data: { text: text.slice(verdict.start, verdict.end).replace(/\s+/g, ' '), advice },
          })
        }
      },
    }
  },
})

function previous(sentence: Sentence): Sentence | undefined {
  const list = sentence.paragraph.sentences
  const i = list.indexOf(sentence)
  return i > 0 ? list[i - 1] : undefined
}

/** Whether a promise marker is its sentence on its own ("You have my word.", "I promise!"). */
function alone(text: string, hit: PhraseHit): boolean {
  if (hit.entry.strategy !== 'promise' || hit.entry.scope === 'clause' || text.length > 60) return false
  const rest = text.slice(0, hit.start).replace(/\b(?:and|i|we)\b/gi, '') + text.slice(hit.end).replace(/\b(?:on that|on it|for it)\b/gi, '')
  return !/[\p{L}\p{N}]/u.test(rest)
}

/** The last future clause of the sentence before, when it promises what the agent does not control. */
function vouchFor(text: string): Verdict | undefined {
  const fs = futures(text)
  const f = fs[fs.length - 1]
  return f && uncontrolled(f) ? { messageId: 'promise', start: f.start, end: f.end } : undefined
}

function judge(r: Reading, hit: PhraseHit): Verdict | undefined {
  const { text, words: w } = r
  switch (hit.entry.strategy) {
    case 'immediate': {
      // Only inside a future clause: "I refunded it immediately" is done, "click Save right away" is a step.
      const f = r.near(hit.start, hit.end).find((f) => w[f.modal].start <= hit.start && hit.end <= f.end)
      if (!f || !uncontrolled(f) || LOOK_UP.has(f.verb[0] ?? '')) return undefined
      return { messageId: 'immediate', start: f.start, end: Math.max(f.end, hit.end) }
    }
    case 'never-again': {
      const again = AGAIN_AFTER.exec(text.slice(hit.end, hit.end + WINDOW))
      if (!again) return undefined
      const start = clauseStart(r, hit.start)
      if (!NEGATION.test(text.slice(start, hit.start)) || HEDGE.test(text.slice(Math.max(0, hit.start - WINDOW), hit.start))) return undefined
      return { messageId: 'neverAgain', start, end: hit.end + again[0].length }
    }
    case 'again': {
      const found = againClause(r, hit)
      return found && { messageId: 'neverAgain', ...found }
    }
    case 'deadline': {
      const found = deadline(r, hit)
      return found && { messageId: 'deadline', ...found }
    }
    case 'always-promise': {
      const i = r.wordAt(hit.start)
      const f = r.near(hit.start, hit.end, 2).find((f) => i === f.modal + 1 || (i === f.modal + 2 && w[f.modal + 1].lower === 'also') || i === f.modal - 1)
      if (!f) return undefined
      const verb = f.verb.join(' ')
      const promised =
        ALWAYS_STATES.test(verb) || (f.actor !== 'other' && ALWAYS_PROMISES.has(f.verb[0] ?? '') && !/^(?:have|need) to\b/.test(verb))
      return promised ? { messageId: 'always', start: f.start, end: f.end } : undefined
    }
    default:
      return promise(r, hit)
  }
}

/**
 * A promise marker governs a future clause of its sentence: one it stands in ("your bank will definitely
 * have it"), one it introduces ("I can promise the driver will be there"), or one it closes ("It will be
 * with you in 48 hours — you have our word"). An adverb (`scope: clause`) governs only the clause it stands
 * in, so "That's definitely a bug, and it will be fixed in 4.3" promises nothing.
 */
function promise(r: Reading, hit: PhraseHit): Verdict | undefined {
  const { text } = r
  // Only the few words before the marker matter, and a bounded look keeps long inputs linear.
  const before = text.slice(Math.max(0, hit.start - WINDOW), hit.start)
  // "Certainly, the invoice will be …", "Absolutely! …": an interjection that means "yes", not a certainty.
  if (INTERJECTION.test(hit.text) && hit.start < WINDOW && /^\W*(?:(?:oh|yes|yeah),?\s+)?$/i.test(before) && /^\s*[,!.]/.test(text.slice(hit.end, hit.end + 3))) return undefined
  if (NEGATED_BEFORE.test(before) || (/^(?:promise|guarantee)/i.test(hit.text) && NOUN_BEFORE.test(before))) return undefined
  const candidates = [...r.near(hit.start, hit.end), ...infinitive(r, hit)]
  const clauseOnly = hit.entry.scope === 'clause'
  let best = candidates.find((f) => f.start <= hit.start && hit.end <= f.end)
  if (!best) {
    let distance = Infinity
    for (const f of candidates) {
      // A clause that reaches into the marker ("assure you the package will…" takes "you" as subject) touches it.
      const gap = f.end <= hit.start ? text.slice(f.end, hit.start) : f.start >= hit.end ? text.slice(hit.end, f.start) : ''
      // An adverb may only close its clause ("…by Friday, for sure"); nothing but a comma between.
      if (clauseOnly && (f.start >= hit.end || !/^[\s,—–-]*$/.test(gap))) continue
      if (gap.length > MAX_GAP || GAP_CLAUSE.test(gap) || gap.length >= distance) continue
      ;[best, distance] = [f, gap.length]
    }
  }
  if (!best) {
    // "We guarantee delivery within 24 hours": the outcome as the object of the promise.
    const object = OUTCOME_OBJECT.exec(text.slice(hit.end, hit.end + WINDOW))
    const verb = /^(?:promise|guarantee)/i.test(hit.text)
    return object && verb ? { messageId: 'promise', start: hit.start, end: hit.end + object[0].length } : undefined
  }
  if (!uncontrolled(best)) return undefined
  return { messageId: 'promise', start: Math.min(best.start, hit.start), end: Math.max(best.end, hit.end) }
}

/** "It's guaranteed to arrive", "I promise to call": the marker's own subject does the infinitive. */
function infinitive(r: Reading, hit: PhraseHit): Future[] {
  const { text, words: w } = r
  const m = /^\s+to\s+(\p{L}+)/u.exec(text.slice(hit.end, hit.end + WINDOW))
  if (!m) return []
  const i = r.wordAt(hit.start)
  let j = i - 1
  while (j >= 0 && i - j < 6 && /^(?:is|are|am|was|'s|'re|'m|it's|i'm|we're|they're|you're|be|been|can|will|do)$/.test(w[j].lower)) j--
  const subject = j >= 0 ? w[j].lower.replace(/'.*$/, '') : ''
  const actor = subject === 'i' || subject === 'we' ? 'agent' : subject === 'you' ? 'customer' : 'other'
  const end = hit.end + m[0].length
  return [{ modal: i, actor, start: j >= 0 ? w[j].start : hit.start, end, verb: [m[1].toLowerCase()], negated: false }]
}

/** Where the clause holding `at` starts: after the last clause boundary or clause word within six words. */
function clauseStart(r: Reading, at: number): number {
  const w = r.words
  const i = r.wordAt(at)
  let k = i
  while (k - 1 >= 0 && !w[k - 1].boundary && i - (k - 1) <= 6 && !/^(?:that|and|but|so|because|sure|ensure|insure|certainty)$/.test(w[k - 1].lower)) k--
  return k < i ? w[k].start : at
}
