/**
 * Strategies about what the customer asked for: a cited message of theirs that
 * names it, and an opening confirmation of the outcome they wanted.
 */
import { clauseAfter, clauseStart, isConditional } from './clause.js'
import type { Strategy } from './strategies.js'
import { contentWords, list, wordsOf } from './words.js'

// What dates or numbers a cited message: "dated 26 April 2018", "of 21 October", "on (date)", "#1234".
const MONTH_NAME = String.raw`(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.?(?![\p{L}])`
const DATE_TOKEN = String.raw`(?:[\p{N}\uFFFC#][^\s,]*|\([^)]*\)|${MONTH_NAME})`
const DATED = new RegExp(String.raw`^\s*(?:(?:dated|of|on|from|sent|received|submitted|no\.?|number)\s*)?${DATE_TOKEN}(?:\s*${DATE_TOKEN})*`, 'iu')

const REQUEST_NOUNS = /^(?:request|requests|application|appeal|claim|enquiry|inquiry)$/i
// Words after a cited message that introduce what it was about. "to" only after a request ("your request
// to cancel…"): after a message it names a recipient ("your questions to the forum").
const TOPIC = String.raw`about|regarding|concerning|re:?|for|asking|on the subject of|in which|where|that|saying|explaining|describing|reporting`
const MESSAGE_TOPIC = new RegExp(String.raw`^\s*,?\s*(?:${TOPIC})\b(.*)$`, 'is')
const REQUEST_TOPIC = new RegExp(String.raw`^\s*,?\s*(?:${TOPIC}|to)\b(.*)$`, 'is')

/**
 * A message of theirs cited so that it says what they needed: "your refund
 * request", "your email regarding your request for a waiver", "your letter
 * about the broken glass". A bare receipt ("We received your request", "your
 * email dated 26 April") does not.
 */
export const citation: Strategy = ({ text, start, end, entry }) => {
  const before = text.slice(clauseStart(text, start), start)
  const owner = before.match(/\byour\s+((?:[\p{L}'-]+\s+|\uFFFC\s*){0,2})$/iu)
  if (!owner) return false
  const vague = list(entry.vague)
  if (contentWords(owner[1], vague).length > 0) return true
  const rest = text.slice(end).replace(DATED, '')
  const topic = rest.match(REQUEST_NOUNS.test(text.slice(start, end)) ? REQUEST_TOPIC : MESSAGE_TOPIC)
  return topic !== null && contentWords(clauseAfter(topic[1], 0), vague).length > 0
}

/** "Regarding your refund", "as for your question about exports": their topic, not just their message. */
export const citationTopic: Strategy = ({ text, end, entry }) => {
  // "Regarding your ticket, our engineers…": the topic ends at the comma
  const next = clauseAfter(text, end).split(',')[0].split(/\s+/).filter(Boolean).slice(0, 3).join(' ')
  return contentWords(next, list(entry.vague)).length > 0
}

// The thing the customer reported or asked for: "the bug you reported", "the export you requested".
const REPORTED = /\byou(?:'ve| have)?\s+(?:reported|raised|mentioned|flagged|requested|asked for|asked about|described|found|spotted)\b/i

/**
 * The reply leads with the outcome the customer asked for: "Your refund for
 * the cancelled flight has been approved", "We have processed your refund",
 * "the VAT number on your invoices is now correct". Only as the opening's
 * first sentence: an outcome buried after other talk is an action, not an
 * acknowledgement. `requires` says what the clause must name: `names` (the
 * verb is the request: refunded, reimbursed), `request` (a noun from the
 * entry's `nouns`, such as refund or replacement), `your` (the customer's own
 * thing, or what they reported), `reported` (only what they reported or asked
 * for: "the feature you requested is now live", not "your invoice is now
 * available", which is a notice).
 */
export const leadConfirmation: Strategy = ({ text, start, end, entry, lead }) => {
  if (!lead || isConditional(text, start)) return false
  const clause = text.slice(clauseStart(text, start), start) + text.slice(start, end) + clauseAfter(text, end)
  switch (entry.requires) {
    case 'names':
      return true
    case 'request': {
      const nouns = new Set(list(entry.nouns))
      return wordsOf(clause).some((w) => nouns.has(w))
    }
    case 'your':
      // their own thing, or the thing they reported: "your invoices are now correct", "the bug you reported has been fixed"
      return /\byour\b/i.test(clause) || REPORTED.test(clause)
    case 'reported':
      return REPORTED.test(clause)
    default:
      return false
  }
}

// A done outcome: "has been cancelled", "we've refunded", "is now active".
const DONE = /\b(?:has|have)\s+been\s+[\p{L}]+ed\b|\b(?:I|we)(?:'ve|\s+have)\s+(?:\w+\s+)?[\p{L}]+ed\b|\b(?:is|are)\s+now\b/iu

/** "Following your enquiry, the mandate has been cancelled": the request and what was done about it. */
export const requestOutcome: Strategy = ({ text, end, lead }) => lead && DONE.test(text.slice(end))
