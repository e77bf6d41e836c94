/**
 * Judgements for the same ideas in other words (session 2): pointing back at an earlier answer, shutting the
 * conversation, minimizing what happened, presuming what they read, asking again. Each reads the structure
 * around a hit (who is the subject, what is the object, whether a when, a route or reassurance comes with it).
 */
import {
  type HitContext,
  type Strategy,
  clauseAfter,
  clauseBefore,
  inCondition,
  inQuestion,
  negatedBefore,
  nextSentence,
  normal,
  previousSentence,
  replyGivesRoute,
  subjectOf,
  wordsAfter,
  wordsBefore,
} from '../../src/rule/language.js'
import { TOKEN } from '../../src/reply/text-view.js'
import { list } from './classes.js'
import { unlessAlternative, unlessHelp } from './routes.js'

// "As noted in our letter of 3 May": a message of ours within a few words after the pointer.
const POINTED_BACK = new Set(list('pointed-back-messages'))
const pointsBack: Strategy = (c) => wordsAfter(c.sentence.text, c.hit.end, 4).some((w) => POINTED_BACK.has(w))

// When it was answered: "already", "last month", "several times", "to death", or "before" ending the clause.
const TIME_BACK =
  /\b(?:already|previously|repeatedly|in the past|more than once|on (?:\w+ )?(?:separate |different |several |numerous |many |multiple )?occasions|in (?:my|our) (?:last|previous|earlier|prior|first) (?:\w+ )?(?:email|e-mail|reply|message|response|letter|emails|replies|messages)|over and over|again and again|time and again|to death|ad nauseam|(?:many|several|multiple|countless|numerous|a few|a number of|\d+|two|three|four|five|a dozen|dozens of|hundreds of) times|last (?:week|month|year|time|quarter)|(?:a|one|two|three|several|a few|a couple of) (?:days|weeks|months|years) ago|earlier (?:in|on) (?:this|the) (?:thread|conversation|ticket|issue|chat))\b|\bbefore\s*$/
// "…discussed with our engineers", "…explained to me": a step taken, not the customer sent back.
const TAKEN_ELSEWHERE = /^\s+(?:with|by|internally|among|between|to (?:me|us|our|the|my|them))\b/

/**
 * "This was answered on the mailing list last month", "your question has already been covered": the customer
 * sent back to an earlier answer. A link or an issue number to it in the same sentence is a route; a condition
 * ("if this has already been answered…") or a question asks.
 */
const answeredBefore: Strategy = (c) => {
  const { text } = c.sentence
  if (inCondition(c) || inQuestion(c) || TAKEN_ELSEWHERE.test(text.slice(c.hit.end, c.hit.end + 40))) return false
  // "Already" may sit in the `after` words ("was already answered"), the rest in the clause after it.
  const lead = normal(text.slice(c.reach?.start ?? c.hit.start, c.hit.end))
  if (!TIME_BACK.test(lead) && !TIME_BACK.test(normal(clauseAfter(text, c.hit.end)))) return false
  return !text.slice(c.hit.end).includes(TOKEN) && !/#\d/.test(text.slice(c.hit.end))
}

// What the refusal to engage is about: more talk ("further", "anymore", "this matter"), not a time of day.
const MORE_TALK =
  /\b(?:further|anymore|any more|again|(?:this|the|that) (?:matter|subject|topic|point|complaint|case|discussion|conversation|thread|decision|dispute)|(?:this|that|it) with you)\b/
const NOT_NOW = /\b(?:until|till|unless|before|while|pending|without|for now|at the moment|today|tonight|this week|over the weekend|by phone|on the phone|by email|here|on this channel|on social media|publicly)\b/

/** "We won't be discussing this further", "we will not be entering into further correspondence on this matter". */
const shutsConversation: Strategy = (c) => {
  if (inCondition(c) || inQuestion(c)) return false
  const rest = normal(c.sentence.text.slice(c.hit.end, c.hit.end + 160)).split(/[.;!?]/)[0]
  return MORE_TALK.test(rest) && !NOT_NOW.test(rest)
}

const SMALL_UNITS = new Set(list('small-units'))
const SMALL_TROUBLES = new Set(list('small-troubles'))
const TROUBLES = new Set(list('troubles'))
const SMALL_SIZES = new Set(list('small-sizes'))
const NUMBER = /^(?:\d+(?:[.,]\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|fifteen|twenty|thirty|forty|forty-five|fifty|sixty|ninety)$/
const FILLER = /^(?:a|an|the|of|extra|more|additional|very|really|pretty|quite|fairly)$/
// A span of time that is not their loss: "only a few days until the refund lands", "a few minutes' walk".
const NOT_LOSS = /^(?:ago|away|left|until|till|before|after|from|to|walk|drive|ride|by|into|in|early|earlier|later|faster|quicker|sooner|old|free)$/
// Reassurance about something scary, not a complaint shrunk: "Don't worry, it's only a cosmetic warning".
const REASSURING =
  /\b(?:don't worry|do not worry|no need to worry|not to worry|nothing to worry about|rest assured|good news|(?:i'll|we'll|i will|we will|let me|happy to|glad to) (?:walk|guide|talk|take|show) you)\b/

const reassuring = (c: HitContext): boolean => {
  const before = previousSentence(c)
  return REASSURING.test(normal(c.sentence.text)) || (before !== undefined && REASSURING.test(normal(before.text)))
}

/**
 * "It's only a few minutes", "that was just a 40-minute change", "the delay was a mere blip": what happened to
 * them made small by an amount of time or a small-trouble word. "It's only natural to be upset", "it's just a
 * delay" (no size) and "it's only a few days until your refund lands" (not their loss) stay quiet.
 */
// What "only" must follow to be said of what happened: "it's only", "the train was only", "a delay of only".
const COPULA_BEFORE = /(?:'s|'re|\bis|\bwas|\bwere|\bare|\bbe|\bof|\btalking|\bamounts? to|\bamounted to)\s+(?:(?:really|honestly|literally|actually)\s+)?$/

// A quick look at the word or two before the hit, before the clause is read (most hits are "just reply…").
const COPULAS = new Set(['is', 'was', 'were', 'are', 'be', 'of', 'talking', 'to', 'about'])
function copulaNear(text: string, at: number): boolean {
  const words = text.slice(Math.max(0, at - 24), at).toLowerCase().split(/\s+/)
  for (let i = words.length - 1, seen = 0; i >= 0 && seen < 2; i--) {
    const w = words[i]
    if (!w) continue
    if (COPULAS.has(w) || w.endsWith("'s") || w.endsWith('’s') || w.endsWith("'re") || w.endsWith('’re')) return true
    seen++
  }
  return false
}

export const minimisesAmount: Strategy = (c) => {
  const { text } = c.sentence
  if (normal(c.hit.text) !== 'mere') {
    if (!copulaNear(text, c.hit.start)) return false
    if (!COPULA_BEFORE.test(normal(clauseBefore(text, c.hit.start)))) return false
  }
  const words = wordsAfter(c.sentence.text, c.hit.end, 6).map((w) => w.replace(/'s?$/, ''))
  let sized = false
  let i = 0
  for (; i < words.length; i++) {
    const w = words[i]
    if (NUMBER.test(w) || SMALL_SIZES.has(w)) sized = true
    else if (!FILLER.test(w)) break
  }
  const head = words[i]
  if (head === undefined) return false
  const small = (sized && (SMALL_UNITS.has(head) || TROUBLES.has(head))) || SMALL_TROUBLES.has(head)
  if (!small || NOT_LOSS.test(words[i + 1] ?? '')) return false
  if (reassuring(c)) return false
  // Report through the amount: "only ten minutes", not "only".
  const rest = c.sentence.text.slice(c.hit.end, c.hit.end + 280)
  let n = 0
  for (const m of rest.matchAll(WORD)) {
    if (n++ === i) {
      c.reach = { start: c.reach?.start ?? c.hit.start, end: c.hit.end + (m.index ?? 0) + m[0].replace(/['’]s?$/, '').length }
      break
    }
  }
  return true
}
// Words as wordsAfter reads them (language.ts), with their offsets.
const WORD = /[\p{L}\p{N}'’]+/gu

// "Honestly, it isn't complicated" talks down; "Don't worry, it isn't complicated: I'll walk you through it" reassures,
// and "it's not difficult once you know where to look, so here's a screenshot: <link>" helps.
const unlessReassuring: Strategy = (c) => {
  const rest = c.sentence.text.slice(c.hit.end)
  return !reassuring(c) && !rest.includes(TOKEN) && !/\bhere(?:'s|’s| is| are)\b/i.test(rest)
}

// "We're unable to assist any further": a door shut, unless it is a wait ("…until the photos arrive") or comes
// with a route or an offer (unless-alternative).
const noFurtherHelp: Strategy = (c) =>
  !/\b(?:until|till|unless|without|before|pending)\b/i.test(c.sentence.text.slice(c.hit.end)) && unlessAlternative(c)

// "This is pretty basic Postgres stuff": said of their question or problem, not of a plan ("our free plan is pretty basic").
const THEIR_QUESTION =
  /(?:^|\b)(?:(?:this|that|it)(?:'s| is| was)|(?:this|that|these|those|your) (?:question|questions|issue|problem|error|mistake|request|query|stuff|thing|fix|step|steps)(?: is| are| was| were|'s))(?: (?:really|honestly|just|all|actually))?\s*$/
const aboutTheirQuestion: Strategy = (c) => THEIR_QUESTION.test(normal(clauseBefore(c.sentence.text, c.reach?.start ?? c.hit.start)))

// "It should be clearly documented", "we'll make sure it's explained more clearly": a wish or a fix, not a presumption.
const WISH = /^(?:should|must|will|would|could|might|may|need|needs|make|ensure|to|be|now|newly|not|more|less)$/
const WISH_LEAD = /\b(?:should|must|will|'ll|would|'d|could|might|may|needs? to|make sure|ensure|going to|want to|plan to|hope to)\b/

/**
 * "This is clearly documented", "it's explained quite clearly in the help centre": the customer should have found
 * it. Praise of what they wrote ("thanks for setting out so clearly what happened") and a promise to do better
 * are not.
 */
const presumesRead: Strategy = (c) => {
  const { text } = c.sentence
  if (negatedBefore(c, 2) || wordsBefore(text, c.hit.start, 3).some((w) => WISH.test(w))) return false
  const lead = normal(clauseBefore(text, c.hit.start))
  return !WISH_LEAD.test(lead) && !/\b(?:you|your|thank|thanks|appreciate)\b/.test(lead)
}

/**
 * "You must have missed it", "you obviously missed the email": a guess at what they failed to read. "You must
 * have missed the courier" is sympathy, so "missed"/"overlooked"/"ignored" need something to read as object.
 */
const READABLE = new Set(list('readable-things'))
const missedReading: Strategy = (c) => {
  if (inCondition(c) || inQuestion(c)) return false
  const verb = normal(c.hit.text).split(/\s+/).pop() ?? ''
  if (!/^(?:missed|overlooked|ignored|seen|noticed)$/.test(verb)) return true
  const next = wordsAfter(c.sentence.text, c.hit.end, 4)
  return /^(?:it|this|that|these|those)$/.test(next[0] ?? '') || next.some((w) => READABLE.has(w))
}

// "Again, the refund window is 14 days", "Once again, please read the terms": a sentence that opens by saying it
// repeats itself. "Again, thank you for your patience" and "Once again, we're sorry" are courtesies repeated.
const COURTESY =
  /^\s*(?:(?:i|we)(?:'m|'re|'d|'ve|'ll| am| are| would| have| will)?\b|thank|thanks|sorry|apolog|my apolog|our apolog|welcome|congrat|happy|glad|pleased|great|well done|many thanks|please accept|if\b|feel free|(?:please )?(?:don't|do not) hesitate|(?:please )?let (?:us|me) know|(?:please )?reach out|just (?:reply|let))/
const repeating: Strategy = (c) => {
  const { text } = c.sentence
  // An aside opening the sentence: "Again, …" ("try again" and "again and again" are other words).
  const comma = /^\s*,/.exec(text.slice(c.hit.end))
  if (!comma || !/^(?:(?:so|but|and)\s+)?$/i.test(text.slice(0, c.hit.start).trim())) return false
  // "Again, as stated, …": the pointer that follows is the finding (its own entry reports it).
  const rest = normal(text.slice(c.hit.end + comma[0].length))
  return !COURTESY.test(rest) && !/^\s*(?:as|like|per)\b/.test(rest)
}

// "It's working as intended now", "…is running normally again since the fix": a repair reported, not a report denied.
const FIXED = /\b(?:again|now|back|restored|since|once|after|fixed|resolved|updated|repaired|reset|replaced|following)\b/
const unlessFixed: Strategy = (c) => !inCondition(c) && !inQuestion(c) && !FIXED.test(normal(c.sentence.text))

// "You're the first person to spot this typo, thank you!" is thanks for a report, not doubt about it.
const GRATEFUL = /\b(?:thank|thanks|great catch|good catch|nice catch|well spotted|appreciate|kudos)\b/
const unlessGrateful: Strategy = (c) => {
  const next = nextSentence(c)
  return !GRATEFUL.test(normal(c.sentence.text)) && !(next && next.paragraph === c.sentence.paragraph && GRATEFUL.test(normal(next.text.slice(0, 60))))
}

// "…, so here's how to reset it: hold the button for 10 seconds": the help itself follows the deflection.
const unlessRouteOrHelp: Strategy = (c) => !inCondition(c) && !replyGivesRoute(c.reply) && unlessHelp(c)

// The object of "responded to", "covered": this very question ("this", "this query", "your question", "this ground").
const THIS_OBJECT = /^\s*(?:this|that|it|these|those|(?:this|that|your|the same) (?:query|question|questions|point|points|issue|matter|request|ground|topic|subject|complaint|concern))\b/
/**
 * "I have now responded to this query on three separate occasions", "we've covered this ground already": the
 * agent (subject "I"/"we") points at their own earlier answer to this very question, and says when. "I've
 * covered the fee" (no "this") and "I've explained the situation to the courier" (no when) are not that.
 */
const saidBefore: Strategy = (c) => {
  const { text } = c.sentence
  if (inCondition(c) || inQuestion(c)) return false
  const passive = PASSIVE_LEAD.exec(normal(clauseBefore(text, c.hit.start)))
  if (passive) {
    c.reach = { start: c.hit.start - clauseBefore(text, c.hit.start).length + passive.index, end: c.hit.end }
    return answeredBefore(c)
  }
  // "This" as the object first: it is cheaper to see than who the subject is.
  if (!THIS_OBJECT.test(normal(text.slice(c.hit.end, c.hit.end + 160)))) return false
  const subject = subjectOf(text, c.hit.start)
  if (subject.actor !== 'agent' || subject.negated) return false
  const when = normal(text.slice(subject.start, c.hit.start)) + ' ' + normal(clauseAfter(text, c.hit.end))
  if (!TIME_BACK.test(when)) return false
  c.reach = { start: subject.start, end: c.hit.end }
  return true
}
// "This was", "your question has already been": the question itself as the subject of a passive.
const PASSIVE_LEAD =
  /\b(?:this|that|it|question|point|topic|issue|matter|subject|ground)(?: was|'s been| has been| had been| have been| were| is)(?: already| previously| also)*\s*$/

// "What part of 'non-refundable' is unclear?": asking what they fail to understand.
const NOT_UNDERSTOOD = /\b(?:unclear|confusing|not clear|hard to understand|difficult to understand|don't you understand|do you not understand|didn't you understand|did you not understand|don't you get|did you miss|are you struggling)\b/
const whatPart: Strategy = (c) => NOT_UNDERSTOOD.test(normal(c.sentence.text.slice(c.hit.end, c.hit.end + 120)))

// "Let me be very clear: the refund will not be issued": the emphasis lands on a refusal. "Let me be clear about
// what happens next: I'll call you at 10" and "I want to be clear: you won't be charged again" reassure.
const REFUSED =
  /\b(?:will not|won't|cannot|can't|can not|unable to|not able to|are not|aren't|is not|isn't)\s+(?:be\s+)?(?:issue|issued|refund|refunded|process|processed|approve|approved|accept|accepted|grant|granted|reverse|reversed|change|changed|offer|offered|give|given|make|made|waive|waived|extend|extended|replace|replaced|compensate|compensated|reconsider|reconsidered|reopen|reopened|eligible|entitled|possible|available|going to happen|happening)\b|\bno (?:refund|exception|exceptions|compensation|replacement|further)\b/
const whenRefusingFollows: Strategy = (c) => REFUSED.test(normal(c.sentence.text.slice(c.hit.end, c.hit.end + 200)))

// "How many times do I have to say it", "I don't know how many times I've explained": the agent asked again.
// "How many times did you try?" asks about the customer.
const ASKED_AGAIN = /^[^.!?]{0,40}?\b(?:i|we)\b[^.!?]{0,30}?\b(?:say|said|explain|explained|tell|told|repeat|repeated|write|written|answer|answered|go over|gone over|been over|cover|covered)\b/
const asksAgain: Strategy = (c) => ASKED_AGAIN.test(normal(c.sentence.text.slice(c.hit.end, c.hit.end + 120)))

// "Your comments have been noted and passed to the product team" says where they went; "…noted." alone files them.
const GOES_ON = /\b(?:and|which|will be|we'll|we will|i'll|i will)\b[^.!?]{0,40}?\b(?:passed|forwarded|shared|sent|logged|escalated|fed back|raised|reviewed|considered|used|added|recorded|discussed|included)\b/
const notedOnly: Strategy = (c) => !GOES_ON.test(normal(c.sentence.text.slice(c.hit.end, c.hit.end + 160))) && unlessAlternative(c)

/** The judgements above, by the names phrases.yaml uses. */
export const rewordings: Record<string, Strategy> = {
  // A stock phrase that a condition turns into a hypothesis: "if there's no fault on our side, …".
  'unless-condition': (c: HitContext) => !inCondition(c),
  'points-back': pointsBack,
  'shuts-conversation': shutsConversation,
  'minimises-amount': minimisesAmount,
  'unless-reassuring': unlessReassuring,
  'about-their-question': aboutTheirQuestion,
  'presumes-read': presumesRead,
  'missed-reading': missedReading,
  repeating,
  'unless-fixed': unlessFixed,
  'unless-grateful': unlessGrateful,
  'no-further-help': noFurtherHelp,
  'unless-route-or-help': unlessRouteOrHelp,
  'said-before': saidBefore,
  'what-part': whatPart,
  'when-refusing-follows': whenRefusingFollows,
  'asks-again': asksAgain,
  'noted-only': notedOnly,
}
