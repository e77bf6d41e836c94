/**
 * Does the reply say what went wrong? RULES.md: a definite "we apologize for
 * the inconvenience" is a non-apology only when the reply never names the
 * failure; after "the courier missed its collection" it stays quiet. This
 * looks for a clause that states a concrete failure, structurally (a subject
 * with a failure verb, a passive failure, an owned cause, or an apology whose
 * object is specific), not for particular sentences.
 */
import type { Reply } from '../../src/reply/model.js'

const S = String.raw`['’]`

// A subject followed by a past-tense failure verb: "the courier missed its collection", "our
// system crashed", "I gave you the wrong code". Lowercase words only before the verb, so a
// heading or a name list does not pass for a clause.
const PAST_FAILURE = new RegExp(
  String.raw`\b(?:i|we|it|they|he|she|this|that|[\p{Ll}-]+)\s+(?:(?:just|also|then|accidentally|mistakenly|wrongly|somehow)\s+)?` +
    String.raw`(?:failed|broke|crashed|missed|lost|forgot|misplaced|misrouted|mislabell?ed|mis-?sent|overcharged|double[- ]charged|dropped|skipped|ate|froze|timed out|over-?ran|ran (?:over|late|out of)|overbooked|double[- ]booked|malfunctioned|stalled|glitched|errored|bounced|misfired|miscalculated|misquoted|mispriced|misprinted|mistyped|misread|mishandled|misdelivered|misdirected|wiped|corrupted|leaked|overheated|went (?:wrong|down|missing|out)|stopped (?:working|syncing|sending)|mixed up|left out|omitted|sent (?:you )?(?:the |a |an )?wrong|shipped (?:you )?(?:the |a |an )?wrong|gave (?:you )?(?:the |a |an )?wrong|charged (?:you )?(?:twice|again|double|incorrectly|by mistake)|took (?:too long|\d+|days|weeks|until))\b`,
  'iu',
)

// A negated past: "didn't arrive", "hasn't arrived", "haven't received", "wasn't applied".
const NEGATED_PAST = new RegExp(
  String.raw`\b(?:did(?:n${S}t| not)|has(?:n${S}t| not)|have(?:n${S}t| not)|had(?:n${S}t| not)|was(?:n${S}t| not)|were(?:n${S}t| not)|never)\s+(?:yet\s+|actually\s+)?(?:been\s+)?` +
    String.raw`(?:arrived?|work(?:ed)?|show(?:n|ed)? up|go(?:ne)? through|send|sent|ship(?:ped)?|process(?:ed)?|appl(?:y|ied)|updated?|documented?|deliver(?:ed)?|receive[d]?|reach(?:ed)?|load(?:ed)?|saved?|sync(?:ed)?|refund(?:ed)?|credited|included|packed|honou?red|replied|answered|responded|get back|got back|told|mentioned|notified|informed)\b`,
  'iu',
)

// The team's own omission: "we didn't warn customers", "I hadn't called you back", "our engineer failed
// to check the line". Not "never" ("we never call customers for passwords" is a rule, not a failure).
const TEAM_OMISSION = new RegExp(
  String.raw`\b(?:we|i|our\s+[\p{L}-]+(?:\s+[\p{L}-]+)?)\s+(?:did(?:n${S}t| not)|had(?:n${S}t| not)|failed to|forgot to|neglected to|omitted to)\s+(?:(?:actually|properly|clearly|fully|even|ever)\s+)?` +
    String.raw`(?:warn(?:ed)?|alert(?:ed)?|notif(?:y|ied)|tell|told|inform(?:ed)?|advise[d]?|let (?:you|customers|anyone|people|them|everyone) know|give (?:you |customers |anyone )?(?:any )?(?:notice|warning)|call(?:ed)?|ring|rang|contact(?:ed)?|e-?mail(?:ed)?|text(?:ed)?|check(?:ed)?|confirm(?:ed)?|follow(?:ed)? up|flag(?:ged)?|catch|caught|spot(?:ted)?|test(?:ed)?|explain(?:ed)?|mention(?:ed)?|communicate[d]?|announce[d]?|publish(?:ed)?|post(?:ed)?|update[d]?|record(?:ed)?|book(?:ed)?|cancel(?:l?ed)?|schedule[d]?|arrange[d]?|pass(?:ed)? on|escalate[d]?|log(?:ged)?|turn(?:ed)? up|show(?:ed)? up)\b`,
  'iu',
)

// A passive or stative failure: "was delayed", "were charged twice", "is broken", "has been delayed".
const PASSIVE_FAILURE = new RegExp(
  String.raw`\b(?:was|were|got|has been|have been|had been|is|are|${S}s|${S}re)\s+(?:(?:\w+ly|still|also|then)\s+)?` +
    String.raw`(?:delayed|overcharged|double[- ]charged|charged (?:twice|again|double|incorrectly|by mistake)|missed|broken|damaged|lost|late|wrong|incorrect|declined|rejected|misrouted|misdirected|stuck|down|faulty|defective|missing|held(?: up)?|blocked|flagged|suspended|locked|frozen|disabled|deleted|removed|duplicated|misapplied|cut off|left out|omitted|mis-?sent|mislabell?ed|not (?:sent|delivered|applied|processed|shipped|included|documented|updated)|sent to the wrong|returned to sender)\b`,
  'iu',
)

// An owned or named cause: "our mistake", "on our side", "due to a bug", "that's on us".
const OWNED_CAUSE = new RegExp(
  String.raw`\b(?:(?:our|my)\s+(?:own\s+)?(?:mistake|error|fault|oversight|bug|outage|mix-?up|slip)|on (?:our|their) (?:end|side)|(?:that|this|it)${S}?s on (?:us|me)|is on (?:us|me)|(?:due to|caused by|because of|owing to|thanks to)\s+(?:(?:a|an|the|our|their|some|this|that)\s+)?(?:[\p{L}-]+\s+){0,2}(?:bug|error|outage|glitch|mistake|fault|problem|problems|issue|failure|failures|strike|incident|delay|delays|backlog|shortage|miscommunication|mix-?up))\b`,
  'iu',
)

// An apology whose object is specific: "sorry the app crashed", "I apologize for the double
// charge", "apologise for [brief description of the issue]" (a slot stands for the cause).
const GENERIC_OBJECT = String.raw`(?:any|whatever|the|this|that|all the|all this)\s+(?:inconvenience|trouble|confusion|hassle|frustration|difficult(?:y|ies)|misunderstanding|disruption|annoyance|bother|disappointment|worry|problems?|issues?)\b(?!\s+(?:with|in|on|of|caused by|created by)\b)`
const SPECIFIC_APOLOGY = new RegExp(
  String.raw`\b(?:sorry|apologi[sz]e[sd]?|apologies|apology|regret)\s+(?:(?:that|for|about)\s+|(?!(?:that|for|about)\b))(?!(?:to hear|to learn|to see|if|you\b|${GENERIC_OBJECT}|your (?:dissatisfaction|disappointment|frustration|feelings|misfortune)))` +
    String.raw`(?:\uFFFC|(?:the|this|that|our|my|your|it|we|i|they)\s+\S+)`,
  'iu',
)

// A wrong thing done or shown: "the pricing page listed the old price", "I misread your question".
const WRONG_THING = new RegExp(
  String.raw`\b(?:[\p{Ll}]+(?:ed|t)\s+(?:you\s+)?(?:the|an?|your)\s+(?:wrong|old|incorrect|outdated|out-of-date|duplicate|stale|expired)\b|(?:i|we|they|it)\s+(?:mis[\p{Ll}]+ed|misread|misunderstood|misspelled|overlooked)\b)`,
  'iu',
)

// A trouble on the team's side, stated: "our system is experiencing technical difficulties", "there was an
// issue with your card". The customer's own trouble ("you are having this problem") names no cause.
const TROUBLE = new RegExp(
  String.raw`\b(?:(?:we|it|they|our\s+[\p{L}-]+|the\s+[\p{L}-]+)\s+(?:(?:is|are|was|were|has been|have been|had been)\s+)?(?:currently\s+)?(?:experiencing|having|had|experienced|hit|ran into|run into)|there\s+(?:is|was|were|has been|have been|had been|appears to have been|seems to have been))\s+(?:an?\s+|some\s+)?(?:[\p{L}-]+\s+)?(?:issue|issues|problem|problems|difficulties|outage|outages|delays?|downtime|bug|bugs|errors?|glitch|disruption|backlog|incident|mix-?up|fault)\b`,
  'iu',
)

const SIGNALS = [TROUBLE, PAST_FAILURE, NEGATED_PAST, TEAM_OMISSION, PASSIVE_FAILURE, OWNED_CAUSE, SPECIFIC_APOLOGY, WRONG_THING]

/** Whether any prose sentence of the reply states a concrete failure. */
export function namesCause(reply: Reply): boolean {
  return reply.sentences.some((s) => SIGNALS.some((re) => re.test(s.text)))
}
