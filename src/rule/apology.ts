/**
 * One apology classifier for every rule. RULES.md: an apology that is hedged,
 * conditional, for the customer's feelings, or that turns into a refusal is a
 * `non-apology`, and a non-apology is not acknowledgement either. The
 * `non-apology` rule owns that judgement; a rule that must agree with it (the
 * opening's acknowledgement check) asks it here instead of keeping a second copy
 * of the regexes, which would drift the first time either rule is tuned.
 *
 * The classifier is passed in (rules depend on src/, not the other way round),
 * and runs over the whole reply as the engine would run it, with its default
 * options: its verdicts do not depend on whether a team turned the rule off.
 */
import type { Reply } from '../reply/model.js'
import type { Span } from '../types.js'
import type { RuleContext, RuleModule } from './define-rule.js'
import { type PhraseMatcher, compilePhrases, validatePhrases } from './phrases.js'

// Compiled once per process per classifier, as the engine does for a rule it runs.
const matchers = new WeakMap<RuleModule, PhraseMatcher>()

function matcherOf(rule: RuleModule): PhraseMatcher {
  let matcher = matchers.get(rule)
  if (!matcher) {
    const data = rule.meta.phrases
    const entries = data ? validatePhrases(data.entries, data.strategies, `${rule.meta.id}/phrases`) : []
    matcher = compilePhrases(entries)
    matchers.set(rule, matcher)
  }
  return matcher
}

/** Default options of a rule, from its schema. */
function defaults(rule: RuleModule): Record<string, unknown> {
  return Object.fromEntries(Object.entries(rule.meta.options ?? {}).map(([key, spec]) => [key, spec.default]))
}

/**
 * File spans of the non-apologies that `classifier` finds in `reply` ("We're
 * sorry if…", "sorry you feel…", "I'm sorry, but we can't…"). An apology that
 * overlaps one of them is not a real apology.
 */
export function nonApologySpans(classifier: RuleModule, reply: Reply): Span[] {
  const spans: Span[] = []
  const context: RuleContext<string, never> = {
    id: classifier.meta.id,
    options: defaults(classifier) as never,
    reply,
    text: (span) => reply.source.slice(span.start, span.end),
    phrases: () => matcherOf(classifier),
    report: ({ span }) => void spans.push(span),
  }
  const visitors = classifier.create(context)
  visitors.reply?.(reply)
  visitors.opening?.(reply.opening, reply)
  for (const paragraph of reply.paragraphs) {
    visitors.paragraph?.(paragraph)
    for (const sentence of paragraph.sentences) visitors.sentence?.(sentence)
  }
  visitors['reply:exit']?.(reply)
  return spans
}

/**
 * Whether one sentence of text could hold a non-apology of `classifier`: whether its phrases hit
 * there. non-apology reports only inside a sentence its phrases hit (test/rule/apology.test.ts
 * holds it to that), so a sentence without a hit needs no run over the whole reply (issue 7).
 */
export function mayHoldNonApology(classifier: RuleModule, text: string): boolean {
  return matcherOf(classifier)(text).length > 0
}

/** Whether [start, end) overlaps one of `spans`. */
export function overlapsAny(spans: readonly Span[], { start, end }: Span): boolean {
  return spans.some((s) => s.start < end && start < s.end)
}
