import rule from '../../rules/dismissive-tone/index.js'
import { RuleTester } from '../../src/rule/tester.js'

new RuleTester().run(rule, {
  valid: [
    // RULES.md: the same words in a neutral sense.
    'I just refunded the $40 to your card.',
    "Simply reply to this email and I'll rebook the delivery.",
    'No problem at all, you can simply just return your order.',
    "Please just add a comment with the log and we'll get back to you.",
    'Just to confirm, your order shipped yesterday.',
    // Quoted customer text is not the agent's prose.
    "> This is OBVIOUSLY broken. Calm down and fix it!\n\nThanks for flagging it; I've raised the upload limit to 500 MB.\n",
    // A softer deflection with a route (a link, a place to ask).
    "This isn't caused by our library; please report it on the [Node issue tracker](https://github.com/nodejs/node/issues).\n",
    "Please don't ask usage questions here. You can ask them on Stack Overflow with the `antd` tag.\n",
    'I\'m sorry but this issue is not caused by Angular. Please contact the author(s) of project <PROJECT NAME> or file issue on their issue tracker.\n',
    'Volunteers can help determine if there is an issue with your code.',
    // Pointing to the docs together with the help itself.
    'Our import guide explains it (https://help.example.com/import); the short version: put emails in column A.\n',
    // "Of course" agreeing, not making a refusal sound self-evident.
    "Of course! I'd be happy to help.",
    "Of course, we'll send a replacement today.",
    // Policy with its reason and an action.
    "It's our policy to refund within 30 days, so I've refunded the full $40 today.",
    // Sympathy, not "put up with it".
    "I'd rather hear about it now than have you put up with it.",
    "You asked a great question, not a silly one at all.",
    // The customer's complaint echoed is no insult.
    'I agree your last bill was ridiculous, and I have refunded the $30 overcharge.',
    'Your plan is cheap compared with the annual one.',
    'Most customers choose the annual plan because it is cheaper.',
    // Signature and sign-off are not prose.
    'Thanks for the photos, Sam. The new cushions ship Friday.\n\n--\nObviously Upholstery Ltd\n',
    // Config can trim the built-in list.
    { text: 'Obviously the app needs a connection.', options: { phrases: { remove: ['obviously'] } } },
  ],
  invalid: [
    {
      text: 'As I already said, clear your cache.',
      errors: [{ messageId: 'dismissive', line: 1, column: 1, endLine: 1, endColumn: 18, suggestions: ['C'] }],
    },
    {
      name: 'a stock phrase across a line break (plaintext)',
      text: 'As I already\nsaid, the refund takes five days.\n',
      format: 'plaintext',
      errors: [{ messageId: 'dismissive', line: 1, column: 1, endLine: 2, endColumn: 5, suggestions: ['T'] }],
    },
    {
      text: 'Hi Sam,\n\nObviously the export needs a plan upgrade.\n',
      errors: [
        {
          messageId: 'condescending',
          line: 3,
          column: 1,
          endLine: 3,
          endColumn: 10,
          message: '"Obviously" talks down to the customer; leave it out; what is obvious to you is news to the customer',
          suggestions: ['T'],
        },
      ],
    },
    {
      text: 'The export is, obviously, on the Reports page.\n',
      errors: [{ messageId: 'condescending', line: 1, column: 16, endLine: 1, endColumn: 25, suggestions: [''] }],
    },
    {
      text: 'There is nothing more we can do.',
      errors: [{ messageId: 'dismissive', line: 1, column: 1, endLine: 1, endColumn: 32 }],
    },
    {
      name: 'each occurrence is reported',
      text: "The app works fine on our end. You're the only customer who has complained.",
      errors: [
        { messageId: 'dismissive', line: 1, column: 9, endLine: 1, endColumn: 30 },
        { messageId: 'dismissive', line: 1, column: 32, endLine: 1, endColumn: 60 },
      ],
    },
    {
      text: 'That’s not our department.\n',
      errors: [{ messageId: 'dismissive', line: 1, column: 8, endLine: 1, endColumn: 26 }],
    },
    {
      name: 'the FAQ pointer with no link and no answer',
      text: 'Please refer to the FAQ.',
      errors: [
        {
          messageId: 'deflection',
          line: 1,
          column: 8,
          endLine: 1,
          endColumn: 24,
          message: '"refer to the FAQ" turns the customer away without a route; link the exact page or give the answer itself',
        },
      ],
    },
    {
      name: 'a softer deflection with no route',
      text: "This isn't caused by our library.\n",
      errors: [{ messageId: 'deflection', line: 1, column: 6, endLine: 1, endColumn: 21 }],
    },
    {
      name: '"just" that tells them to put up with it',
      text: 'Please just subscribe to the issue and wait patiently.',
      errors: [{ messageId: 'condescending', line: 1, column: 8, endLine: 1, endColumn: 12 }],
    },
    {
      text: "Connecting it isn't rocket science.\n",
      errors: [{ messageId: 'condescending', line: 1, column: 21, endLine: 1, endColumn: 35 }],
    },
    {
      name: 'talking down by comparison',
      text: 'Most people find it on their first day.\n',
      errors: [{ messageId: 'condescending', line: 1, column: 1, endLine: 1, endColumn: 23 }],
    },
    {
      text: "Surely you can see why we can't refund a course you've completed.\n",
      errors: [{ messageId: 'condescending', line: 1, column: 1, endLine: 1, endColumn: 11 }],
    },
    {
      text: "If that's too much, a local technician can do it for you.\n",
      errors: [{ messageId: 'condescending', line: 1, column: 1, endLine: 1, endColumn: 19 }],
    },
    {
      name: '"of course" making a refusal sound self-evident',
      text: 'Of course a five-year-old motor is beyond any warranty period.\n',
      errors: [{ messageId: 'condescending', line: 1, column: 1, endLine: 1, endColumn: 10 }],
    },
    {
      name: 'policy as the whole answer',
      text: 'The fee is standard for card payments under $10.\n',
      errors: [{ messageId: 'dismissive', line: 1, column: 5, endLine: 1, endColumn: 20 }],
    },
    {
      name: 'an insult aimed at the customer, reported once for the run of adjectives',
      text: 'Your wedding sounded cheap, nasty and tacky anyway.\n',
      errors: [{ messageId: 'condescending', line: 1, column: 29, endLine: 1, endColumn: 34 }],
    },
    {
      name: 'a phrase added in config',
      text: 'Read the sticky post first.\n',
      options: { phrases: { add: ['read the sticky post'] } },
      errors: [{ messageId: 'dismissive', line: 1, column: 1, endLine: 1, endColumn: 21 }],
    },
  ],
})
