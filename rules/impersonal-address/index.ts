import { defineRule } from '../../src/rule/define-rule.js'
import type { PhraseHit, PhraseMatcher } from '../../src/rule/phrases.js'
import type { Reply } from '../../src/reply/model.js'
import type { Span } from '../../src/types.js'
import phrases from './phrases.yaml'
import { type Salutation, salutations } from './salutation.js'

// The first is the default for phrases a team adds in config.
const strategies = ['addressee', 'always', 'third-person', 'id-label'] as const

// "Member #40213", "ticket no. 5521", "#40213": an id where a name should be.
const TRAILING_ID = /\s*(?:#|no\.?\s*|number\s*)?[A-Z]{0,4}-?\d[\w-]*$/i
// Words a role may carry and still be a role: "Dear Valued Customer", "Dear Sniveling Subscriber".
const MAX_MODIFIERS = 2
// "The user reported…", "the customer should…": the subject of a verb, not "the customer portal".
const SUBJECT_OF =
  /^\s+(?:\p{Ll}+ed|should|can|could|will|would|must|may|might|needs?|wants?|is|was|has|had|does|did|says|said|wrote|writes|asks|tried|tries|sent|sends|gets|got|thinks|thought|feels|felt|can['’]t|cannot|won['’]t|doesn['’]t|didn['’]t|isn['’]t|wasn['’]t|hasn['’]t)\b/u
// Second person anywhere in the prose: the reply speaks to someone, so "the user" is someone else.
const SECOND_PERSON = /\byou(?:r|rs|rself|['’](?:re|ve|ll|d))?\b/i

interface Found {
  messageId: 'greeting' | 'ticketNumber' | 'always' | 'thirdPerson'
  span: Span
  text: string
  what: string
  /** The whole salutation, when a template can take a name slot in its place. */
  replace?: Span
}

export default defineRule({
  meta: {
    id: 'impersonal-address',
    description: 'Greetings and references that treat the customer as a role or a ticket number, not a person',
    defaultSeverity: 'warn',
    messages: {
      greeting: '"{{text}}" greets {{what}}, not a person; {{advice}}',
      ticketNumber: '"{{text}}" addresses the customer by a number; {{advice}}',
      always: '"{{text}}" is addressed to {{what}}; {{advice}}',
      thirdPerson: '"{{text}}" talks about the customer instead of to them; write to them as "you"',
      useName: 'Greet them by name: "{{replacement}}"',
    },
    hasSuggestions: true,
    options: {
      phrases: { type: 'phrases', default: {} },
      namePlaceholder: {
        type: 'string',
        default: '{{first_name}}',
        description: 'the name slot a template suggestion uses, in your help desk syntax',
      },
    },
    phrases: { entries: phrases, strategies },
  },
  create(context) {
    const find = context.phrases(context.options.phrases)
    const template = context.reply.kind === 'template'
    const advice = template
      ? `use a name placeholder ("Hi ${context.options.namePlaceholder},")`
      : 'use their name ("Hi Sam,"), or "Hi there," if you do not have it'
    return {
      reply(reply) {
        // Salutations first: their reports carry the template suggestion, and the same span from prose is then a duplicate.
        const found = [...salutations(reply).flatMap((s) => inGreeting(find, s)), ...reply.sentences.flatMap((s) => inProse(find, reply, s.text, s.spanOf))]
        const seen = new Set<string>()
        for (const f of found) {
          const key = `${f.span.start}:${f.span.end}`
          if (seen.has(key)) continue
          seen.add(key)
          const replacement = `Hi ${context.options.namePlaceholder},`
          context.report({
            messageId: f.messageId,
            span: f.span,
            data: { text: f.text.replace(/\s+/g, ' '), what: f.what, advice },
            ...(template && f.replace
              ? { suggest: [{ messageId: 'useName' as const, desc: `Greet them by name: "${replacement}"`, data: { replacement }, fix: { range: [f.replace.start, f.replace.end], text: replacement } }] }
              : {}),
          })
        }
      },
    }
  },
})

/** A role, a title or an id as the whole addressee of a salutation. */
function inGreeting(find: PhraseMatcher, s: Salutation): Found[] {
  const [a, b] = s.addressee
  const addressee = s.text.slice(a, b)
  // A slot in the greeting is the customer's name: "Dear {{first_name}}," "Hello <Client>".
  if (!addressee.trim() || addressee.includes('\uFFFC')) return []
  const text = s.text.slice(0, s.addressee[1])
  const always = find(s.text).filter((h) => h.entry.strategy === 'always')
  if (always.length) return always.map((h) => found('always', s, h.start, h.end, h))
  const id = TRAILING_ID.exec(addressee)
  const role = id ? addressee.slice(0, id.index) : addressee
  if (!role.trim()) return [{ messageId: 'ticketNumber', span: s.span, text, what: 'a number', replace: s.full }]
  // "Hello Case 00458213", "Dear Booking Ref. 7QK2LM": the record's label and its number are the whole addressee.
  const label = role.replace(/[\s.:#-]+$/, '')
  if (id && find(label).some((h) => h.entry.strategy === 'id-label' && h.start === label.length - label.trimStart().length && h.end === label.length)) {
    return [{ messageId: 'ticketNumber', span: s.span, text, what: 'a number', replace: s.full }]
  }
  const hit = find(role).find((h) => h.entry.strategy === 'addressee' && h.end === role.trimEnd().length)
  if (!hit || role.slice(0, hit.start).trim().split(/\s+/).filter(Boolean).length > MAX_MODIFIERS) return []
  return [{ messageId: id ? 'ticketNumber' : 'greeting', span: s.span, text, what: String(hit.entry.what ?? 'a role'), replace: s.full }]
}

function found(messageId: Found['messageId'], s: Salutation, start: number, end: number, hit: PhraseHit): Found {
  return { messageId, span: s.spanOf(start, end), text: hit.text, what: String(hit.entry.what ?? 'nobody in particular'), replace: s.full }
}

/** "To whom it may concern" anywhere; "the user" when the reply never speaks to anyone as "you". */
function inProse(find: PhraseMatcher, reply: Reply, text: string, spanOf: (a: number, b: number) => Span): Found[] {
  const out: Found[] = []
  for (const hit of find(text)) {
    if (hit.entry.strategy === 'always') {
      out.push({ messageId: 'always', span: spanOf(hit.start, hit.end), text: hit.text, what: String(hit.entry.what ?? 'nobody in particular') })
    } else if (hit.entry.strategy === 'third-person' && SUBJECT_OF.test(text.slice(hit.end)) && !speaksToSomeone(reply)) {
      out.push({ messageId: 'thirdPerson', span: spanOf(hit.start, hit.end), text: hit.text, what: String(hit.entry.what ?? 'a third person') })
    }
  }
  return out
}

const speaking = new WeakMap<Reply, boolean>()
function speaksToSomeone(reply: Reply): boolean {
  let yes = speaking.get(reply)
  if (yes === undefined) speaking.set(reply, (yes = reply.sentences.some((s) => SECOND_PERSON.test(s.text))))
  return yes
}
