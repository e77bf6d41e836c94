import rule from '../../rules/capitulating-language/index.js'
import { describe, expect, it } from 'vitest'
import { lintText } from '../../src/engine/lint-text.js'
import { resolveOptions } from '../../src/rule/options.js'
import { RuleTester } from '../../src/rule/tester.js'

new RuleTester().run(rule, {
  valid: [
    // RULES.md: a specific admission of a specific mistake is good service.
    "You're right that we charged you twice; I've refunded the second charge.",
    "You're right. I've refunded the duplicate $40 charge to your Visa.",
    "You're right: the invoice showed your old address. I've sent a corrected copy.",
    'You are correct that the seat covers came with a warranty. To claim it, bring them to any store.',
    "You're correct that the annual plan renewed at the old price; that's a sync fault between our billing system and the plan picker.",
    // Validating a feeling is not conceding the facts.
    "You're right to be frustrated after three weeks of waiting; the parcel was re-sent today.",
    // Owning blame with the cause named.
    'This is entirely our fault: our warehouse shipped the wrong size.',
    'What went wrong is on our side: the booking system kept the instalment plan running.',
    // An exception with its reason.
    "I'll make an exception since the delay was caused by our warehouse.",
    "It's in our returns policy because opened printers need re-certifying, but yours was never opened, so I've waived the fee.",
    // Standing firm with an alternative.
    "I can't apply the early-bird price retroactively, but I've added the workshop recording to your ticket.",
    // Conditions and quotes.
    "If you're right about the dates, I'll correct the booking.",
    '> Whatever you want, just fix it.\n\nI understand. I have refunded the $12 fee and re-sent the order.\n',
    'Anything else you need, just reply here.',
    // Wholesale blame turned down, or tied to a named failure.
    'We cannot be responsible for what happens to a parcel after it is signed for.',
    "We can't take full responsibility for a delay at customs, but I've chased the carrier.",
    'We take full responsibility for the late delivery, and the $8 shipping fee is refunded.',
    'We accept full responsibility for everything that went wrong: our depot sent the order to your old address.',
    // A denial is no concession, and "the customer portal" is no maxim.
    'The price shown at checkout is never wrong; the extra $3 is the bank\'s conversion fee.',
    'The customer portal is always available at https://portal.example.com.',
    // Questions that are no give-away, and a policy described rather than thrown away.
    'Without questions from you we cannot proceed.',
    'Returns are accepted with no questions about the reason, as our policy states.',
    'I agree with you that the box arrived dented; a replacement ships today.',
    // Standing firm, stating a term, a reason, a deal, a mistake undone, the customer's own option.
    "We can't waive the fee, but I've spread it over three monthly payments.",
    "The contract term is 24 months, and you're in month 20.",
    'Because the engineer missed both appointments, I\'ve waived the call-out charge.',
    'We can skip the deposit if you pay by direct debit.',
    "I've voided the duplicate booking fee that our system added.",
    "Please cancel the contract from the Account page if you'd like to leave.",
    "You can waive the protection plan at checkout if you don't want it.",
    // Open-ended words that give nothing away, or offer one named thing, or more help.
    'Gmail, Outlook, Apple Mail: you name it, the widget works there.',
    "If you'd rather have a refund than a replacement, just say the word.",
    'Should you need anything else, just ask.',
    "Let me know what you'd prefer: a refund or an exchange.",
    'Shipping is free on orders over $50.',
    // Blame idioms without a wholesale marker, or with the cause named.
    "That's on us: the driver left the parcel at the wrong door, and a new one arrives tomorrow.",
    "We dropped the ball on your callback, and I've booked it for 9am tomorrow.",
    "It's on us, full stop: our label printer swapped two postcodes, so your parcel went to Leeds.",
    // A change for everyone, a routine "any time you like", a courtesy, a deposit released on schedule.
    'We removed the two-bag limit for all Premium fares in March.',
    'You can call us any time you like; the line is free from mobiles.',
    'The pleasure is ours, and thanks for the kind words.',
    "We'll release your deposit within 3 working days of checkout.",
  ],
  invalid: [
    {
      text: "You're absolutely right, and I apologise.",
      errors: [
        {
          messageId: 'agreement',
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 24,
          message: '"You\'re absolutely right" concedes everything; say exactly what you got wrong, and stand firm on the rest',
        },
      ],
    },
    {
      text: 'You are 100% correct.',
      errors: [{ messageId: 'agreement', line: 1, column: 1, endLine: 1, endColumn: 21 }],
    },
    {
      name: 'bare agreement followed by a vague promise',
      text: "You're right. We'll look into it.",
      errors: [{ messageId: 'agreement', line: 1, column: 1, endLine: 1, endColumn: 13 }],
    },
    {
      name: 'agreement with everything stays blanket even before a fix',
      text: "You're right about everything. I've refunded the $40.\n",
      errors: [{ messageId: 'agreement', line: 1, column: 1, endLine: 1, endColumn: 13 }],
    },
    {
      text: 'Your read on this is spot on in every respect, and I agree with every point in your email.\n',
      errors: [
        { messageId: 'agreement', line: 1, column: 22, endLine: 1, endColumn: 46 },
        { messageId: 'agreement', line: 1, column: 54, endLine: 1, endColumn: 76 },
      ],
    },
    {
      text: 'As they say, the customer is always right.\n',
      errors: [{ messageId: 'agreement', line: 1, column: 14, endLine: 1, endColumn: 42 }],
    },
    {
      name: 'the maxim reworded: another role, the other way round',
      text: 'Around here the passenger is never wrong.\n',
      errors: [{ messageId: 'agreement', line: 1, column: 13, endLine: 1, endColumn: 41 }],
    },
    {
      text: 'Our guests are always right, so the room is yours.\n',
      errors: [{ messageId: 'agreement', line: 1, column: 5, endLine: 1, endColumn: 28 }],
    },
    {
      name: 'the maxim next to a refund still concedes everything',
      text: "We own this completely, and as far as I'm concerned the client is king. I've refunded both nights.\n",
      errors: [{ messageId: 'agreement', line: 1, column: 53, endLine: 1, endColumn: 71 }],
    },
    {
      text: 'I agree with you completely.\n',
      errors: [{ messageId: 'agreement', line: 1, column: 3, endLine: 1, endColumn: 28 }],
    },
    {
      text: 'We will refund it without any questions.\n',
      errors: [{ messageId: 'give-away', line: 1, column: 19, endLine: 1, endColumn: 40 }],
    },
    {
      text: "We'll throw the rulebook out for you.\n",
      errors: [{ messageId: 'policy', line: 1, column: 7, endLine: 1, endColumn: 29 }],
    },
    {
      text: "We'll give you whatever you want.",
      errors: [{ messageId: 'give-away', line: 1, column: 16, endLine: 1, endColumn: 33 }],
    },
    {
      text: "We'll refund it, no questions asked.",
      errors: [{ messageId: 'give-away', line: 1, column: 18, endLine: 1, endColumn: 36, suggestions: [''] }],
    },
    {
      text: 'This is entirely our fault.',
      errors: [
        {
          messageId: 'blame',
          line: 1,
          column: 9,
          endLine: 1,
          endColumn: 27,
          message: '"entirely our fault" takes all the blame without saying what went wrong; name the actual mistake instead of taking all the blame',
        },
      ],
    },
    {
      name: 'wholesale blame: a refund is no stated cause',
      text: "Hi Imogen,\n\nWe're the ones at fault here, completely. I've refunded your order in full.\n",
      format: 'plaintext',
      errors: [{ messageId: 'blame', line: 3, column: 7, endLine: 3, endColumn: 24 }],
    },
    {
      name: 'responsibility for everything, no cause anywhere; a denial of a different claim does not count as one',
      text: 'We accept total responsibility for everything that happened, and the client is never wrong in our eyes. A full refund is on its way.\n',
      errors: [
        { messageId: 'blame', line: 1, column: 1, endLine: 1, endColumn: 31 },
        { messageId: 'agreement', line: 1, column: 66, endLine: 1, endColumn: 91 },
      ],
    },
    {
      text: 'Honestly, all of this was entirely our fault.\n',
      errors: [{ messageId: 'blame', line: 1, column: 11, endLine: 1, endColumn: 45 }],
    },
    {
      name: 'blame for the whole mess, phrased without "we take"',
      text: "I'm responsible for this whole mess and I'm sorry.\n",
      errors: [{ messageId: 'blame', line: 1, column: 5, endLine: 1, endColumn: 36 }],
    },
    {
      name: 'an exception with no reason, reported once',
      text: "We'll make an exception just this once.",
      errors: [{ messageId: 'policy', line: 1, column: 7, endLine: 1, endColumn: 24 }],
    },
    {
      text: "We'll waive the contract terms for you.",
      errors: [{ messageId: 'policy', line: 1, column: 7, endLine: 1, endColumn: 31 }],
    },
    {
      text: "Rules aside, I'll bend whatever needs bending.\n",
      errors: [
        { messageId: 'policy', line: 1, column: 1, endLine: 1, endColumn: 12 },
        { messageId: 'policy', line: 1, column: 19, endLine: 1, endColumn: 32 },
      ],
    },
    {
      name: 'policy set aside to appease, however the customer\'s displeasure is phrased',
      text: "Since you're unhappy with us, we'll scrap the early-exit fee.",
      errors: [{ messageId: 'policy', line: 1, column: 37, endLine: 1, endColumn: 61 }],
    },
    {
      name: 'the agent tears up a term: verb and particle around the object',
      text: "I've gone ahead and ripped up the 18-month term on your broadband plan.",
      errors: [{ messageId: 'policy', line: 1, column: 21, endLine: 1, endColumn: 48 }],
    },
    {
      name: '"put … aside" with a hyphenated compound object',
      text: 'Happy to put the usual booking cut-off aside for you.',
      errors: [{ messageId: 'policy', line: 1, column: 10, endLine: 1, endColumn: 45 }],
    },
    {
      name: 'the rule waved away at the customer',
      text: 'Forget the returns policy; just send it back whenever suits.',
      errors: [{ messageId: 'policy', line: 1, column: 1, endLine: 1, endColumn: 26 }],
    },
    {
      name: '"consider it waived": the policy noun as a passive subject',
      text: 'Consider the minimum spend requirement waived.',
      errors: [{ messageId: 'policy', line: 1, column: 1, endLine: 1, endColumn: 46 }],
    },
    {
      name: 'a passive waiver whose only reason is that the customer is valued',
      text: "The late-payment penalty has been dropped, as you're a valued member.",
      errors: [{ messageId: 'policy', line: 1, column: 1, endLine: 1, endColumn: 42 }],
    },
    {
      name: 'an open-ended offer whose gift is in the same sentence',
      text: 'Whichever upgrade would make up for it, you name it.',
      errors: [{ messageId: 'give-away', line: 1, column: 41, endLine: 1, endColumn: 52 }],
    },
    {
      name: '"tell us what you\'d like" with a delivery promise',
      text: "Just tell us what you'd like and it's yours.",
      errors: [{ messageId: 'give-away', line: 1, column: 6, endLine: 1, endColumn: 44 }],
    },
    {
      name: 'a give-away stretched over the rest of the contract',
      text: 'Your streaming add-on is on the house for the remainder of your contract.',
      errors: [{ messageId: 'give-away', line: 1, column: 26, endLine: 1, endColumn: 73 }],
    },
    {
      name: 'wholesale blame closed with "full stop"',
      text: "It's on us, full stop.",
      errors: [{ messageId: 'blame', line: 1, column: 1, endLine: 1, endColumn: 11 }],
    },
    {
      name: 'a blame idiom closed with "end of story"',
      text: 'Honestly, we blew it, end of story.',
      errors: [{ messageId: 'blame', line: 1, column: 11, endLine: 1, endColumn: 21 }],
    },
    {
      name: 'blame placed squarely, with no cause named',
      text: 'The fault rests squarely with us.',
      errors: [{ messageId: 'blame', line: 1, column: 1, endLine: 1, endColumn: 33 }],
    },
    {
      name: 'displeasure, then "so": no reason for removing a penalty',
      text: "I totally get why you're annoyed, so I've simply removed the cancellation penalty.",
      errors: [{ messageId: 'policy', line: 1, column: 50, endLine: 1, endColumn: 82 }],
    },
    {
      name: 'an idiom of release whose negation is its own',
      text: "We won't hold you to the 24-month term.",
      errors: [{ messageId: 'policy', line: 1, column: 4, endLine: 1, endColumn: 39 }],
    },
    {
      name: 'a term that will not apply to this customer',
      text: "The usual two-week notice period won't apply to you.",
      errors: [{ messageId: 'policy', line: 1, column: 1, endLine: 1, endColumn: 52 }],
    },
    {
      name: '"any … you like" with a delivery promise',
      text: "Pick any plan you like and it's yours.",
      errors: [{ messageId: 'give-away', line: 1, column: 6, endLine: 1, endColumn: 38 }],
    },
    {
      name: 'the blame idiom as a predicate of "this whole thing"',
      text: 'This whole thing is on us, no two ways about it.',
      errors: [{ messageId: 'blame', line: 1, column: 1, endLine: 1, endColumn: 26 }],
    },
  ],
})

describe('capitulating-language on adversarial input', () => {
  // A hang detector, not a benchmark: each input is ~100 KB of hits in one run-on sentence.
  const inputs: Record<string, string> = {
    'a run of waivers': 'we will waive the fee '.repeat(4_500),
    'a run of open offers': 'anything you like '.repeat(5_500),
    'a run of blame idioms': 'it is on us '.repeat(8_000),
  }
  for (const [name, text] of Object.entries(inputs)) {
    it(`finishes on ${name}`, () => {
      const started = Date.now()
      lintText(text, { format: 'plaintext', rules: [{ rule, severity: 1, options: resolveOptions(rule.meta, undefined) }] })
      expect(Date.now() - started).toBeLessThan(10_000)
    })
  }
})
