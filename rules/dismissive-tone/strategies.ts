/**
 * The judgements phrases.yaml may name. Each answers one question about a hit:
 * is it meant the way the phrase list fears? (STYLE.md §5; RULES.md,
 * `dismissive-tone`: stock brush-offs always count, softer deflections count
 * only when the reply leaves the customer without a route.)
 */
import {
  type HitContext,
  type Strategy,
  clauseBefore,
  inCondition,
  negatedBefore,
  nextSentence,
  normal,
  previousSentence,
  replyGivesRoute,
  objectAfter,
  wordsAfter,
  wordsBefore,
} from '../../src/rule/language.js'
import { precededBy } from './after.js'
import { escape, list } from './classes.js'
import { minimisesAmount, rewordings } from './rewordings.js'
import { unlessAlternative, unlessHelp } from './routes.js'

const MANNER_NOUNS = new Set(list('manner-nouns'))
const SENT_NOUNS = new Set(list('message-nouns'))
const MANNER_STATES = new Set(list('manner-states'))
// Any word of either class, for a quick look before reading a clause word by word.
const wordsOf = (words: Iterable<string>) => new RegExp(String.raw`\b(?:${[...words].map(escape).join('|')})\b`, 'i')
const STATE_WORD = wordsOf(MANNER_STATES)
const MANNER_WORD = wordsOf([...MANNER_NOUNS, ...SENT_NOUNS])
// A directive lead ends the text before the verb ("…please ", "I must ask you to "), or nothing does (an imperative).
// `\p{L}+ly` covers "simply": listing it too made "simply simply … x" exponential (issue 8).
const DIRECTIVE = new RegExp(String.raw`(?:^|\b(?:${list('directive-leads').map(escape).join('|')})\s+)(?:\p{L}+ly\s+|all\s+|just\s+|always\s+|at least\s+|in future\s+|going forward\s+)*$`, 'iu')

// Words after which "just"/"simply" is not an instruction to the customer:
// the agent acting ("I just refunded"), a state ("it's just"), or an offer of
// an easy path ("you can simply return it"; RULES.md keeps that quiet).
const NOT_INSTRUCTION = /^(?:i|we|i've|we've|i'm|we're|i'll|we'll|i'd|we'd|has|have|had|was|were|is|are|be|been|it|it's|that|that's|this|there|they|he|she|can|could|may|might|will|would|should|free|always|also|not)$/

// Signs that the sentence belittles the effort or tells the customer to put up with it.
const MINIMIZING = new RegExp(
  [
    String.raw`\bwait patiently\b`,
    String.raw`\bbe patient\b`,
    String.raw`\bsit tight\b`,
    String.raw`\b(?:that's|that is|it's|it is) (?:all|it)\b`,
    String.raw`\b(?:it's|it is|that's|that is) (?:(?:that|really|very|so|quite|super|pretty|dead) ){0,2}(?:easy|simple|quick|straightforward|trivial)\b`,
    String.raw`\b(?:easy|simple) as that\b`,
    String.raw`\bnothing (?:more )?to it\b`,
    String.raw`\ball there is to it\b`,
    // Single words, each once per step: "takes just a few minutes", "takes five minutes", "takes under a minute".
    String.raw`\b(?:only )?takes (?:(?:a|one|two|three|four|five|ten|fifteen|twenty|thirty|\d+|few|couple|of|under|less|than|about|around|just|only)\s+){1,4}(?:second|seconds|minute|minutes|moment|click|clicks)\b`,
    String.raw`\bhonestly\b`,
    String.raw`\b(?:isn't|is not|not) (?:that |very |so )?(?:hard|difficult|complicated)\b`,
    String.raw`\ball you (?:have|need) to do\b`,
    String.raw`\blike (?:everyone|everybody|anyone|all our other customers|other customers|other people) else\b`,
  ].join('|'),
)

// The customer gets something back for the step: "just reply and I'll rebook".
const FOLLOW_THROUGH = /\b(?:and|then|so)\s+(?:i|we|i'll|we'll|i will|we will|our team|someone|it will|it'll)\b/
// Getting in touch is an invitation, never a brush-off ("simply hit reply").
const CONTACT = /^(?:reply|respond|write|email|e-mail|forward|send|contact|call|ring|message|tweet|comment|add|let|get|reach|hit|drop|ask|tell|pop|give|click|tap)$/

const whenMinimizing: Strategy = (c) => {
  const { text } = c.sentence
  const before = wordsBefore(text, c.hit.start, 1)[0] ?? ''
  if (NOT_INSTRUCTION.test(before)) return false
  // "just" must stand before a verb the customer is told to do: clause-initial,
  // or after "please", "and", "you (need to)", "all you have to do is".
  const lead = normal(clauseBefore(text, c.hit.start)).trim()
  if (lead && !/(?:^|\b)(?:please|and|then|now|so|you|to|is|if not)$/.test(lead)) return false
  const next = wordsAfter(text, c.hit.end, 1)[0] ?? ''
  if (CONTACT.test(next)) return false
  const rest = normal(text.slice(c.hit.end))
  if (FOLLOW_THROUGH.test(rest)) return false
  // The belittling may come in the next sentence: "Simply restart the app. It's that easy."
  const following = nextSentence(c)
  return MINIMIZING.test(normal(text)) || (following !== undefined && following.paragraph === c.sentence.paragraph && MINIMIZING.test(normal(following.text)))
}

// A refusal made to sound self-evident: "Of course a five-year-old motor is beyond any warranty".
const REFUSAL =
  /\b(?:can't|cannot|can not|unable to|won't be able|will not be able|not able to|not (?:covered|eligible|possible|refundable|responsible|liable|entitled)|non-refundable|beyond (?:any|the|our)|outside (?:the|our|of)|expired|no longer|void)\b/
// "Of course!", "of course we can", "of course, happy to": agreement, not condescension.
const AGREEING = /^\s*(?:[!,.]?\s*(?:we|i)(?:'ll| will| can| would|'d| have|'ve)\b(?!'t| not)|!|[,.]?\s*(?:happy|glad|no problem|absolutely))/

// "Clearly this is the rename from 2.0", "Evidently you've hit the limit": opening the answer with it says they
// should have seen it. "Clearly we got this wrong" and "Clearly something went wrong on our side" own up.
const OPENING_ASIDE = /^(?:clearly|evidently|plainly)$/
const SEEN_BY_THEM = /^[\s,]*(?:this|that|it|you|your|there)\b/
const OWN_UP = /\b(?:we|i|our|my|us|wrong|mistake|fault|error|sorry|apologi[sz]e|unacceptable|let you down|fell short|not good enough)\b|\bshould(?:n't| not)? have\b/

const whenRefusing: Strategy = (c) => {
  const { text } = c.sentence
  if (OPENING_ASIDE.test(normal(c.hit.text)) && !text.slice(0, c.hit.start).trim()) {
    const rest = normal(text.slice(c.hit.end))
    if (SEEN_BY_THEM.test(rest) && !OWN_UP.test(rest)) return true
  }
  if (AGREEING.test(normal(text.slice(c.hit.end)))) return false
  // "not clearly", "I can clearly see the charge": no presumption about the customer.
  if (negatedBefore(c, 1) || /^(?:can|could|see|saw|more)$/.test(wordsBefore(text, c.hit.start, 1)[0] ?? '')) return false
  return REFUSAL.test(normal(text))
}

// Words that make an insult land on the customer's message rather than a situation.
const MESSAGE_NOUNS =
  'email|e-mail|emails|message|messages|comment|comments|complaint|complaints|letter|letters|review|post|posts|demand|demands|request|requests|expectation|expectations|behaviour|behavior|attitude|tone|negativity|rant|rants|claim|claims|accusation|accusations|ranting|tirade|outburst|reply|response|tweet|tweets'
const MESSAGE_NOUN = new RegExp(`^(?:${MESSAGE_NOUNS})$`)
// Said of the person ("you were being ridiculous"), of what they sent ("your request is absurd"), or a
// judgement of anything of theirs ("your wedding sounded tacky"). "Your bill was ridiculous" is the
// customer's complaint echoed, not an insult, so plain "is/was" needs a message noun. Each intensifier
// is listed once: a repeated one made "you're frankly frankly … x" exponential (issue 8).
const CUSTOMER_PREDICATE = new RegExp(
  String.raw`\b(?:you(?:'re| are| were| sound| sounded| seem| seemed| look| looked| come across as| came across as| being)|your \S+(?: \S+)? (?:sounds|sounded|seems|seemed|looks|looked)|your (?:\S+ )?(?:${MESSAGE_NOUNS}) (?:is|was|are|were))` +
    String.raw`(?: (?:so|very|quite|really|a bit|rather|just|pretty|frankly|being|somewhat|a little|totally|completely|utterly))*\s*$`,
)
// "cheap, nasty and tacky": a run of coordinated adjectives shares the first one's subject.
// Whitespace belongs to the separators only: with `\s*` before each word too, "r  or   or  or …"
// could be split 2^n ways, and a sentence of 16 of them hung the linter (issue 8).
const COORDINATED = /(?:\b\p{L}+(?:,\s*|\s+(?:and|or)\s+))+$/u
const ADDRESSED = /^(?:you|your|yours|yourself)$/

const aboutCustomer: Strategy = (c) => {
  const { text } = c.sentence
  if (negatedBefore(c, 2)) return false
  const after = wordsAfter(text, c.hit.end, 2)
  // An insulting label for what they sent: "crazy, ranting email", "unreasonable demands".
  if (after.some((w) => MESSAGE_NOUN.test(w))) return true
  // Said of them: "you were being ridiculous", "your wedding sounded cheap, nasty and tacky".
  const before = text.slice(0, c.hit.start).replace(COORDINATED, ' ')
  if (CUSTOMER_PREDICATE.test(normal(clauseBefore(before, before.length)).trimEnd() + ' ')) return true
  // A noun for them: "considered you time wasters", "your rants".
  if (/^(?:time|troll|trolls|idiot|idiots|rant|rants|tantrum|tirade|diatribe)/.test(normal(c.hit.text))) {
    return wordsBefore(text, c.hit.start, 2).some((w) => ADDRESSED.test(w))
  }
  return false
}

// "Not caused by us / our plugin / Angular": disowning the problem, fine only with a route.
// "Not caused by the courier" or "by anything you did" names someone else's part and is an explanation.
const OURS = /^\s*(?:us\b|our\b|we\b|this (?:library|package|plugin|app|application|software|product|project|module|framework|extension|tool|service|site|website|platform|system|code)\b|the (?:library|package|plugin|app|application|software|product|project|module|framework|extension|tool|service|platform|code)\b|[A-Z][\w.-]*\b(?! (?:team|courier|carrier|bank|post)))/

const deflectsCause: Strategy = (c) =>
  OURS.test(c.sentence.text.slice(c.hit.end)) && !inCondition(c) && !replyGivesRoute(c.reply)

// A reason or an alternative, so the policy is not the whole answer.
const EXPLAINED =
  /\b(?:because|since|so that|in order to|the reason|due to|which (?:means|covers|is why|pays)|that's why|this is why|to (?:cover|protect|keep|ensure|prevent)|instead|alternatively|what (?:i|we) can do|however|but (?:i|we)|i've|i have|we've|(?:i|we)(?:'ll| will| can)(?!['’]t|\s+not\b)|i'd be happy|we'd be happy)\b/

// Quiet when the sentence before it, the sentence itself or anything after it gives a reason or an
// alternative: then the policy is part of an answer, not the whole of it.
const unlessExplained: Strategy = (c) => {
  const before = previousSentence(c)
  if (before && before.paragraph === c.sentence.paragraph && EXPLAINED.test(normal(before.text))) return false
  return !c.reply.sentences.some((s) => s.index >= c.sentence.index && EXPLAINED.test(normal(s.text)))
}


// "…has reported lag", "…is having this problem": others' silence held against this customer's report.
// The past tense needs no auxiliary: "no other passengers complained about the flight".
const OTHERS_REPORT =
  /^[^,;:.!?]{0,60}?\b(?:(?:has|have|had|is|are|was|were)\s+(?:ever\s+|yet\s+|actually\s+|even\s+)?(?:complained|reported|mentioned|raised|flagged|noticed|seen|experienced|encountered|run into|contacted us|had (?:this|that|the same|any|a|an|such)|having (?:this|that|the same|any|a|an|such)|seeing|experiencing)|(?:ever\s+)?(?:complained|reported|flagged|experienced|encountered))\b/

// "No one else on our team has seen this bug": the agent's colleagues, not other customers.
const OUR_SIDE = /^[^,;:.!?]{0,40}?\b(?:team|staff|colleagues?|engineers?|agents?|developers?|department|office|here)\b/

const whenOthersReport: Strategy = (c) => {
  const rest = normal(c.sentence.text.slice(c.hit.end))
  const report = OTHERS_REPORT.exec(rest)
  return report !== null && !OUR_SIDE.test(rest.slice(0, report[0].length))
}

// Words a request may open with before its directive lead: "Going forward, please…", "So let's…", "And I'd ask that…".
const LEAD_IN = /^(?:(?:and|so|now|then|also|again|going forward|in future|from now on|for now|moving forward)\s+)*/i
// Adverbs that may stand inside a lead: "I would also ask you to", "we must respectfully ask you to".
const LEAD_ADVERBS = /\b(?:also|again|once again|therefore|further|respectfully|politely|really|genuinely|strongly|firmly|gently)\s+/g

/** Whether the clause before `at` asks the customer to do something: an imperative, "please", "let's", "I must ask you to". */
function directive(text: string, at: number): boolean {
  const before = normal(clauseBefore(text, at)).trim().replace(LEAD_IN, '').replace(LEAD_ADVERBS, '')
  // "We ask that all correspondence remain respectful": any subject after "ask that".
  return DIRECTIVE.test(before ? `${before} ` : '') || /\b(?:ask|request|require|expect|insist)\s+that\s+(?:[\p{L}'’-]+\s+){1,4}$/iu.test(`${before} `)
}

/**
 * Telling the customer to mind their manner, in any register: "calm down" as "moderate your tone", "lower
 * the temperature of your correspondence", "let's keep this civil", "kindly refrain from such language".
 * The entry's verb (phrases.yaml) takes either their manner as object (classes.yaml `manner-nouns`:
 * "your tone", "the temperature of your correspondence") or a state as complement (`manner-states`:
 * "civil", "respectful"), and the clause must ask it of them (a directive: an imperative, "please",
 * "let's", "I must ask you to", "we ask that"). "Lower the temperature to 60 degrees" and "we always
 * remain calm" ask nothing of the kind.
 */
const tonePolicing: Strategy = (c) => {
  const { text } = c.sentence
  // Where the verb starts: the hit, or the `after` words read before it ("keep some" before "perspective").
  const verb = c.reach?.start ?? c.hit.start
  // "I'd request a more civil tone" asks outright; every other verb must be put to the customer. Asked
  // last: most hits ("be", "keep", "use a") have no manner after them, and that is cheaper to see.
  const asked = () => (c.hit.entry.asks === true || directive(text, verb)) && !negatedBefore({ ...c, hit: { ...c.hit, start: verb } }, 1)
  const takes = String(c.hit.entry.takes ?? 'object')
  if (takes === 'none') return asked()
  // Most hits ("be", "keep", "use a") have no manner word at all after them: one scan says so (issue 7).
  const after = text.slice(c.hit.end, c.hit.end + 200)
  if (!(takes === 'state' ? STATE_WORD : MANNER_WORD).test(after)) return false
  if (takes === 'state') {
    // "keep this civil", "remain calm", "be more respectful": the state within a few words of the verb.
    const state = objectAfter(text, c.hit.end, (w) => MANNER_STATES.has(w), 6)
    if (!state) return false
    // "Please be polite to the courier": manners toward someone else, advice rather than a rebuke to us.
    // "Please stay calm if the alarm goes off": advice for a situation, not a rebuke.
    if (/^\s*,?\s*(?:if|in case|should|during|in an emergency|in the event)\b/i.test(text.slice(state.end))) return false
    const toward = /^\s+(?:to|with|towards?)\s+((?:[\p{L}'’-]+\s+){0,3}?[\p{L}'’-]+)/u.exec(text.slice(state.end))
    if (toward && !/\b(?:us|me|our|my|staff|team|agents?|colleagues?|support|everyone|others|people)\b/i.test(toward[1])) return false
    if (!asked()) return false
    c.reach = { start: verb, end: state.end }
    return true
  }
  // An object that is the customer's manner: "your tone", "such language", "the temperature of your emails";
  // what they sent only with a verb of moderation ("moderate your messages").
  const moderates = c.hit.entry.moderates === true
  const object = objectAfter(text, c.hit.end, (w) => MANNER_NOUNS.has(w) || (moderates && SENT_NOUNS.has(w)), 5)
  if (!object) return false
  const phrase = normal(text.slice(c.hit.start, object.end))
  const tail = /^\s+(?:of|in)\s+(?:all\s+)?your\s+[\p{L}-]+/u.exec(text.slice(object.end))
  // A verb of moderation makes any manner theirs ("tone down the language"); "watch", "use" need it said
  // ("watch your language", "use a more respectful tone").
  const theirs = tail !== null || moderates || THEIRS.test(phrase) || (phrase.match(/[\p{L}-]+/gu) ?? []).some((w) => MANNER_STATES.has(w))
  // "Lower the temperature to 60°", "use the language selector": a thing, not the customer's manner.
  if (!theirs || (/^(?:temperature|volume|voice)$/.test(object.head) && !/\byour\b/.test(phrase) && !tail)) return false
  if (/^\s+(?:settings?|preferences?|options?|packs?|selection|selector|switcher|picker|dropdown|menu|codes?|files?|levels?|controls?|button)\b/i.test(text.slice(object.end))) return false
  if (!asked()) return false
  c.reach = { start: verb, end: tail ? object.end + tail[0].length : object.end }
  return true
}

// Whose manner the object is: theirs ("your tone") or one singled out ("such language", "that kind of tone").
const THEIRS = /\b(?:your|such|this|that|these|those|that kind of|this kind of|abusive|offensive|foul|bad|strong|insulting|aggressive|threatening|hostile|rude|inappropriate|the same)\b/

// "There is nothing further I am able to do", "nothing more can be done", "I'm not in a position to do
// anything more": the agent unable to act at all. ("else that" is "else" then "that": listing it too made
// "else that else that … x" exponential, issue 8.)
// Besides "we" and "I", the agent's side or whoever the customer dealt with: "…nothing further the bank can do".
const ORGANISATION = String.raw`(?:the|our)\s+(?:${list('organisation-nouns').map(escape).join('|')})`
const NIL_ABILITY = new RegExp(
  String.raw`^\s*(?:(?:more|further|else|at all|whatsoever|really|that|which|action|actions|steps|options|help|assistance|support|measures|recourse)\s+)*(?:(?:we|i|our team|the team|anyone here|anybody here|anyone on our side|support|my team|our side|${ORGANISATION})(?:\s+|(?=['’]))(?:(?:really|realistically|actually|possibly|currently|now|still)\s+)*` +
    String.raw`(?:can|could|['’]ll be able to|will be able to|are able to|am able to|is able to|['’]re able to|['’]m able to|are in a position to|am in a position to|is in a position to|['’]re in a position to|['’]m in a position to|have the power to|has the power to|have the ability to)\s+(?:(?:really|possibly|currently|realistically)\s+)?(?:do|offer|change|add|help(?: with)?|provide|arrange|say|suggest|fix|undo|reverse|take)|(?:that\s+)?(?:can|could)\s+(?:(?:really|possibly)\s+)?be\s+(?:done|offered|changed|arranged|reversed|undone))\b`,
  'iu',
)
// "…not in a position to do anything more", "…aren't able to offer anything further".
const CANNOT_BEFORE = new RegExp(
  String.raw`\b(?:we|i|${ORGANISATION})(?:['’](?:m|re)|\s+am|\s+are|\s+is)?\s+(?:(?:really|realistically|just|simply|currently|now)\s+)*(?:not|never|unable|can['’]?t|cannot|won['’]t|couldn['’]t)\s+(?:[\p{L}'’]+\s+){0,5}?(?:do|offer|change|add|provide|arrange|suggest|fix|undo|reverse)\s+$`,
  'iu',
)

const nilAbility: Strategy = (c) => {
  const { text } = c.sentence
  if (/^(?:anything|much)$/i.test(c.hit.text)) {
    const before = clauseBefore(text, c.hit.start)
    // "There isn't anything more that can be done": a negated "there is" before, the inability after.
    const none = /\bthere(?:['’]s| is| was)?\s*(?:n['’]t|not|isn['’]t|wasn['’]t|really isn['’]t)\s+(?:really\s+)?$/i.test(before)
    const able = none ? NIL_ABILITY.exec(text.slice(c.hit.end, c.hit.end + 120)) : null
    if (able) {
      c.reach = { start: c.hit.start, end: c.hit.end + able[0].length }
      return !inCondition(c) && unlessAlternative(c)
    }
    const cannot = CANNOT_BEFORE.exec(before)
    if (!cannot) return false
    // Report from the subject: "I'm not in a position to do anything".
    c.reach = { start: c.hit.start - clauseBefore(text, c.hit.start).length + cannot.index, end: c.hit.end }
  } else {
    const able = NIL_ABILITY.exec(text.slice(c.hit.end, c.hit.end + 120))
    if (!able) return false
    // "Nothing more can be done until the bank replies": a wait, not a door shut.
    const rest = text.slice(c.hit.end + able[0].length, c.hit.end + able[0].length + 200)
    if (/^[^.;!?]*?\b(?:until|till|unless|before|for now|at the moment|at this stage|yet)\b/i.test(rest)) return false
    c.reach = { start: c.hit.start, end: c.hit.end + able[0].length }
  }
  return !inCondition(c) && unlessAlternative(c)
}

const judgements: Record<string, Strategy> = {
  ...rewordings,
  always: () => true,
  // A deflection inside a condition ("if there is an issue with your code") deflects nothing.
  'unless-route': (c: HitContext) => !inCondition(c) && !replyGivesRoute(c.reply),
  'unless-help': unlessHelp,
  'unless-explained': unlessExplained,
  'when-minimizing': whenMinimizing,
  // "Just" tells them to do something trivial ("just restart it, it's that simple") or shrinks what happened
  // ("it was just a blip").
  'when-minimizing-or-small': (c: HitContext) => whenMinimizing(c) || minimisesAmount(c),
  'when-refusing': whenRefusing,
  'about-customer': aboutCustomer,
  'deflects-cause': deflectsCause,
  'when-others-report': whenOthersReport,
  'tone-policing': tonePolicing,
  'nil-ability': nilAbility,
  'unless-alternative': unlessAlternative,
}

export const strategies: Record<string, Strategy> = Object.fromEntries(
  Object.entries(judgements).map(([name, judge]) => [name, (c: HitContext) => precededBy(c) && judge(c)]),
)
