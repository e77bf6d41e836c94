import rule from '../../rules/capitulating-language/index.js'
import { describe } from 'vitest'
import { RuleTester } from '../../src/rule/tester.js'
import { finishesOn } from '../helpers/hang-check.js'

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
    // Scope words with no verdict on what the customer said, or over something that is no claim.
    'Every point you raised is answered below.',
    'Every point you earn is valid for 12 months.',
    'Everything you said has been passed to the engineering team.',
    // The customer asked for a fact, a date or a choice, not to set the amount.
    "Let me know the amount you were charged and I'll refund it.",
    "Let me know the date you'd prefer and I'll book the engineer.",
    "Tell us the amount you'd like to withdraw.",
    "Let me know what time you'd like and I'll arrange it.",
    // Their own act, a refusal, a rule that stops somewhere, a setting that is no term.
    'You can settle it however suits you: card or bank transfer.',
    "We can't settle this however you like, but I can offer a $20 credit.",
    'You can dispute any of it with your bank within 60 days.',
    "The usual limits don't apply to Enterprise plans.",
    "I've switched off auto-renew on your workspace.",
    "We've switched off the late fee reminders.",
    // Not the maxim: a thing, a timetable, a feeling validated, the right place.
    'The data is always correct when exported.',
    'Our driver is always right on time.',
    "You're in the right place for billing help.",
    // Blame for a named thing, or turned down; an idiom said of someone else.
    "I'm fully responsible for billing questions on your account.",
    "I'm not completely responsible for this.",
    'We have no excuse for sending the wrong size; the replacement left today.',
    'Our courier let you down, big time.',
    // A bounded exception with its reason, in the sentence before: "that delay was on our side".
    "Thanks for writing. That delay was on our side. I've removed the £12 late fee.",
    // A duty taken on, blame for a named thing, a firm term, a charge disputed by the customer.
    "It's entirely on us to make it right, and the engineer arrives at 9.",
    'We take the blame for the late delivery.',
    "We'll hold you to the contract.",
    'You can dispute a single charge online.',
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
      name: 'blanket agreement by scope: every claim, with a verdict that lands',
      text: 'Every point in your email lands, and frankly we deserve all of it.\n',
      errors: [
        { messageId: 'agreement', line: 1, column: 1, endLine: 1, endColumn: 32 },
        { messageId: 'agreement', line: 1, column: 46, endLine: 1, endColumn: 66 },
      ],
    },
    {
      text: 'Each and every criticism you raise is fair.\n',
      errors: [{ messageId: 'agreement', line: 1, column: 1, endLine: 1, endColumn: 43 }],
    },
    {
      name: 'a concession, a verdict on what the issue says, and blame in a clause of its own',
      text: 'Fair enough, you win: every word of this issue is correct and the blame sits with us entirely.\n',
      errors: [
        { messageId: 'agreement', line: 1, column: 1, endLine: 1, endColumn: 21 },
        { messageId: 'agreement', line: 1, column: 23, endLine: 1, endColumn: 58 },
        { messageId: 'blame', line: 1, column: 63, endLine: 1, endColumn: 85 },
      ],
    },
    {
      name: 'declining to contest any of it',
      text: "I won't try to defend us on any of it.\n",
      errors: [{ messageId: 'agreement', line: 1, column: 16, endLine: 1, endColumn: 38 }],
    },
    {
      name: 'the maxim with whatever role the business serves',
      text: "You know what, the player is always right, so I've moved your account back.\n",
      errors: [{ messageId: 'agreement', line: 1, column: 16, endLine: 1, endColumn: 42 }],
    },
    {
      name: 'grovelling',
      text: "We don't deserve your business.\n",
      errors: [{ messageId: 'agreement', line: 1, column: 1, endLine: 1, endColumn: 31 }],
    },
    {
      name: 'the customer sets the amount',
      text: "Tell me the figure you have in mind and I'll make it happen.\n",
      errors: [{ messageId: 'give-away', line: 1, column: 1, endLine: 1, endColumn: 36 }],
    },
    {
      text: 'Let us know what compensation you feel is fair and we will pay it.\n',
      errors: [{ messageId: 'give-away', line: 1, column: 1, endLine: 1, endColumn: 47 }],
    },
    {
      text: 'Before you cancel, tell us what it would take to keep you.\n',
      errors: [{ messageId: 'give-away', line: 1, column: 20, endLine: 1, endColumn: 46 }],
    },
    {
      text: "Whatever figure you think is fair, we'll credit it.\n",
      errors: [{ messageId: 'give-away', line: 1, column: 1, endLine: 1, endColumn: 34 }],
    },
    {
      name: 'an open offer with a yes for an answer, reported once',
      text: "Anything beyond that you'd like, just ask: the answer is yes.\n",
      errors: [{ messageId: 'give-away', line: 1, column: 1, endLine: 1, endColumn: 32 }],
    },
    {
      text: "Okay, let's just settle this however suits you.\n",
      errors: [{ messageId: 'give-away', line: 1, column: 18, endLine: 1, endColumn: 47 }],
    },
    {
      name: 'the whole account waived, with the give-away joined on as one finding',
      text: "We'll waive everything, no questions asked.\n",
      errors: [{ messageId: 'policy', line: 1, column: 7, endLine: 1, endColumn: 23 }],
    },
    {
      name: 'wholly responsible, with nothing named',
      text: 'Please know that we hold ourselves completely responsible for all of this.\n',
      errors: [{ messageId: 'blame', line: 1, column: 18, endLine: 1, endColumn: 58 }],
    },
    {
      text: 'We have no defence.\n',
      errors: [{ messageId: 'blame', line: 1, column: 1, endLine: 1, endColumn: 19 }],
    },
    {
      name: 'a blame idiom with the agent as its subject and a closer',
      text: 'We have completely failed you on every level.\n',
      errors: [{ messageId: 'blame', line: 1, column: 1, endLine: 1, endColumn: 30 }],
    },
    {
      text: "I can't fault a single thing you said.\n",
      errors: [{ messageId: 'agreement', line: 1, column: 9, endLine: 1, endColumn: 29 }],
    },
    {
      name: 'blame taken with "the", made wholesale by a closer',
      text: 'We accept the blame completely.\n',
      errors: [{ messageId: 'blame', line: 1, column: 1, endLine: 1, endColumn: 20 }],
    },
    {
      name: 'any amount the customer likes, with something given for it',
      text: "Choose any amount you like and we'll credit it.\n",
      errors: [{ messageId: 'give-away', line: 1, column: 8, endLine: 1, endColumn: 27 }],
    },
    {
      name: 'a term in a state of being set aside',
      text: 'All fees are off the table for you.\n',
      errors: [{ messageId: 'policy', line: 1, column: 1, endLine: 1, endColumn: 27 }],
    },
    {
      name: 'an idiom of release whose negation comes first, with the subject read from it',
      text: 'We no longer hold you to the lock-in.\n',
      errors: [{ messageId: 'policy', line: 1, column: 4, endLine: 1, endColumn: 37 }],
    },
    {
      name: 'the usual terms suspended: no reason makes that a remedy',
      text: "Our fraud system blocked your card by mistake. Consider the usual terms suspended for you.\n",
      errors: [{ messageId: 'policy', line: 1, column: 48, endLine: 1, endColumn: 82 }],
    },
    {
      name: 'an exception with no end, even with a reason',
      text: "Since the outage was ours, I've scrapped all overdraft fees on your account for good.\n",
      errors: [{ messageId: 'policy', line: 1, column: 33, endLine: 1, endColumn: 60 }],
    },
    {
      name: 'owning a mistake that names nothing is no reason for the exception',
      text: "Thanks for writing. The mistake was ours. I've removed the £12 late fee.\n",
      errors: [{ messageId: 'policy', line: 1, column: 48, endLine: 1, endColumn: 72 }],
    },
    {
      name: 'the agent read past a word of willingness',
      text: 'I am prepared to tear up the 24-month term for you.\n',
      errors: [{ messageId: 'policy', line: 1, column: 18, endLine: 1, endColumn: 43 }],
    },
    {
      text: "Let's just forget about the 12-month contract terms.\n",
      errors: [{ messageId: 'policy', line: 1, column: 12, endLine: 1, endColumn: 52 }],
    },
    {
      text: "I've also switched off the restocking fee on your account.\n",
      errors: [{ messageId: 'policy', line: 1, column: 11, endLine: 1, endColumn: 42 }],
    },
    {
      text: "Any discount, any plan, the usual limits don't apply.\n",
      errors: [{ messageId: 'policy', line: 1, column: 25, endLine: 1, endColumn: 53 }],
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
    'a run of scoped verdicts': 'every point you make is fair and '.repeat(3_000),
    'a run of amounts left to the customer': 'tell me the figure you have in mind and '.repeat(2_500),
    'a run of maxims': 'the player is always right and '.repeat(3_300),
    'a run of refusals to contest': 'we will not defend us on any of it '.repeat(2_800),
  }
  finishesOn(rule, inputs)
})
