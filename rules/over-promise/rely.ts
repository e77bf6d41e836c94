/**
 * Promises of someone else's delivery, read from what follows the promise. "You can count on …" names who
 * must deliver: "you can count on me to keep you posted" is the agent's own act; "you can count on the crew
 * arriving between 8 and 10am" and "you can rely on the courier to deliver it by Friday" promise someone
 * else's work; "you can count on it" vouches for the clause before it (index.ts). "I'll make sure …" the
 * same way: the courier's arrival is not the agent's to see to.
 */
import type { PhraseHit } from '../../src/rule/phrases.js'
import { type Actor, type Future, uncontrolled } from './clause.js'
import classes from './classes.yaml'
import { OWN_TEAM, alt, list } from './words.js'

// The one who delivers, led by a determiner or a name, then what they do: a gerund or "to" + verb.
const DELIVERY =
  /^\s+((?:the|your|a|an|our|their|his|her|its|this|that|these|those|every|each|my|all|any)\s+(?:[\p{L}\p{N}'’-]+\s+){1,3}?|[\p{Lu}][\p{L}\p{N}-]*\s+)(?:(\p{L}+ing)|to\s+(\p{L}+))\b/u
// What a gerund slot may hold that is a noun, not an act: "count on the shipping being free" is about "being".
const NOT_ACTS = new Set('thing nothing something anything everything morning evening shipping pricing booking billing meeting setting packaging handling funding wedding building training listing ending'.split(' '))
const OWN = /^(?:me|us|myself|ourselves)\b/i
/** "count on it", "rely on that": the promise vouches for something said before. */
export const VOUCHES = /^\s+(?:it|that|this)\s*(?:[.!;,—–)]|--|$)/

/** The clause the agent asks the customer to count on, when someone else must deliver it. */
export function relyClause(text: string, hit: PhraseHit): { start: number; end: number } | undefined {
  const after = text.slice(hit.end, hit.end + 160)
  const m = DELIVERY.exec(after)
  if (!m || OWN.test(after.trimStart())) return undefined
  const verb = (m[2] ?? m[3]).toLowerCase()
  if (m[2] && NOT_ACTS.has(verb)) return undefined
  const who = m[1].trim().toLowerCase().split(/\s+/)
  // The team's own people count as the agent: "rely on our team to keep you updated" is the team's act.
  const actor: Actor = who.some((x) => x === 'me' || x === 'us') || OWN_TEAM.test(m[1]) ? 'agent' : 'other'
  // The clause runs on to its edge: "…arriving between 8 and 10am; that part…".
  const rest = /^[^,;:.!?()—–]*/.exec(after.slice(m[0].length))![0].replace(/\s+--.*$/, '').trimEnd()
  const end = hit.end + m[0].length + rest.length
  const f: Future = { modal: 0, actor, start: hit.start, end, verb: [verb.replace(/ing$/, ''), ...rest.trim().toLowerCase().split(/\s+/).slice(0, 2)], negated: false }
  return uncontrolled(f) ? { start: hit.start, end } : undefined
}

const PARTY = new RegExp(String.raw`^\s+(?:that\s+)?(?:the|your|their|a|an)\s+(?:[\p{L}-]+\s+){0,2}?(?:${alt(list(classes, 'third-parties'))})\s+`, 'iu')
const PARTY_ACT = new RegExp(String.raw`^(?:${alt(list(classes, 'third-party-acts')).replace(/(^|\|)([\p{L}-]+)/gu, '$1$2(?:s|es|ed)?')})\b`, 'iu')
// The agent's own future or promise before "make sure": "I'll make sure", "we will personally ensure".
const AGENT_FUTURE = /\b(?:i|we)(?:['’]ll| will| shall| am going to|['’]m going to| are going to|['’]re going to| promise to| can)\s+(?:personally\s+|also\s+|definitely\s+)?$/i

/**
 * "I'll make sure the courier arrives on time", "we'll ensure the bank processes it today": the agent
 * seeing to an outside party's work (classes.yaml `third-parties`, `third-party-acts`). Quiet for the
 * team's own work ("I'll make sure the refund goes out today", "… you get an update by Friday"), an
 * instruction ("Please make sure the courier has your code") and present practice ("we always make sure…").
 */
export function seesTo(text: string, hit: PhraseHit): { start: number; end: number } | undefined {
  const before = text.slice(Math.max(0, hit.start - 40), hit.start)
  const agent = AGENT_FUTURE.exec(before)
  if (!agent) return undefined
  const after = text.slice(hit.end, hit.end + 160)
  const party = PARTY.exec(after)
  if (!party || !PARTY_ACT.test(after.slice(party[0].length))) return undefined
  const rest = /^[^,;:.!?()—–]*/.exec(after.slice(party[0].length))![0].replace(/\s+--.*$/, '').trimEnd()
  return { start: hit.start - before.length + agent.index, end: hit.end + party[0].length + rest.length }
}
