/**
 * Whether the reply gives the customer somewhere to go: a route (a link, a place to ask, a next step), something
 * the agent offers instead, or the help itself beside a pointer to the docs. Softer deflections are fine with one
 * (RULES.md, `dismissive-tone`).
 */
import { type Strategy, hasNumberedSteps, inCondition, linksIn, nextSentence, normal, replyGivesRoute } from '../../src/rule/language.js'
import { compilePhrases } from '../../src/rule/phrases.js'
import { list } from './classes.js'

const alternative = compilePhrases(list('alternative-phrases').map((phrase) => ({ phrase })))

/**
 * A softer deflection ("our hands are tied", "there is nothing further I am able to do") is fine when the
 * reply gives a route (a link, a place to ask, a next step) or the agent offers something instead ("…, but
 * I've added a $10 credit", "what I can do is…"), in this sentence after the phrase or the two after it.
 */
export const unlessAlternative: Strategy = (c) => {
  if (inCondition(c) || replyGivesRoute(c.reply)) return false
  // The alternative follows closely; bounded pieces keep a long run-on reply linear.
  const here = c.sentence.text.slice(c.hit.end, c.hit.end + 300)
  return ![here, nextSentence(c)?.text.slice(0, 300) ?? '', nextSentence(c, 2)?.text.slice(0, 300) ?? ''].some((t) => alternative(t).length > 0)
}

// The docs pointer comes with the help itself: a link, steps, "here's the short version", what the page says
// ("…, which says that…"), or the agent acting on it ("…, so I've refunded the $40").
const ANSWER_FOLLOWS =
  /\b(?:here's|here is|here are|the short version|in short|briefly|in brief|in a nutshell|to summari[sz]e|below|attached|enclosed|which (?:says|states|means|explains that)|(?:so|and) (?:i|we)(?:'ve| have|'ll| will| can)\b)|:\s*\S/

export const unlessHelp: Strategy = (c) => {
  if (linksIn(c.reply, c.sentence.paragraph.span).length) return false
  const next = nextSentence(c)
  if (next && linksIn(c.reply, next.span).length) return false
  if (hasNumberedSteps(c.reply)) return false
  return ![c.sentence, next].some((s) => s && ANSWER_FOLLOWS.test(normal(s.text.slice(s === c.sentence ? c.hit.end : 0))))
}
