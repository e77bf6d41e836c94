/**
 * A small clause reader: for each verb a lexicon knows, who acts (the agent "I/we",
 * the customer "you", someone else, or nobody: an imperative), in what aspect (done,
 * in progress, scheduled), with which modality (offered, hedged, obliged), whether it
 * is negated or passive, and what follows it. It is shallow on purpose: support
 * replies are short declaratives, and a wrong guess only costs a missed signal.
 * Generic: it knows nothing of any rule; rules give it their verb readings.
 */
import type { Word } from './words.js'

export type Actor = 'agent' | 'customer' | 'other' | 'none'
/**
 * done: perfect, or simple past active; past: simple past passive ("was fixed in #2034");
 * background: past perfect or past progressive ("had been removed", "was waiting").
 */
export type Aspect = 'done' | 'past' | 'progressive' | 'future' | 'present' | 'background'
/** can: offered; hedged: could/might/would, try to; wishes: want/like/hope to; obliged: must, need/have to. */
export type Modality = 'none' | 'can' | 'hedged' | 'wishes' | 'obliged' | 'invited' | 'requested'

export interface Reading {
  lemma: string
  form: 'base' | 's' | 'past' | 'ing'
}

export interface VerbGroup {
  /** Word index of the main verb. */
  index: number
  lemma: string
  form: Reading['form']
  /** Word range [start, end) of the subject, if one was found (or inherited from a coordinated verb). */
  subject?: [number, number]
  actor: Actor
  /** Base form at the start of a clause with no subject and no auxiliary ("Click Export"). */
  imperative: boolean
  /** No subject at the very start of a sentence, -ing or past ("Closing this issue", "Refunded the £340"). */
  elided: boolean
  passive: boolean
  aspect: Aspect
  modality: Modality
  negated: boolean
  /** "can only" restricts rather than offers. */
  restricted: boolean
  /** Word index where the auxiliary chain starts (the verb group's first word). */
  first: number
  /** A noun and a bare participle opening the sentence, with no object: a headline passive ("Thread closed."). */
  headline: boolean
}

const FUTURE = new Set(['will', 'shall', 'gonna'])
const PERFECT = new Set(['have', 'has', 'having'])
const BE = new Set(['am', 'is', 'are', 'be', 'been', 'being', "'s", 'get', 'gets', 'got', 'getting'])
const PAST_BE = new Set(['was', 'were'])
const FINITE_BE = new Set(['am', 'is', 'are', "'s"])
const HEDGE_MODALS = new Set(['could', 'would', 'might', 'may', 'should'])
const NEGATION = new Set(['not', 'never', 'no', 'unable'])
// What a verb group's chain may hold besides adverbs: one look-up for the word before each verb (speed, issue 7).
const AUXILIARY = new Set([...FUTURE, ...PERFECT, ...BE, ...PAST_BE, ...HEDGE_MODALS, 'can', 'must', "'d", ...NEGATION])
const ADVERBS = new Set([
  'just', 'already', 'also', 'now', 'still', 'even', 'all', 'both', 'only', 'please', 'kindly', 'simply', 'since',
  'today', 'hereby', 'ahead', 'again', 'then', 'therefore', 'thus', 'accordingly', 'personally', 'gladly', 'auto',
  'soon', 'first', 'finally', 'currently', 'actually', 'really', 'certainly', 'definitely', 'do', 'does', 'did',
  'right', 'away', 'together', 'instead', 'too', 'each',
  // "-ally" adverbs the suffix test leaves out (it must, for "apply", "rally"); "they usually respond"
  'usually', 'normally', 'typically', 'generally', 'often', 'always', 'sometimes', 'automatically', 'manually', 'occasionally',
])
// Words before "to" that keep the verb group going ("going to send", "happy to refund").
const LINKERS: Record<string, Modality | 'future' | 'decided' | 'offer' | 'none'> = {
  going: 'future', about: 'future', plan: 'future', planning: 'future', due: 'future', scheduled: 'future', set: 'future',
  able: 'can', ready: 'can', happy: 'offer', glad: 'offer', pleased: 'offer', delighted: 'offer',
  need: 'obliged', needs: 'obliged', needed: 'obliged', have: 'obliged', has: 'obliged', had: 'obliged', got: 'obliged',
  want: 'wishes', wants: 'wishes', like: 'wishes', love: 'wishes', wish: 'wishes', prefer: 'wishes', hope: 'wishes',
  hoping: 'wishes', intend: 'wishes', aim: 'wishes', aiming: 'wishes',
  try: 'hedged', trying: 'hedged', tried: 'hedged', attempt: 'hedged', attempting: 'hedged', expect: 'hedged',
  seem: 'hedged', seems: 'hedged',
  free: 'invited', welcome: 'invited',
  // "The customer is advised to reinstall…", "you are asked to send…": the customer is asked to act
  advised: 'requested', asked: 'requested', requested: 'requested', required: 'requested', encouraged: 'requested',
  instructed: 'requested', reminded: 'requested', invited: 'invited',
  decided: 'decided', decide: 'decided', chose: 'decided', chosen: 'decided', agreed: 'decided', arranged: 'decided',
  unable: 'none',
}
// "We need you to provide…", "ask that you wait…": the customer is asked to act.
const REQUESTS = new Set(['need', 'needs', 'want', 'ask', 'asks', 'encourage', 'invite', 'like', 'require', 'requires', 'recommend', 'suggest', 'urge', 'advise', 'remind', 'would'])
const DETERMINERS = new Set([
  'a', 'an', 'the', 'your', 'our', 'my', 'their', 'his', 'her', 'its', 'this', 'these', 'those', 'any', 'some', 'no',
  'every', 'another', 'of', 'for', 'with', 'from', 'by', 'about', 'per', 'in', 'on', 'at', 'into', 'via', 'new',
])
export const BOUNDARY_WORDS = new Set([
  'and', 'or', 'but', 'so', 'because', 'if', 'when', 'once', 'until', 'unless', 'while', 'although', 'though', 'whether',
  'that', 'which', 'who', 'where', 'as', 'than', 'then', 'after', 'before', 'otherwise', 'however', 'also',
])
const NEGATIVE_SUBJECT = new Set(['no', 'nothing', 'none', 'neither', 'nobody', 'nor'])
const FUTURE_LEAD = new Set(['will', 'shall', "'ll", 'going', 'about', 'to'])
const AFTER_AUX = new Set(['not', 'never', 'do', 'does', 'did', 'will', 'can', 'could', 'would', 'should', 'may', 'might', 'must', 'to'])
const CUSTOMER_NOUNS = new Set(['user', 'customer', 'client', 'reporter', 'requester', 'member', 'subscriber', 'buyer', 'contributor'])
const FIRST_PERSON = new Set(['i', 'we', 'us'])
const THIRD = new Set(['they', 'he', 'she', 'it', 'this', 'that', 'there', 'these', 'those', 'someone', 'somebody', 'nobody', 'everyone', 'anyone', 'who'])

export function isBoundary(w: Word | undefined): boolean {
  if (!w) return true
  if (w.kind === 'punct') return !/^['’]$/.test(w.text)
  return w.kind === 'word' && BOUNDARY_WORDS.has(w.norm)
}

function isAdverb(w: Word): boolean {
  const n = w.norm
  return w.kind === 'word' && (ADVERBS.has(n) || (n.length > 4 && n.endsWith('ly') && !n.endsWith('ply') && !n.endsWith('ally')))
}

/**
 * Reads every verb group of a sentence. `readingsOf` says which lexicon verbs a
 * normalised word may be; words it does not know are not read.
 */
export function readClauses(ws: Word[], readingsOf: (norm: string) => readonly Reading[]): VerbGroup[] {
  const groups: VerbGroup[] = []
  ws.forEach((w, i) => {
    if (w.kind !== 'word') return
    // A word after a determiner or preposition is a noun ("a refund", "for review"); asked first, it
    // spares the lexicon look-up (speed, issue 7).
    const before = ws[i - 1]
    if (before && before.kind === 'word' && DETERMINERS.has(before.norm)) return
    const known = readingsOf(w.norm)
    const readings = known.length ? known : openReading(ws, i, groups)
    if (!readings.length) return
    const group = readGroup(ws, i, readings, groups)
    if (group) groups.push(group)
  })
  return groups
}

const HABITUAL = new Set(['usually', 'normally', 'typically', 'generally', 'always', 'often'])
const NOT_OPEN = new Set([
  'been', 'being', 'seen', 'be', 'have', 'do', 'get', 'not', 'never', 'also', 'able', 'unable', 'sure', 'happy', 'glad', 'to',
  // pronouns and determiners after an auxiliary: "we'll do whatever it takes", "will it", "can this"
  'whatever', 'whichever', 'whoever', 'anything', 'everything', 'something', 'nothing', 'it', 'this', 'that', 'these', 'those',
  'them', 'you', 'your', 'our', 'my', 'their', 'its', 'the', 'what', 'which', 'who', 'there', 'here', 'we', 'they', 'he', 'she',
])

// Most words are no verb: one shared empty answer spares an array for each (speed, issue 7).
const NO_READINGS: readonly Reading[] = Object.freeze([])
// What may stand before an open verb that is not a participle: "they (usually) collect", "will meet", "to share".
const OPEN_AFTER = new Set(['they', 'he', 'she', 'will', 'shall', 'can', 'must', 'to'])

/**
 * A word the lexicon does not know is still a verb right after an auxiliary: "will
 * meet", "can share", "has been reprimanded", "is being fumigated". Its lemma is the word.
 */
function openReading(ws: Word[], i: number, earlier: VerbGroup[] = []): readonly Reading[] {
  const w = ws[i]
  let k = i - 1
  while (k >= 0 && isAdverb(ws[k]) && !NEGATION.has(ws[k].norm)) k--
  const prev = ws[k]?.norm
  if (!prev) return NO_READINGS
  const participle = w.norm.endsWith('ed') || w.norm.endsWith('en')
  // Most words come here and few are verbs: unless it is a participle, a word is one only after these
  // (the cases below), so the rest are turned away before the tests on the word itself (speed, issue 7).
  if (!participle && !OPEN_AFTER.has(prev)) return NO_READINGS
  if (!/^\p{Ll}[\p{Ll}-]+$/u.test(w.text) || NOT_OPEN.has(w.norm) || ADVERBS.has(w.norm) || BOUNDARY_WORDS.has(w.norm)) return NO_READINGS
  if (participle && /^(?:been|being|have|has|had)$/.test(prev)) return [{ lemma: w.norm, form: 'past' }]
  if (participle && /^(?:be|is|are|am|was|were)$/.test(prev) && k > 0 && ws[k - 1].kind === 'word' && /^(?:will|has|have|now)$/.test(ws[k - 1].norm)) {
    return [{ lemma: w.norm, form: 'past' }]
  }
  // "I rerouted it", "we resized the photo": a simple past right after the agent. Only "-ed" ("we often…" is no verb).
  const pastTense = /[^e]ed$/.test(w.norm) && w.norm.length > 4
  if (/^(?:i|we)$/.test(prev) && pastTense) return [{ lemma: w.norm, form: 'past' }]
  // "the bank reversed the payment": a past verb between a noun and a determiner-led object
  const subjectNoun = ws[k]?.kind === 'word' && k === i - 1 && !DETERMINERS.has(prev) && !BOUNDARY_WORDS.has(prev) && !THIRD.has(prev) &&
    !/^(?:you|me|us|him|her|them|i)$/.test(prev) && ws[k - 1]?.kind === 'word' && DETERMINERS.has(ws[k - 1].norm)
  if (pastTense && subjectNoun && /^(?:the|your|a|an|this|that|these|those|our|their|its|his|her)$/.test(ws[i + 1]?.norm ?? '')) return [{ lemma: w.norm, form: 'past' }]
  // "they usually collect within two days": a habit someone else keeps is an expectation
  if (/^(?:they|he|she)$/.test(prev) && k < i - 1 && ws.slice(k + 1, i).some((a) => HABITUAL.has(a.norm))) return [{ lemma: w.norm.replace(/s$/, ''), form: /s$/.test(w.norm) ? 's' : 'base' }]
  // "we've pulled the batch … and relabelled the stock": a second past verb joined to one the agent did
  const last = earlier[earlier.length - 1]
  if (prev === 'and' && pastTense && last && last.actor === 'agent' && last.aspect === 'done') return [{ lemma: w.norm, form: 'past' }]
  if (/^(?:will|shall|can|must)$/.test(prev) || (prev === 'to' && ws[k - 1]?.norm in LINKERS)) {
    return [{ lemma: w.norm, form: participle && !/(?:eed|en)$/.test(w.norm) ? 'past' : 'base' }]
  }
  return NO_READINGS
}

function readGroup(ws: Word[], i: number, readings: readonly Reading[], earlier: VerbGroup[]): VerbGroup | undefined {
  let j = i - 1
  const chain: string[] = []
  let requested = false
  while (j >= 0) {
    const w = ws[j]
    if (w.kind !== 'word') break
    const n = w.norm
    if (n === 'to') {
      const prev = ws[j - 1]
      if (prev && prev.kind === 'word' && prev.norm in LINKERS) {
        chain.push('to', prev.norm)
        j -= 2
        // "feel free to…" opens an invitation like an imperative
        if (prev.norm === 'free' && ws[j]?.norm === 'feel') {
          chain.push('feel')
          j--
        }
        continue
      }
      // "We need you to provide…"
      if (prev?.norm === 'you' && ws[j - 2] && REQUESTS.has(ws[j - 2].norm)) {
        requested = true
        chain.push('to')
        j--
        break
      }
      return undefined // a purpose infinitive ("in order to", "used to"): not a clause of its own
    }
    // "12 May" is a date, not the modal
    if (n === 'may' && /^M/.test(w.text) && j > 0) break
    if (AUXILIARY.has(n) || isAdverb(w)) {
      chain.push(n)
      j--
      continue
    }
    break
  }
  chain.reverse()
  const first = j + 1
  // the subject's word index, or -1
  let subjectAt = requested ? j : j >= 0 && (!isBoundary(ws[j]) || demonstrative(ws, j)) ? j : -1
  // "please" starts a request; only "you" comes before it ("could you please…")
  if (subjectAt >= 0 && chain.includes('please') && ws[subjectAt].norm !== 'you') subjectAt = -1

  // Pick the reading: after have/be the verb is a participle, otherwise take what the word allows.
  const auxiliaries = chain.filter((c) => !ADVERBS.has(c) && !NEGATION.has(c))
  const last = auxiliaries[auxiliaries.length - 1]
  const wantsParticiple = last !== undefined && (PERFECT.has(last) || BE.has(last) || PAST_BE.has(last) || last === "'d")
  const reading =
    (wantsParticiple && readings.find((r) => r.form === 'past' || r.form === 'ing')) ||
    (last !== undefined && !wantsParticiple && readings.find((r) => r.form === 'base')) ||
    readings[0]
  // "Version 4.2.1, out today, fixes the crash": a finite verb after a parenthesis takes the subject before it
  if (subjectAt < 0 && !requested && (reading.form === 's' || last !== undefined)) subjectAt = beforeParenthesis(ws, j)
  const subjectWord = subjectAt >= 0 ? ws[subjectAt] : undefined

  const has = (set: Set<string>) => anyIn(chain, set)
  let negated = has(NEGATION)
  const restricted = chain.includes('only')
  const beBefore = last !== undefined && (BE.has(last) || PAST_BE.has(last))
  let passive = beBefore && reading.form === 'past'

  let modality: Modality = requested ? 'requested' : 'none'
  let aspect: Aspect = reading.form === 'past' ? 'done' : 'present'
  let decided = false
  for (const c of chain) {
    const link = LINKERS[c]
    if (c === 'can') modality = modality === 'none' ? 'can' : modality
    else if (c === 'must') modality = 'obliged'
    else if (HEDGE_MODALS.has(c) || (c === "'d" && reading.form === 'base')) modality = 'hedged'
    else if (link === 'future') aspect = 'future'
    else if (link === 'decided') decided = true
    else if (link && link !== 'none' && chain[chain.indexOf(c) + 1] === 'to') {
      const would = chain.includes('would') || chain.includes("'d")
      // "would like to", "want to": a wish; "might want to": a suggestion; "would be happy to": still hedged
      if (link === 'wishes') modality = modality === 'none' || would ? 'wishes' : modality
      // "I'd be happy to offer you a code" offers; "we would be able to" stays hedged
      else if (link === 'offer') modality = modality === 'hedged' || modality === 'none' ? 'can' : modality
      else if (!(modality === 'hedged' && link === 'can')) modality = link
    }
  }
  if (has(FUTURE)) aspect = 'future'
  else if (decided) aspect = 'done'
  else if (chain.includes('had') || (chain.includes("'d") && reading.form === 'past')) aspect = 'background'
  else if (has(PERFECT) && (reading.form === 'past' || chain.includes('been'))) aspect = 'done'
  else if (reading.form === 'ing' && has(PAST_BE)) aspect = 'background'
  else if (reading.form === 'ing' && has(BE)) aspect = 'progressive'
  else if (passive && has(PAST_BE)) aspect = 'past'
  else if (passive && chain.includes('being')) aspect = has(FINITE_BE) ? 'progressive' : 'present'
  else if (passive) aspect = chain.includes('now') || chain.includes('already') ? 'done' : 'present'
  else if (reading.form === 'ing') aspect = 'present'

  let actor: Actor = 'none'
  let subject: [number, number] | undefined
  if (subjectWord) {
    const at = subjectAt
    const pronoun = FIRST_PERSON.has(subjectWord.norm) || subjectWord.norm === 'you' || THIRD.has(subjectWord.norm)
    // A noun before a bare verb form is a compound ("your pull request", "a standard message"), not a clause.
    if (!pronoun && chain.length === 0 && (reading.form === 'base' || reading.form === 'ing')) return undefined
    // "the policy doesn't allow refunds": after an auxiliary the word before is a verb and this one its object noun
    if (!pronoun && chain.length === 0 && reading.form === 's' && at > 0 && AFTER_AUX.has(ws[at - 1].norm)) return undefined
    subject = [pronoun ? at : nounPhraseStart(ws, at), at + 1]
    actor = actorOf(ws, subject)
    // "No adjustment will be made", "nothing was changed": a negative subject negates the clause
    if (NEGATIVE_SUBJECT.has(ws[subject[0]].norm) || NEGATIVE_SUBJECT.has(ws[subject[0] - 1]?.norm ?? '')) negated = true
  }
  // "Could you please send…": a question that asks the customer to act.
  if (actor === 'customer' && subject && ws[subject[0] - 1] && /^(?:could|would|can|will)$/.test(ws[subject[0] - 1].norm)) {
    modality = 'requested'
  }
  // "…ask that you wait"
  if (actor === 'customer' && subject && ws[subject[0] - 1]?.norm === 'that' && ws[subject[0] - 2] && REQUESTS.has(ws[subject[0] - 2].norm)) {
    modality = 'requested'
  }
  let imperative = false
  let elided = false
  if (!subjectWord) {
    // "and"/"or" joins two verbs of one subject; "please" or a comma alone starts a new clause
    const coordinated = j >= 0 && (ws[j].norm === 'and' || ws[j].norm === 'or') && !chain.includes('please')
    const last = earlier[earlier.length - 1]
    const previous = last && sameClause(ws, last.index, j) ? last : coordinated ? subjectBefore(ws, j) : undefined
    if (coordinated && previous && (previous.subject || previous.elided) && (auxiliaries.length > 0 || reading.form !== 'base' || !previous.imperative)) {
      // "I've cleared it and marked invoice 2207 as paid": the subject and auxiliaries carry over
      subject = previous.subject
      actor = previous.actor
      elided = previous.elided
      if (auxiliaries.length === 0) {
        // "has been received and passed to our complaints team": the passive carries over too
        if (reading.form === 'past' && previous.passive) {
          passive = true
          aspect = previous.aspect
        } else if (reading.form === 'past' && previous.aspect !== 'background') aspect = previous.aspect === 'future' ? 'future' : 'done'
        if (reading.form === 'base') {
          aspect = previous.aspect
          if (modality === 'none') modality = previous.modality
        }
      }
    } else if (reading.form === 'base' && (auxiliaries.length === 0 || modality === 'invited') && opensClause(ws[j])) {
      imperative = true
    } else if (opensSentence(ws, first, earlier) && auxiliaries.length === 0 && (reading.form === 'ing' || reading.form === 'past') && !gerundSubject(ws, i)) {
      elided = true
      actor = 'agent'
      aspect = reading.form === 'ing' ? 'progressive' : 'done'
    } else if (opensSentence(ws, first, earlier) && reading.form === 'base' && aspect === 'future' && auxiliaries.every((a) => FUTURE_LEAD.has(a)) &&
      ws[ws.length - 1]?.text !== '?') {
      // "Will close this once CI passes", "Going to lock this one": the agent's plan with the subject left out
      elided = true
      actor = 'agent'
    }
  }
  // "Thread closed.", "Refund issued as agreed": a noun and a bare participle with nothing after it is a headline passive
  const headline = !!subject && subjectWord !== undefined && reading.form === 'past' && auxiliaries.length === 0 &&
    !FIRST_PERSON.has(subjectWord.norm) && !THIRD.has(subjectWord.norm) && subjectWord.norm !== 'you' &&
    (subject[0] === 0 || /^[.!?:]$/.test(ws[subject[0] - 1].text)) && endsHeadline(ws[i + 1])
  return {
    index: i,
    lemma: reading.lemma,
    form: reading.form,
    subject,
    actor,
    imperative,
    elided,
    passive,
    aspect,
    modality,
    negated,
    restricted,
    first,
    headline,
  }
}

// What may follow a headline participle: nothing, or a phrase that is not its object ("as requested", "in 2.1").
const HEADLINE_TAIL = new Set([
  'as', 'in', 'on', 'for', 'via', 'with', 'by', 'at', 'from', 'per', 'and', 'already', 'now', 'today', 'successfully',
  'automatically', 'manually', 'earlier', 'yesterday', 'just', 'again', 'too', 'here', 'internally', 'upstream',
])

function endsHeadline(next: Word | undefined): boolean {
  if (!next) return true
  if (next.kind === 'punct') return next.text !== "'" && next.text !== '’'
  return next.kind === 'word' && HEADLINE_TAIL.has(next.norm)
}

/**
 * For a verb after "and" with no verb read before it ("I'll compare it … and reply"):
 * the nearest pronoun subject to the left in the same clause, with its auxiliaries.
 */
function subjectBefore(ws: Word[], from: number): VerbGroup | undefined {
  for (let k = from - 1; k >= 0; k--) {
    const w = ws[k]
    if (w.kind === 'punct' && /^[;:—–.!?]$/.test(w.text)) return undefined
    if (w.kind !== 'word' || !(FIRST_PERSON.has(w.norm) || w.norm === 'you')) continue
    // "I've swapped you into row 31, and added a note": "you" after a verb is its object, not a subject
    if (w.norm === 'us' || (w.norm === 'you' && k > 0 && ws[k - 1].kind === 'word' && !isBoundary(ws[k - 1]) && !/^(?:could|would|can|will|should|do|did|please)$/.test(ws[k - 1].norm))) continue
    const next = ws[k + 1]?.norm ?? ''
    const aspect: Aspect = FUTURE.has(next) ? 'future' : PERFECT.has(next) ? 'done' : 'present'
    const modality: Modality = next === 'can' ? 'can' : HEDGE_MODALS.has(next) || next === "'d" ? 'hedged' : 'none'
    return {
      index: k, lemma: '', form: 'base', subject: [k, k + 1], actor: actorOf(ws, [k, k + 1]), imperative: false, elided: false,
      passive: false, aspect, modality, negated: NEGATION.has(ws[k + 2]?.norm ?? ''), restricted: false, first: k, headline: false,
    }
  }
  return undefined
}

const PARENTHESIS_CLOSE = /^[,)—–]$/
const PARENTHESIS_OPEN: Record<string, RegExp> = { ',': /^,$/, ')': /^\($/, '—': /^[—,]$/, '–': /^[–,]$/ }

/** "That's now been fixed", "Thanks, that has been done": "that" opening its clause is a pronoun, not a conjunction. */
function demonstrative(ws: Word[], j: number): boolean {
  return ws[j].norm === 'that' && (j === 0 || ws[j - 1].kind === 'punct')
}

/** Whether a word of the chain is in `set`. */
function anyIn(chain: string[], set: Set<string>): boolean {
  for (const c of chain) if (set.has(c)) return true
  return false
}

/**
 * The subject before a parenthesis that ends at `close` ("Version 4.2.1, out today, fixes…",
 * "Our engineer (Dev) will visit…"): the word before the matching opener, if it can end a noun
 * phrase (its word index, or -1). The parenthesis is short and holds no sentence punctuation.
 */
function beforeParenthesis(ws: Word[], close: number): number {
  const end = ws[close]
  if (!end || end.kind !== 'punct' || !PARENTHESIS_CLOSE.test(end.text)) return -1
  const opener = PARENTHESIS_OPEN[end.text]
  for (let k = close - 1; k > 0 && close - k <= 10; k--) {
    const w = ws[k]
    if (w.kind !== 'punct') continue
    if (!opener.test(w.text)) {
      if (/^[.!?;:]$/.test(w.text)) return -1
      continue
    }
    if (k === close - 1) return -1
    const subject = ws[k - 1]
    if (subject.kind === 'punct' || isBoundary(subject) || FIRST_PERSON.has(subject.norm) || subject.norm === 'you') return -1
    // "Thanks, Jo, fixes…" / "Hi Sam, …": a greeting before the parenthesis is not a subject
    if (/^(?:thanks|thank|hi|hello|hey|dear|sorry|yes|no|ok|okay|so|well|also|please)$/.test(subject.norm)) return -1
    return k - 1
  }
  return -1
}

/** "Creating separate branches … is good practice": a gerund that is a subject, not "Closing this issue". */
function gerundSubject(ws: Word[], i: number): boolean {
  for (let k = i + 1; k < ws.length; k++) {
    const w = ws[k]
    if (w.kind === 'punct' || isBoundary(w)) return false
    if (w.kind === 'word' && /^(?:is|are|was|were|will|can|could|would|should|may|might|has|have|'s|makes|helps|allows|lets|means|keeps|gives|takes|ensures|requires)$/.test(w.norm)) return true
  }
  return false
}

/**
 * Where a sentence with its subject left out can start: the sentence's start, after a full stop,
 * dash or colon the splitter kept inside ("thanks! just pushed a fix", "Sorry — fixed now"), or
 * after a comma that ends a lead-in with no verb ("oh nice catch, thanks, merged").
 */
function opensSentence(ws: Word[], first: number, earlier: VerbGroup[]): boolean {
  if (first === 0) return true
  const before = ws[first - 1]
  if (before.kind !== 'punct') return false
  if (/^[.!?:;—–]$/.test(before.text)) return true
  return before.text === ',' && first <= 5 && earlier.length === 0
}

/** No clause punctuation between word `from` and the conjunction at `to` (a comma right before it is fine). */
function sameClause(ws: Word[], from: number, to: number): boolean {
  for (let k = from + 1; k < to; k++) {
    if (ws[k].kind === 'punct' && !(ws[k].text === ',' && k === to - 1)) return false
  }
  return true
}

/** Where an imperative can start: the sentence start, after clause punctuation, a conjunction or "please". */
function opensClause(w: Word | undefined): boolean {
  if (!w) return true
  // a full stop too: the sentence splitter keeps "…of #123. Please subscribe…" together
  if (w.kind === 'punct') return /^[,;:—–(•*.!?-]$/.test(w.text)
  return w.kind === 'word' && IMPERATIVE_OPENERS.has(w.norm)
}

// "that issue", "which issue" are noun phrases, not imperatives
const IMPERATIVE_OPENERS = new Set(['and', 'or', 'but', 'so', 'then', 'also', 'otherwise', 'however', 'please', 'first', 'next', 'finally', 'now'])

/** Start of the noun phrase that ends at `at` ("our billing team", "the fix"). */
function nounPhraseStart(ws: Word[], at: number): number {
  let k = at
  while (k > 0 && k - at < 6) {
    const w = ws[k - 1]
    if (w.kind === 'punct' || isBoundary(w)) break
    if (w.kind === 'word' && (FIRST_PERSON.has(w.norm) || w.norm === 'you')) break
    k--
    if (w.kind === 'word' && DETERMINERS.has(w.norm) && !/^(?:of|for|with|from|by|about|per|in|on|at|into|via)$/.test(w.norm)) break
  }
  return k
}

function actorOf(ws: Word[], [start, end]: [number, number]): Actor {
  const head = ws[end - 1].norm
  const opener = ws[start].norm
  if (FIRST_PERSON.has(head)) return 'agent'
  // "The user should clear the browser cache": the customer named in the third person
  if (head === 'you' || (CUSTOMER_NOUNS.has(head) && /^(?:the|this)$/.test(opener))) return 'customer'
  if (opener === 'our' && !THIRD.has(head)) return 'agent'
  return 'other'
}
