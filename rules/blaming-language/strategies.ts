/**
 * The judgements blaming-language's phrases.yaml may name. RULES.md: blame is
 * the customer as the subject of a fault ("you failed to", "you should have"),
 * not the same words in a condition ("if you didn't receive it, let me know"),
 * a question, a hedge or a denial ("it's not your fault").
 */
import {
  type HitContext,
  type Strategy,
  clauseAfter,
  clauseBefore,
  hedged,
  inCondition,
  inQuestion,
  negatedBefore,
  nextSentence,
  normal,
  objectAfter,
  previousSentence,
  wordsBefore,
} from '../../src/rule/language.js'
import { againstInstructions, counterfactual, customerCause, faultIn, faultPlace, misdone, misuse, passiveByYou, preventable, reproach } from './causes.js'
import { AGENT_FIXES, OWN_ACTIONS, TERMS_NOUNS, UNDERGONE_PARTICIPLES, UNDERGONE_VERBS, participle, sentenceExcuses } from './words.js'

// "None of this was your fault", "no part of that is on you": a denial a few words back.
const DENIED = /^(?:none|nothing|neither)$/

const customerFault: Strategy = (c) => {
  if (inCondition(c) || inQuestion(c) || hedged(c) || negatedBefore(c, 2)) return false
  if (wordsBefore(c.sentence.text, c.hit.start, 4).some((w) => DENIED.test(w))) return false
  // "You haven't activated your account yet": a status and a reminder, not a reproach.
  if (/\byet\b/.test(normal(clauseAfter(c.sentence.text, c.hit.end)))) return false
  return !AGENT_FIXES.test(normal(c.sentence.text))
}

// Pointing at the terms is a rebuttal when it backs a refusal or a demand nearby.
const REFUSAL =
  /\b(?:can't|cannot|can not|unable|won't|will not|not (?:able|eligible|possible|covered|refundable|entitled|responsible|liable|available|accept)|non-refundable|no refunds?|must|only (?:if|when|after|within|be|once)|in order to|required|requires|have to|need to|not valid|void|forfeit|decline|declined|deny|denied|refuse|(?:still |will )?stands?|is final|are final|upheld|remains? in place|(?:fee|fees|charge|charges|penalty|penalties|fine|fines) (?:applies|apply|remains?)|capped)\b/

const whenRebutting: Strategy = (c: HitContext) => {
  if (inCondition(c) || inQuestion(c)) return false
  return [previousSentence(c), c.sentence, nextSentence(c)].some((s) => s && s.paragraph === c.sentence.paragraph && REFUSAL.test(normal(s.text)))
}

// Assent is held against the customer when a refusal follows, even in the next paragraph:
// "…you ticked the box to accept them.\n\nThe deposit is non-refundable."
const refusalAround = (c: HitContext): boolean =>
  [previousSentence(c), c.sentence, nextSentence(c), nextSentence(c, 2)].some((s) => s && REFUSAL.test(normal(s.text)))

// "If our form had been filled in correctly…" is the agent owning it, not blame.
const unlessOurSide: Strategy = (c) => !/\b(?:we|our|us|i|my|me)\b/.test(normal(clauseBefore(c.sentence.text, c.hit.start)))

// Advice on conduct: "read the terms before buying next time", "please double-check the size in future".
const ADVICE = /\b(?:read|check|double-check|make sure|be sure|remember|pay (?:more )?attention|take (?:a moment|care|the time)|taking (?:a moment|the time)|review|look at|ensure|bear in mind|keep in mind|suggest|recommend|advise|try to)\b/
// The agent promising to do better is no lecture: "we'll make sure this doesn't happen in future".
const AGENT_PROMISE = /\b(?:we|i)(?:'ll| will| shall| are going to| am going to|'re going to|'m going to)?\s+(?:make sure|ensure|be sure|check|review|double-check|remember)\b/

const whenLecturing: Strategy = (c) => {
  const { text } = c.sentence
  // "Next time you order, use code THANKS": a time clause, not advice on the past.
  if (/^\s*,?\s*(?:you|we|i|your|our|there|it)\b/.test(normal(text.slice(c.hit.end)))) return false
  const sentence = normal(text)
  if (AGENT_PROMISE.test(sentence) || inCondition(c)) return false
  return ADVICE.test(sentence)
}

// Words that may sit between the modal and what follows: "you should really have first contacted us".
const FILLER = /^(?:really|first|already|actually|just|simply|clearly|at least|also|then|properly|carefully)$/

/**
 * The customer under a past obligation, in any modal: "you ought to have checked", "you should really have
 * contacted us", "you needed to have the serial registered", "you were meant to cancel". Blame when what
 * follows is the customer's own act: a participle ("…have checked"), a causative ("…have the serial
 * registered") or, after "supposed/meant to", a verb; not what they were to get ("you should have received
 * an email", "you were supposed to receive it Monday", "you should have been told": classes.yaml).
 */
const pastObligation: Strategy = (c) => {
  const { text } = c.sentence
  // The fillers and the next five words are all it reads: no need to split the whole clause.
  const ws: Array<{ w: string; end: number }> = []
  for (const m of clauseAfter(text, c.hit.end).matchAll(ACT_WORD)) {
    const w = normal(m[0])
    if (!ws.length && FILLER.test(w)) continue
    ws.push({ w, end: c.hit.end + (m.index ?? 0) + m[0].length })
    if (ws.length >= 5) break
  }
  const [first] = ws
  if (!first) return false
  let end = -1
  if (/\bto$/.test(normal(c.hit.text))) {
    // "you were supposed to book": any verb but one for what they were to get.
    if (!UNDERGONE_VERBS.has(first.w) && !/^(?:be|have|get)$/.test(first.w)) end = first.end
  } else if (participle(first.w)) {
    end = first.end
  } else if (/^(?:the|your|a|an|it|this|that|them|those|these|all)$/.test(first.w)) {
    // A causative: "you needed to have the serial number registered first".
    const done = ws.slice(1, 5).find((x) => participle(x.w))
    if (done) end = done.end
  }
  if (end < 0 || !customerFault(c)) return false
  // Report the modal with the act it leaves undone: "You ought to have checked".
  c.reach = { start: c.hit.start, end }
  return true
}

// --- The customer's own past act framed as the cause ----------------------------------------------
// Words that may sit between "you" and the act: "you then deleted", "you yourself ticked", "you accidentally…".
const ACT_FILLER = /^(?:yourself|then|also|just|accidentally|manually|actually|already|mistakenly|previously|originally|later|instead)$/
const ACT_WORD = /[\p{L}'’-]+/gu
// What may stand right before "you" when it opens a clause; any other word makes "you" the subject of a
// relative clause ("the files you deleted are in the bin"), which blames only after a demonstrative.
const CLAUSE_OPENER = /^(?:and|but|because|cause|so|then|that|as|which|yet|or|also|actually|unfortunately|basically|sadly|now|here|well|ok|okay|since|where|what)$/
// The act named as the cause, after it: "…instead of monthly", "…which is why", "…the opposite of what the screen tells you".
const CAUSE_AFTER =
  /\b(?:instead of|rather than|which is why|that's why|that is why|this is why|which (?:is what|was what|caused|causes|meant|means|broke|stopped|triggered|removed|deleted|wiped|cancell?ed|locked|reset|turned|disabled|overwrote)|and that's what|the opposite of what|contrary to what|against (?:the|our) (?:advice|instructions)|even though|although|despite|in spite of|hence)\b/
// "…so" names a cause only when what follows goes wrong: "you cleared the cookies, so the basket emptied".
const SO_BAD =
  /\bso\b[^.;]*?\b(?:not|can't|cannot|wasn't|weren't|didn't|couldn't|isn't|aren't|doesn't|lost|gone|failed|fails|broke|broken|stopped|wrong|error|deleted|erased|wiped|removed|cancell?ed|locked|blocked|reset|expired|missing|emptied|bounced|rejected|declined|charged|overwritten)\b/
// "…so you won't be charged", "…so no fee applies": the act's effect as reassurance, not a fault.
const SO_REASSURES =
  /\bso\b[^.;]*?(?:\b(?:not|won't|no longer|never|nothing)\b[^.;]*?\b(?:charged|billed|pay|owe|affected|need|lose|worry|renew|renewed|fee)|\bno (?:charge|payment|fee|action)\b|\ball set\b)/
// The act named as the cause, before it: "it stopped because you turned off sync", "the reason is you…".
const CAUSE_BEFORE = /\b(?:because|'s because|is because|was because|the reason(?: is| was)?(?: that)?|that's what happens when)\s*$/
// A demonstrative pinning the thing on the customer: "that's the address you typed in", "this is what you selected".
const DEMONSTRATIVE = /(?:^|[^\p{L}])(?:that|this|it)(?:'s| is| was) (?:exactly |precisely |just |still )?(?:the |what |which |how )?(?:[\p{L}-]+ ){0,3}$/u
// The reproach that they could have stopped it: "you could have caught it then".
const REPROACH = /\byou (?:could|might)(?: have|'ve) (?:easily |just |simply )?([\p{L}-]+)/u
/**
 * The customer's own past act presented as the cause of their problem, with no stock phrase: "you ticked
 * the annual box instead of the monthly one", "you turned off sync, which is why the notes stopped",
 * "that's the address you typed in", "you deleted it yourself". The act is a class of verbs
 * (classes.yaml: own-past-actions); the frame is what makes it blame: a causal or contrastive marker, an
 * emphatic "yourself", a demonstrative or a "could have" reproach. Plain history ("you changed the plan on
 * Monday") and the agent making good ("…so I've refunded the difference") stay quiet, as do conditions,
 * questions and hedges.
 */
const ownPastAction: Strategy = (c) => {
  const { text } = c.sentence
  // Runs on every "you": read only the fillers and the two words after them, not the whole window.
  const words: Array<{ w: string; end: number }> = []
  const window = text.slice(c.hit.end, c.hit.end + 120)
  for (const m of window.matchAll(ACT_WORD)) {
    const w = normal(m[0])
    words.push({ w, end: c.hit.end + (m.index ?? 0) + m[0].length })
    if (!ACT_FILLER.test(w) && words.length >= 2 && !ACT_FILLER.test(words[words.length - 2].w)) break
  }
  let k = 0
  let emphatic = false
  while (k < words.length && ACT_FILLER.test(words[k].w)) emphatic = emphatic || words[k++].w === 'yourself'
  if (k >= words.length) return false
  // The act, one or two words ("turned off", "put in").
  const two = words[k + 1] ? `${words[k].w} ${words[k + 1].w}` : ''
  const act = OWN_ACTIONS.has(two) ? words[k + 1] : OWN_ACTIONS.has(words[k].w) ? words[k] : undefined
  if (!act) return false
  // Only text between hit and act may be fillers: no clause edge in between.
  if (/[,;:.!?]/.test(text.slice(c.hit.end, act.end))) return false
  if (inCondition(c) || inQuestion(c) || hedged(c) || negatedBefore(c, 2)) return false
  if (sentenceExcuses(c)) return false

  const before = normal(clauseBefore(text, c.hit.start))
  const previous = before.match(/[\p{L}']+$/u)?.[0]
  const demonstrative = DEMONSTRATIVE.test(before)
  if (previous && !CLAUSE_OPENER.test(previous) && !demonstrative && !CAUSE_BEFORE.test(before)) return false

  // Bounded windows either side of the act keep a long run-on sentence linear.
  const after = normal(text.slice(act.end, act.end + 300))
  const reproach = [after, normal(nextSentence(c)?.paragraph === c.sentence.paragraph ? nextSentence(c)!.text : '')].some((t) => {
    const m = REPROACH.exec(t)
    return !!m && !UNDERGONE_PARTICIPLES.has(m[1]) && (participle(m[1]) || /^(?:caught|seen|spotted|noticed)$/.test(m[1]))
  })
  const framed =
    emphatic ||
    /^\s*[\p{L}\s'-]{0,40}\byourself\b/u.test(normal(clauseAfter(text, act.end))) ||
    demonstrative ||
    CAUSE_BEFORE.test(normal(text.slice(Math.max(0, c.hit.start - 80), c.hit.start)).trimEnd()) ||
    CAUSE_AFTER.test(after) ||
    (SO_BAD.test(after) && !SO_REASSURES.test(after)) ||
    reproach
  if (!framed) return false
  // Report the act with its object, up to where the cause is named: "You ticked the annual box".
  const rest = clauseAfter(text, act.end)
  const cut = /\s(?:instead|rather|which|so|because|and|but|that's|that is|then|hence|the opposite|contrary|against|even|although|despite|in spite)\b/i.exec(rest)
  let end = act.end + (cut ? cut.index : rest.length)
  while (end > act.end && /\s/.test(text[end - 1])) end--
  c.reach = { start: c.hit.start, end }
  return true
}

// --- The customer's assent held against them --------------------------------------------------------
// "…which you agreed to", "the limit is one you accepted": the terms come before, as the relative's antecedent.
const RELATIVE = /^(?:which|that|one|ones|what)$/

/**
 * The customer's assent used to back a refusal: "you accepted the API terms, so we won't…", "…which you
 * agreed to", "you ticked the box to accept them. The deposit is non-refundable." What they agreed to must be
 * terms (classes.yaml: terms-nouns), before or after; otherwise the hit may still be their own past act
 * framed as the cause ("you signed the contract yourself").
 */
const assent: Strategy = (c) => {
  const box = !/^you\b/.test(normal(c.hit.text))
  const previous = wordsBefore(c.sentence.text, c.hit.start, 1)[0] ?? ''
  const object = box ? undefined : objectAfter(c.sentence.text, c.hit.end, (w) => TERMS_NOUNS.has(w), 6)
  const terms = box || RELATIVE.test(previous) || !!object
  if (terms && !hedged(c) && !negatedBefore(c, 2) && !inCondition(c) && !inQuestion(c) && refusalAround(c)) {
    // Report what they agreed to with it: "You accepted the API terms".
    if (object) c.reach = { start: c.hit.start, end: object.end }
    return true
  }
  if (box) return false
  // Not a rebuttal: judge "you" alone as the customer's own act.
  const you: HitContext = { ...c, hit: { ...c.hit, end: c.hit.start + 3, text: c.hit.text.slice(0, 3) } }
  if (!ownPastAction(you)) return false
  c.reach = you.reach
  return true
}

const CLEFT_WORD = /[\p{L}'’-]+/gu
const CLEFT_ACTS = /^(?:broke|forgot|missed|ignored|skipped|caused|damaged|agreed|signed|accepted|approved|authori[sz]ed)$/

/** "It was you who deleted the project": a cleft naming the customer as the one who acted. */
const cleft: Strategy = (c) => {
  const rest = clauseAfter(c.sentence.text, c.hit.end)
  const act = [...rest.slice(0, 60).matchAll(CLEFT_WORD)].find((m) => !/^(?:then|also|just|actually|accidentally)$/i.test(m[0]))
  const w = act ? normal(act[0]) : ''
  if (!act || !(OWN_ACTIONS.has(w) || CLEFT_ACTS.test(w))) return false
  if (inCondition(c) || inQuestion(c) || sentenceExcuses(c)) return false
  c.reach = { start: c.hit.start, end: c.hit.end + (act.index ?? 0) + act[0].length }
  return true
}

// "That's what happens when you…": the words before "what happens" make it a verdict, not an explanation
// ("here's what happens when you cancel: …").
const whatHappens: Strategy = (c) => /\b(?:that's|that is|this is|it's|it is)(?: just| exactly| precisely)?\s*$/.test(normal(c.sentence.text.slice(Math.max(0, c.hit.start - 30), c.hit.start)))

// "We warned you", "I did warn you": the agent's side as the one who warned them (any other subject, such
// as "the app warned you before deleting", is no reproach from us).
const agentTold: Strategy = (c) => {
  const before = wordsBefore(c.sentence.text, c.hit.start, 4).filter((w) => !/^(?:did|clearly|already|explicitly|have|also|even)$/.test(w))
  const subject = before[before.length - 1] ?? ''
  return /^(?:we|i|we've|i've|we'd|i'd)$/.test(subject) && customerFault(c)
}

export const strategies: Record<string, Strategy> = {
  always: () => true,
  'customer-fault': customerFault,
  'when-rebutting': whenRebutting,
  'unless-our-side': unlessOurSide,
  'when-lecturing': whenLecturing,
  'past-obligation': pastObligation,
  'own-past-action': ownPastAction,
  assent,
  cleft,
  'customer-cause': customerCause,
  'passive-by-you': passiveByYou,
  counterfactual,
  reproach,
  preventable,
  'against-instructions': againstInstructions,
  'fault-place': faultPlace,
  'fault-in': faultIn,
  misdone,
  misuse,
  'what-happens': whatHappens,
  'agent-told': agentTold,
}
