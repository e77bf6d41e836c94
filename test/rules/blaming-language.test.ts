import rule from '../../rules/blaming-language/index.js'
import { describe, expect, it } from 'vitest'
import { lintText } from '../../src/engine/lint-text.js'
import { resolveOptions } from '../../src/rule/options.js'
import { RuleTester } from '../../src/rule/tester.js'

new RuleTester().run(rule, {
  valid: [
    // RULES.md: the customer in a condition is no blame.
    "If you didn't receive it, let me know and I'll resend it.",
    'In case you missed it, the update is live.',
    "If you haven't already, please update the app.",
    // Questions, hedges and denials.
    'Did you skip the approval step?',
    'You may have missed our earlier email, so here it is again.',
    'It looks like you didn’t attach the file; could you send it again?',
    "It's not your fault; the form was confusing.",
    "You didn't do anything wrong.",
    // Expectations and sympathy that only look like "you should have".
    'You should have received a confirmation email by now.',
    "You shouldn't have to chase us for this.",
    "I'm sorry you were told the wrong price by our agent.",
    // Pointing at the docs to help, not to rebut.
    'As explained in our FAQ, you can export your data from Settings.',
    'According to our records, your refund was sent on Monday.',
    'Please send us your error message and we will take a look.',
    'Next time you order, use code THANKS for 10% off.',
    "We'll make sure this doesn't happen again in future.",
    'Going forward, your invoices will come from our billing team.',
    // The agent owning a counterfactual.
    "If the form had been filled in by our team correctly, you'd have had it sooner.",
    // Quoted customer text.
    "> You failed to deliver my order!\n\nI'm sorry the parcel is late; I've sent a replacement today.\n",
    // What the customer was to get, not do; sympathy; a denial; a choice; a place on a statement.
    'You should have received a tracking email this morning.',
    "You should have been told about the baggage fee when you booked, and I'm sorry you weren't.",
    'You should have a new card within five working days.',
    "You were supposed to receive the parcel on Monday, so I've chased the courier.",
    "You shouldn't have had to call us three times about this.",
    'None of this is on you.',
    "It's down to you whether you keep the old plan or switch.",
    'The choice of colour is entirely down to you; both fit the dock.',
    "That's on your statement as SHOPCO*ONLINE.",
    "If you were meant to pay less, send me the quote and I'll check it.",
    'We should have told you about the change sooner.',
    'It was on your side of the router that the cable was loose, so the engineer reseated it.',
    // The customer's own past act with no causal frame, or framed as a condition, question, hedge, thanks,
    // absolution or something the agent has put right.
    'If you changed the password recently, sign in again.',
    'So you deleted the folder, which is why it vanished?',
    'You may have turned off sync by accident, which is why the notes stopped.',
    "You changed the plan, so I've refunded the difference.",
    'You ordered on Monday and it ships today.',
    'You changed the plan on Monday.',
    "Thanks, you changed the setting and that's why it works now.",
    'Thanks for changing the setting so quickly.',
    'The files you deleted are in the bin, so you can restore them.',
    "You cancelled the order, so you won't be charged.",
    "No worries, you set it to private, which is why it didn't show.",
    'You selected the blue one, so it ships from our Leeds warehouse.',
    'When you turned off sync, the notes stopped updating.',
  ],
  invalid: [
    {
      text: 'You failed to include your order number.',
      errors: [
        {
          messageId: 'blame',
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 14,
          message: '"You failed to" blames the customer; say what is still needed, not who failed to do it',
        },
      ],
    },
    {
      text: 'You should have read the terms.',
      errors: [{ messageId: 'blame', line: 1, column: 1, endLine: 1, endColumn: 21 }],
    },
    {
      name: 'the terms used as a rebuttal',
      text: 'As stated in our terms, refunds are not available after 14 days.',
      errors: [{ messageId: 'rebuttal', line: 1, column: 1, endLine: 1, endColumn: 23 }],
    },
    {
      text: "It's user error.",
      errors: [{ messageId: 'blame', line: 1, column: 6, endLine: 1, endColumn: 16 }],
    },
    {
      name: '"you should have" without the words',
      text: 'Had you checked the size chart, the boots would have fitted.',
      errors: [{ messageId: 'blame', line: 1, column: 1, endLine: 1, endColumn: 16 }],
    },
    {
      text: 'You were told twice that the sale was final.',
      errors: [{ messageId: 'blame', line: 1, column: 1, endLine: 1, endColumn: 14 }],
    },
    {
      name: 'an emphatic "did" that insists',
      text: 'The email did state the new price of $18/month.\n',
      errors: [{ messageId: 'rebuttal', line: 1, column: 11, endLine: 1, endColumn: 20 }],
    },
    {
      text: 'You skipped the approval twice, so the order was cancelled.',
      errors: [{ messageId: 'blame', line: 1, column: 1, endLine: 1, endColumn: 12 }],
    },
    {
      text: 'It is your responsibility to use a lockfile.',
      errors: [{ messageId: 'blame', line: 1, column: 7, endLine: 1, endColumn: 26 }],
    },
    {
      name: 'a "because" clause is no condition',
      text: "We can't tell because you haven't filled in enough information.",
      errors: [{ messageId: 'blame', line: 1, column: 23, endLine: 1, endColumn: 41 }],
    },
    {
      name: 'pointing at the box to back a requirement',
      text: 'These conditions appear on the box. In order to get a refund you must return them.\n',
      errors: [{ messageId: 'rebuttal', line: 1, column: 7, endLine: 1, endColumn: 27 }],
    },
    {
      text: "If the quote form had been filled in completely, we wouldn't have needed to go back and forth.\n",
      errors: [{ messageId: 'blame', line: 1, column: 19, endLine: 1, endColumn: 48 }],
    },
    {
      name: 'advice on how they should have acted is reported as the whole clause',
      text: 'Next time, please read the description before buying.\n',
      errors: [
        {
          messageId: 'lecture',
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 53,
          message:
            '"Next time, please read the description before buying" lectures the customer on what they should have done; leave out advice on how they should have acted',
        },
      ],
    },
    {
      text: 'Hi Maximilian,\n\nI would gently suggest taking a moment with the refund terms before buying next time.\n',
      errors: [{ messageId: 'lecture', line: 3, column: 62, endLine: 3, endColumn: 85 }],
    },
    {
      name: '"ought to have": the customer\'s own act left undone',
      text: 'You ought to have kept the original packaging.',
      errors: [{ messageId: 'blame', line: 1, column: 1, endLine: 1, endColumn: 23 }],
    },
    {
      name: '"should\'ve" with an adverb and a hyphenated participle',
      text: "You really should've double-checked the delivery address.",
      errors: [{ messageId: 'blame', line: 1, column: 1, endLine: 1, endColumn: 36 }],
    },
    {
      name: '"needed to have" with a causative object',
      text: 'You needed to have the warranty registered within 30 days.',
      errors: [{ messageId: 'blame', line: 1, column: 1, endLine: 1, endColumn: 43 }],
    },
    {
      name: '"were meant to" with the customer\'s own act',
      text: 'You were meant to return the hire car by 6pm.',
      errors: [{ messageId: 'blame', line: 1, column: 1, endLine: 1, endColumn: 25 }],
    },
    {
      name: '"were required to" after an aside',
      text: 'Honestly, you were required to cancel before the trial ended.',
      errors: [{ messageId: 'blame', line: 1, column: 11, endLine: 1, endColumn: 38 }],
    },
    {
      name: 'fault as a place the customer owns: "this one\'s on you"',
      text: "I'm afraid this one's on you.",
      errors: [{ messageId: 'blame', line: 1, column: 12, endLine: 1, endColumn: 29 }],
    },
    {
      name: '"that\'s on your end"',
      text: "That's on your end, not ours.",
      errors: [{ messageId: 'blame', line: 1, column: 1, endLine: 1, endColumn: 19 }],
    },
    {
      name: 'a fault noun resting with the customer',
      text: 'The mistake here lies with you.',
      errors: [{ messageId: 'blame', line: 1, column: 1, endLine: 1, endColumn: 31 }],
    },
    {
      name: 'the responsibility handed to the customer as theirs',
      text: 'The responsibility was entirely yours.',
      errors: [{ messageId: 'blame', line: 1, column: 1, endLine: 1, endColumn: 38 }],
    },
    {
      name: '"were supposed to" with the customer\'s own act',
      text: 'You were supposed to keep the receipt.',
      errors: [{ messageId: 'blame', line: 1, column: 1, endLine: 1, endColumn: 26 }],
    },
    // The customer's own past act presented as the cause of their problem, with no stock phrase.
    {
      name: 'a past act with "instead of"',
      text: 'You ticked the annual box instead of the monthly one.',
      errors: [
        {
          messageId: 'blame',
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 26,
          message: '"You ticked the annual box" blames the customer; describe what happened and what can be done now, not which of their actions caused it',
        },
      ],
    },
    {
      name: 'a past act with "which is why"',
      text: 'You turned off sync, which is why your notes stopped updating.',
      errors: [{ messageId: 'blame', line: 1, column: 1, endLine: 1, endColumn: 20 }],
    },
    {
      name: 'a demonstrative pinning it on the customer',
      text: "That's the address you typed in at checkout.",
      errors: [{ messageId: 'blame', line: 1, column: 20, endLine: 1, endColumn: 44 }],
    },
    {
      name: 'an emphatic "yourself"',
      text: 'You deleted the folder yourself.',
      errors: [{ messageId: 'blame', line: 1, column: 1, endLine: 1, endColumn: 32 }],
    },
    {
      name: 'a "could have" reproach after the act',
      text: 'You selected express shipping at checkout; you could have caught it then.',
      errors: [{ messageId: 'blame', line: 1, column: 1, endLine: 1, endColumn: 42 }],
    },
    {
      name: '"because you" before the act',
      text: 'The app crashed because you installed the beta build.',
      errors: [{ messageId: 'blame', line: 1, column: 25, endLine: 1, endColumn: 53 }],
    },
    {
      name: '"so" with something gone wrong',
      text: 'You cleared your cookies, so the basket was emptied.',
      errors: [{ messageId: 'blame', line: 1, column: 1, endLine: 1, endColumn: 25 }],
    },
    {
      name: 'a filler between "you" and the act, on a later line',
      text: "Hi Sam,\n\nYou then removed the card from the account, and that's why the payment failed.\n",
      errors: [{ messageId: 'blame', line: 3, column: 1, endLine: 3, endColumn: 43 }],
    },
  ],
})

describe('blaming-language on adversarial input', () => {
  // A hang detector, not a benchmark: ~100 KB of modals in one run-on sentence.
  const inputs: Record<string, string> = {
    'a run of "you should have"': 'you should have '.repeat(6_000),
    'a run of "that is on you"': 'that is on you '.repeat(6_500),
    'a run of a past act framed as the cause': 'you deleted it yourself because you typed so it failed '.repeat(1_800),
  }
  for (const [name, text] of Object.entries(inputs)) {
    it(`finishes on ${name}`, () => {
      const started = Date.now()
      lintText(text, { format: 'plaintext', rules: [{ rule, severity: 1, options: resolveOptions(rule.meta, undefined) }] })
      expect(Date.now() - started).toBeLessThan(10_000)
    })
  }
})
