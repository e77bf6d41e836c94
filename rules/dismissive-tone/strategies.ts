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
  hasNumberedSteps,
  inCondition,
  linksIn,
  negatedBefore,
  nextSentence,
  normal,
  previousSentence,
  replyGivesRoute,
  wordsAfter,
  wordsBefore,
} from '../../src/rule/language.js'

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
    String.raw`\b(?:only )?takes (?:a|one|two|a few|a couple of) (?:second|seconds|minute|minutes|moment|click|clicks)\b`,
    String.raw`\b(?:isn't|is not|not) (?:that |very |so )?(?:hard|difficult|complicated)\b`,
    String.raw`\ball you (?:have|need) to do\b`,
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
  return MINIMIZING.test(normal(text))
}

// A refusal made to sound self-evident: "Of course a five-year-old motor is beyond any warranty".
const REFUSAL =
  /\b(?:can't|cannot|can not|unable to|won't be able|will not be able|not able to|not (?:covered|eligible|possible|refundable|responsible|liable|entitled)|non-refundable|beyond (?:any|the|our)|outside (?:the|our|of)|expired|no longer|void)\b/
// "Of course!", "of course we can", "of course, happy to": agreement, not condescension.
const AGREEING = /^\s*(?:[!,.]?\s*(?:we|i)(?:'ll| will| can| would|'d| have|'ve)\b(?!'t| not)|!|[,.]?\s*(?:happy|glad|no problem|absolutely))/

const whenRefusing: Strategy = (c) => {
  const { text } = c.sentence
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
// customer's complaint echoed, not an insult, so plain "is/was" needs a message noun.
const CUSTOMER_PREDICATE = new RegExp(
  String.raw`\b(?:you(?:'re| are| were| sound| sounded| seem| seemed| look| looked| come across as| came across as| being)|your \S+(?: \S+)? (?:sounds|sounded|seems|seemed|looks|looked)|your (?:\S+ )?(?:${MESSAGE_NOUNS}) (?:is|was|are|were))` +
    String.raw`(?: (?:so|very|quite|really|a bit|rather|just|pretty|frankly|being|somewhat|a little|totally|completely|utterly|frankly))*\s*$`,
)
// "cheap, nasty and tacky": a run of coordinated adjectives shares the first one's subject.
const COORDINATED = /(?:\s*\b\p{L}+(?:,\s*|\s+(?:and|or)\s+))+$/u
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
  /\b(?:because|since|so that|in order to|the reason|due to|which (?:means|covers|is why|pays)|that's why|this is why|to (?:cover|protect|keep|ensure|prevent)|instead|alternatively|what (?:i|we) can do|however|but (?:i|we)|i've|i have|we've|i'll|we'll|i will|we will|i can|we can|i'd be happy|we'd be happy)\b/

// Quiet when the sentence before it, the sentence itself or anything after it gives a reason or an
// alternative: then the policy is part of an answer, not the whole of it.
const unlessExplained: Strategy = (c) => {
  const before = previousSentence(c)
  if (before && before.paragraph === c.sentence.paragraph && EXPLAINED.test(normal(before.text))) return false
  return !c.reply.sentences.some((s) => s.index >= c.sentence.index && EXPLAINED.test(normal(s.text)))
}

// The docs pointer comes with the help itself: a link, steps, "here's the short version", what the page says
// ("…, which says that…"), or the agent acting on it ("…, so I've refunded the $40").
const ANSWER_FOLLOWS =
  /\b(?:here's|here is|here are|the short version|in short|briefly|in brief|in a nutshell|to summari[sz]e|below|attached|enclosed|which (?:says|states|means|explains that)|(?:so|and) (?:i|we)(?:'ve| have|'ll| will| can)\b)|:\s*\S/

const unlessHelp: Strategy = (c) => {
  if (linksIn(c.reply, c.sentence.paragraph.span).length) return false
  const next = nextSentence(c)
  if (next && linksIn(c.reply, next.span).length) return false
  if (hasNumberedSteps(c.reply)) return false
  return ![c.sentence, next].some((s) => s && ANSWER_FOLLOWS.test(normal(s.text.slice(s === c.sentence ? c.hit.end : 0))))
}

// "…has reported lag", "…is having this problem": others' silence held against this customer's report.
const OTHERS_REPORT =
  /^[^,;:.!?]{0,60}?\b(?:has|have|had|is|are|was|were)\s+(?:ever\s+|yet\s+|actually\s+|even\s+)?(?:complained|reported|mentioned|raised|flagged|noticed|seen|experienced|encountered|run into|contacted us|had (?:this|that|the same|any|a|an|such)|having (?:this|that|the same|any|a|an|such)|seeing|experiencing)\b/

// "No one else on our team has seen this bug": the agent's colleagues, not other customers.
const OUR_SIDE = /^[^,;:.!?]{0,40}?\b(?:team|staff|colleagues?|engineers?|agents?|developers?|department|office|here)\b/

const whenOthersReport: Strategy = (c) => {
  const rest = normal(c.sentence.text.slice(c.hit.end))
  const report = OTHERS_REPORT.exec(rest)
  return report !== null && !OUR_SIDE.test(rest.slice(0, report[0].length))
}

export const strategies: Record<string, Strategy> = {
  always: () => true,
  // A deflection inside a condition ("if there is an issue with your code") deflects nothing.
  'unless-route': (c: HitContext) => !inCondition(c) && !replyGivesRoute(c.reply),
  'unless-help': unlessHelp,
  'unless-explained': unlessExplained,
  'when-minimizing': whenMinimizing,
  'when-refusing': whenRefusing,
  'about-customer': aboutCustomer,
  'deflects-cause': deflectsCause,
  'when-others-report': whenOthersReport,
}
