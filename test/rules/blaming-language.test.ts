import rule from '../../rules/blaming-language/index.js'
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
  ],
})
