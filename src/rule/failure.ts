/**
 * Does a sentence state a concrete failure? "The courier missed its collection", "our system crashed",
 * "the parcel hasn't arrived", "we didn't warn customers", "you were charged twice", "there was an outage".
 * Structural on purpose (a subject with a failure verb, a negated past, the team's omission, a passive or
 * stative failure, a wrong thing done, a trouble on the team's side), not a list of sentences. Rules use it
 * to tell an apology or an admission that names what went wrong from one that names nothing
 * (non-apology), and a remedy with a reason from a give-away (capitulating-language).
 */

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

// Something done without a part it needed: "the tarball was published without the dist folder", "we
// shipped the order without the charger", "the update went out without the migration".
const DONE_WITHOUT = new RegExp(
  String.raw`\b(?:was|were|got|been|went out|went live|we|they|it|i)\s+(?:\p{L}+ly\s+)?(?:published|released|shipped|sent|deployed|built|packed|delivered|dispatched|installed|launched|uploaded|printed|issued|posted|went out|went live|made|set up|configured)\s+(?:[\p{L}\p{N}'’-]+\s+){0,3}?without\b`,
  'iu',
)

const SIGNALS = [TROUBLE, PAST_FAILURE, NEGATED_PAST, TEAM_OMISSION, PASSIVE_FAILURE, WRONG_THING, DONE_WITHOUT]

/** Whether the text (one sentence's prose view) states a concrete failure. */
export function statesFailure(text: string): boolean {
  return SIGNALS.some((re) => re.test(text))
}
