import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import rule from '../../rules/dismissive-tone/index.js'
import { describe, expect, it } from 'vitest'
import { lintText } from '../../src/engine/lint-text.js'
import { resolveOptions } from '../../src/rule/options.js'
import { RuleTester } from '../../src/rule/tester.js'
import { finishesOn } from '../helpers/hang-check.js'

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
    // Pointing back at past communication: a shared call, a kept promise, a third party, the reply itself.
    "As we discussed on the phone, I've booked the engineer for Friday.\n",
    "As we said we would, we've refunded the deposit.\n",
    "As I explained to the courier, the parcel needs a signature; I've rebooked the delivery for Tuesday.\n",
    'As I said above, the adapter ships separately.\n',
    // Offers and reassurance, not a refusal to engage.
    'If there\'s anything else we can do, just reply to this email.\n',
    'There\'s nothing more you need to do: the refund is on its way.\n',
    'No need to worry: your data is safe.\n',
    "Let me know if you're not sure what else we can offer.\n",
    // "Accept" as a step, and a fair question about what they want.
    "You'll need to accept the invitation before you can sign in.\n",
    "I'm not sure what you'd like me to do with the spare part. Could you let me know?\n",
    // The docs pointer that comes with the help: a link, the answer itself, or the agent acting on it.
    'The README explains this: https://github.com/acme/tool#install\n',
    'As explained in our FAQ, refunds reach your card within five days.\n',
    "Refunds for damaged items are covered in our terms, so I've refunded the $40 today.\n",
    // Softer deflections with a route, even one that opens a later clause.
    'Customs duties are not our responsibility; you can pay them at https://customs.example.gov.\n',
    'Our hands are tied, but the bank can reverse it: call the number on your card.\n',
    // "Nobody else"/"no other" that says nothing about other customers' reports.
    'No one else has access to your account.\n',
    'No other charges have been applied.\n',
    "No one else on our team has seen this bug before, so I've escalated it to engineering.\n",
    // "As stated" tied to a document is blaming-language's business; withdrawing a message is no brush-off.
    'As stated in the order confirmation, delivery takes five days.\n',
    'Please ignore my previous email; the correct date is 3 May.\n',
    // The same verbs about something else, or the agent's own manner.
    'Please keep your receipt until the warranty ends.',
    'Please watch your inbox for the delivery slot.',
    'Lower the temperature setting to 60 degrees to stop the boiler cycling.',
    'You can moderate comments from the admin panel.',
    'Please use the language switcher at the top of the page.',
    "We always remain calm on the phone, and I'm sorry that didn't come across.",
    // Nothing for the customer to do, a wait, and a limit with an alternative or a route.
    "There's nothing you need to do; the credit applies automatically.",
    "Nothing more can be done on our side until the bank replies; I'll update you on Friday.",
    "Our hands are tied on the fare rules, but I've asked the hotel to hold your room until noon.",
    "I can't change the fare class, but you can request a refund of the taxes from the airline.",
    'Please be polite to the courier; they can only deliver to the address on the label.',
    "The delay is beyond our control, but I've asked the carrier to prioritise your parcel.",
    // Session 2 near-misses: the same words in a neutral sense, reassurance, a firm no with a reason or a route.
    "As we mentioned in our newsletter, the store reopens on Monday.",
    "This was discussed with the warehouse team, and they'll re-ship today.",
    "Your question was answered by our billing team yesterday, and they've issued the credit.",
    "It's only natural to feel frustrated after waiting this long.",
    "It's only a few days until your refund lands.",
    "It's just a few minutes' walk from the station.",
    "It only takes a minute to set up, and I've sent you the link: https://example.com/setup\n",
    "Don't worry, it isn't complicated, and I'll walk you through it.",
    "It's not difficult once you know where to look, so here's a screenshot: https://example.com/shot.png\n",
    "We'll make sure this is clearly documented in the next release.",
    "Thanks for setting out so clearly what happened on your flight.",
    "Once things calm down after the launch, we'll reply to everyone.",
    "Please stay calm if the alarm goes off; it is only a test.",
    "We won't be able to respond until Monday because the office is closed.",
    "Again, thank you for your patience while we sorted this out.",
    "Again, if you have any questions, just reply.",
    "You're the first person to spot this typo, thank you!",
    "The system is working normally again after this morning's outage.",
    "We found no issues with your payment, so the order has been released.",
    "Our free tier is pretty basic, so I've upgraded you for a month.",
    "The first step in the guide is to back up your data.",
    "You should be pleased to hear that the refund has gone through.",
    "That's a question for your bank, and you can reach them on the number on your card.",
    "Let me be clear about what happens next: I'll call you at 10 tomorrow.",
    "Your comments have been passed to the product team, who review feedback every Friday.",
    "It's a 40-minute change, not a cancellation, so your ticket is still valid.",
    "We cannot be responsible for the rug after it left the store, because we can't see how it was cleaned; may I suggest Doe Cleaners?",
    "I can see why you're angry, and I'd feel the same.",
    // A policy's removal key is its text: the reworded "calm down" family keeps the plain entry removable.
    { text: "Calm down, we're on it.", options: { phrases: { remove: ['calm down'] } } },
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
      name: 'a re-statement with its subject and the message it points back to',
      text: 'As we noted in our last reply, the voucher expires on 1 June.\n',
      errors: [{ messageId: 'dismissive', line: 1, column: 1, endLine: 1, endColumn: 30, suggestions: ['T'] }],
    },
    {
      name: 'a bare "as I explained" is a stock brush-off even when help follows',
      text: "As I explained, the fix is in 4.2 — here's the link: https://example.com/changelog\n",
      errors: [{ messageId: 'dismissive', line: 1, column: 1, endLine: 1, endColumn: 15, suggestions: ['T'] }],
    },
    {
      text: 'I covered this in my earlier message.\n',
      errors: [{ messageId: 'dismissive', line: 1, column: 1, endLine: 1, endColumn: 37 }],
    },
    {
      name: 'refusing to engage, negated "anything"',
      text: "There really isn't anything more we can do on this one.\n",
      errors: [{ messageId: 'dismissive', line: 1, column: 1, endLine: 1, endColumn: 43 }],
    },
    {
      text: "We've got nothing further to say about the refund.\n",
      errors: [{ messageId: 'dismissive', line: 1, column: 1, endLine: 1, endColumn: 33 }],
    },
    {
      name: 'presuming what the customer must accept',
      text: 'You must accept that the sale ended on Sunday.\n',
      errors: [{ messageId: 'condescending', line: 1, column: 1, endLine: 1, endColumn: 21 }],
    },
    {
      text: "You'll have to appreciate that our couriers work to a schedule.\n",
      errors: [{ messageId: 'condescending', line: 1, column: 1, endLine: 1, endColumn: 26 }],
    },
    {
      name: 'throwing the problem back',
      text: "Honestly, I don't know what you expect me to say.\n",
      errors: [{ messageId: 'dismissive', line: 1, column: 13, endLine: 1, endColumn: 49 }],
    },
    {
      text: 'What else do you expect us to do?\n',
      errors: [{ messageId: 'dismissive', line: 1, column: 1, endLine: 1, endColumn: 33 }],
    },
    {
      name: 'minimizing their feelings',
      text: 'There is no need to become quite so emotional about a late parcel.\n',
      errors: [{ messageId: 'condescending', line: 1, column: 10, endLine: 1, endColumn: 46 }],
    },
    {
      name: 'the docs pointer with no help, past the first words of the document',
      text: 'The returns window is explained in the second section of our terms and conditions.\n',
      errors: [{ messageId: 'deflection', line: 1, column: 23, endLine: 1, endColumn: 82 }],
    },
    {
      text: 'This is documented in detail in the README.\n',
      errors: [{ messageId: 'deflection', line: 1, column: 9, endLine: 1, endColumn: 43 }],
    },
    {
      name: 'sending them back to an earlier message',
      text: 'Kindly refer to our earlier reply.\n',
      errors: [{ messageId: 'dismissive', line: 1, column: 8, endLine: 1, endColumn: 34 }],
    },
    {
      text: 'I have told you repeatedly that the refund takes five days.\n',
      errors: [{ messageId: 'dismissive', line: 1, column: 8, endLine: 1, endColumn: 27 }],
    },
    {
      name: 'a bare "as stated," pointing back',
      text: 'Again, as stated, the refund takes five days.\n',
      errors: [{ messageId: 'dismissive', line: 1, column: 8, endLine: 1, endColumn: 18 }],
    },
    {
      text: "There's no reason to get so upset about this.\n",
      errors: [{ messageId: 'condescending', line: 1, column: 9, endLine: 1, endColumn: 34 }],
    },
    {
      text: "There's no need for that tone.\n",
      errors: [{ messageId: 'condescending', line: 1, column: 9, endLine: 1, endColumn: 30 }],
    },
    {
      name: 'a softer deflection with no route',
      text: 'Our hands are tied here.\n',
      errors: [{ messageId: 'deflection', line: 1, column: 1, endLine: 1, endColumn: 19 }],
    },
    {
      text: "That's not our responsibility.\n",
      errors: [{ messageId: 'deflection', line: 1, column: 8, endLine: 1, endColumn: 30 }],
    },
    {
      text: 'It runs fine on our servers.\n',
      errors: [{ messageId: 'dismissive', line: 1, column: 4, endLine: 1, endColumn: 28 }],
    },
    {
      name: 'nobody else has reported it, with words in between',
      text: 'Nobody else on the EU servers has reported lag this week.\n',
      errors: [{ messageId: 'dismissive', line: 1, column: 1, endLine: 1, endColumn: 12 }],
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
    {
      name: '"calm down" in a formal register: the temperature of their correspondence',
      text: 'Please lower the temperature of your correspondence.',
      errors: [{ messageId: 'condescending', line: 1, column: 8, endLine: 1, endColumn: 52 }],
    },
    {
      name: '"moderate your tone" asked of the customer',
      text: 'I must ask you to moderate your tone with our drivers.',
      errors: [{ messageId: 'condescending', line: 1, column: 19, endLine: 1, endColumn: 37 }],
    },
    {
      name: '"let\'s keep this civil": a manner as complement',
      text: "Let's keep this civil.",
      errors: [{ messageId: 'condescending', line: 1, column: 7, endLine: 1, endColumn: 22 }],
    },
    {
      name: '"refrain from such language"',
      text: 'Kindly refrain from using such language in future.',
      errors: [{ messageId: 'condescending', line: 1, column: 8, endLine: 1, endColumn: 40 }],
    },
    {
      name: '"we ask that … remain respectful": any subject after "ask that"',
      text: 'We ask that all messages remain respectful.',
      errors: [{ messageId: 'condescending', line: 1, column: 26, endLine: 1, endColumn: 43 }],
    },
    {
      name: '"my hands are tied" with no route',
      text: 'My hands are tied on this one.',
      errors: [{ messageId: 'deflection', line: 1, column: 1, endLine: 1, endColumn: 18 }],
    },
    {
      name: 'the agent unable to do anything, reworded',
      text: 'There is nothing further I am able to do here.',
      errors: [{ messageId: 'dismissive', line: 1, column: 10, endLine: 1, endColumn: 41 }],
    },
    {
      name: 'nothing more can be done, passive',
      text: 'Nothing more can be done about it.',
      errors: [{ messageId: 'dismissive', line: 1, column: 1, endLine: 1, endColumn: 25 }],
    },
    {
      name: '"not in a position to do anything"',
      text: "I'm not in a position to do anything further.",
      errors: [{ messageId: 'dismissive', line: 1, column: 1, endLine: 1, endColumn: 37 }],
    },
    {
      name: 'the agent asking outright for a civil tone',
      text: "I'd request a more civil tone in future emails.",
      errors: [{ messageId: 'condescending', line: 1, column: 5, endLine: 1, endColumn: 30 }],
    },
    {
      name: 'a zero-tolerance notice',
      text: 'Abusive language will not be tolerated.',
      errors: [{ messageId: 'condescending', line: 1, column: 1, endLine: 1, endColumn: 39 }],
    },
    {
      name: 'a negated "there is" with the inability after',
      text: "There isn't anything more that can be done.",
      errors: [{ messageId: 'dismissive', line: 1, column: 13, endLine: 1, endColumn: 43 }],
    },
    // Session 2: the same ideas in other words (fixtures/rules/dismissive-tone/paraphrases.txt has more).
    {
      name: 'pointing back at a message, whatever stands between verb and message',
      text: 'As I mentioned in my reply on Tuesday, the date can only be changed online.\n',
      errors: [{ messageId: 'dismissive', line: 1, column: 1, endLine: 1, endColumn: 21 }],
    },
    {
      name: 'a bare "As I mentioned,": the drop suggestion reaches over the `after` words (not "As I , the…")',
      text: "As I mentioned, the fee covers the installer's visit.\n",
      errors: [{ messageId: 'dismissive', line: 1, column: 1, endLine: 1, endColumn: 15, suggestions: ['T'] }],
    },
    {
      name: 'said before, counted',
      text: 'As I\'ve explained several times, the warranty does not cover water damage.\n',
      errors: [{ messageId: 'dismissive', line: 1, column: 9, endLine: 1, endColumn: 32 }],
    },
    {
      name: 'the agent\'s earlier answer to this very question, with when',
      text: 'I have now responded to this query on three separate occasions.\n',
      errors: [{ messageId: 'dismissive', line: 1, column: 1, endLine: 1, endColumn: 24 }],
    },
    {
      name: 'the question as the subject of a passive, with when',
      text: 'This was answered on the mailing list last month.\n',
      errors: [{ messageId: 'dismissive', line: 1, column: 1, endLine: 1, endColumn: 18 }],
    },
    {
      text: 'This topic has been discussed to death on the forum.\n',
      errors: [{ messageId: 'dismissive', line: 1, column: 21, endLine: 1, endColumn: 39 }],
    },
    {
      text: 'Our position has not changed since our letter of 3 February.\n',
      errors: [{ messageId: 'dismissive', line: 1, column: 1, endLine: 1, endColumn: 29 }],
    },
    {
      name: 'a refusal to talk further, and a formal one',
      text: 'We won\'t be discussing this further. We will not be entering into further correspondence on this matter.\n',
      errors: [
        { messageId: 'dismissive', line: 1, column: 4, endLine: 1, endColumn: 23 },
        { messageId: 'dismissive', line: 1, column: 41, endLine: 1, endColumn: 66 },
      ],
    },
    {
      text: 'Policy is policy, I\'m afraid.\n',
      errors: [{ messageId: 'dismissive', line: 1, column: 1, endLine: 1, endColumn: 17 }],
    },
    {
      name: 'nothing wrong on our side, reworded',
      text: "There's nothing wrong on our end. Our network has no fault.\n",
      errors: [
        { messageId: 'dismissive', line: 1, column: 9, endLine: 1, endColumn: 33 },
        { messageId: 'dismissive', line: 1, column: 35, endLine: 1, endColumn: 59 },
      ],
    },
    {
      text: "Runs perfectly on every machine we've tried.\n",
      errors: [{ messageId: 'dismissive', line: 1, column: 1, endLine: 1, endColumn: 35 }],
    },
    {
      name: 'the agent unable to act, with someone else as subject',
      text: 'There is nothing further the bank can do.\n',
      errors: [{ messageId: 'dismissive', line: 1, column: 10, endLine: 1, endColumn: 41 }],
    },
    {
      name: 'not ours to sort out, no route',
      text: "Honestly, that's a matter between you and the gym.\n",
      errors: [{ messageId: 'deflection', line: 1, column: 11, endLine: 1, endColumn: 42 }],
    },
    {
      name: 'minimizing by an amount of time, reported through the amount',
      text: 'The train was only ten minutes late.\n',
      errors: [{ messageId: 'condescending', line: 1, column: 15, endLine: 1, endColumn: 31 }],
    },
    {
      text: 'Being charged twice is a minor inconvenience.\n',
      errors: [{ messageId: 'condescending', line: 1, column: 26, endLine: 1, endColumn: 45 }],
    },
    {
      text: 'Most travellers wouldn\'t even notice.\n',
      errors: [{ messageId: 'condescending', line: 1, column: 1, endLine: 1, endColumn: 37 }],
    },
    {
      name: '"calm down" in other words: perspective, asked with "let\'s"',
      text: "I understand the change is annoying. Let's keep some perspective, though.\n",
      errors: [{ messageId: 'condescending', line: 1, column: 44, endLine: 1, endColumn: 65 }],
    },
    {
      name: 'telling them how to feel',
      text: 'You shouldn\'t be so upset about a late parcel.\n',
      errors: [{ messageId: 'condescending', line: 1, column: 1, endLine: 1, endColumn: 26 }],
    },
    {
      name: 'an adverb inside the directive lead',
      text: 'I would also ask you to lower the temperature of your correspondence.\n',
      errors: [{ messageId: 'condescending', line: 1, column: 25, endLine: 1, endColumn: 69 }],
    },
    {
      text: 'Shouting at our staff won\'t get you anywhere.\n',
      errors: [{ messageId: 'condescending', line: 1, column: 1, endLine: 1, endColumn: 28 }],
    },
    {
      name: 'presuming they should have read it',
      text: 'This is clearly documented in the setup guide. You must have missed the confirmation email.\n',
      errors: [
        { messageId: 'condescending', line: 1, column: 9, endLine: 1, endColumn: 27 },
        { messageId: 'condescending', line: 1, column: 48, endLine: 1, endColumn: 68 },
      ],
    },
    {
      text: "It's literally the first thing in the FAQ.\n",
      errors: [{ messageId: 'condescending', line: 1, column: 6, endLine: 1, endColumn: 25 }],
    },
    {
      name: '"Clearly" opening the answer',
      text: 'Clearly this is the rename from 2.0.\n',
      errors: [{ messageId: 'condescending', line: 1, column: 1, endLine: 1, endColumn: 8, suggestions: ['T'] }],
    },
    {
      name: '"Again," opening a repeated answer',
      text: 'Again, the refund window is 14 days.\n',
      errors: [{ messageId: 'dismissive', line: 1, column: 1, endLine: 1, endColumn: 6, suggestions: ['T'] }],
    },
    {
      text: 'Honestly this is pretty basic Postgres stuff.\n',
      errors: [{ messageId: 'condescending', line: 1, column: 18, endLine: 1, endColumn: 30 }],
    },
    {
      name: '"simply" belittled by the next sentence',
      text: "Simply restart the app. It's that easy.\n",
      errors: [{ messageId: 'condescending', line: 1, column: 1, endLine: 1, endColumn: 7 }],
    },
    {
      text: 'Your frustration is noted.\n',
      errors: [{ messageId: 'dismissive', line: 1, column: 1, endLine: 1, endColumn: 26 }],
    },
    {
      text: 'The system is working as intended.\n',
      errors: [{ messageId: 'dismissive', line: 1, column: 15, endLine: 1, endColumn: 34 }],
    },
    {
      text: 'We haven\'t had any other complaints about this.\n',
      errors: [{ messageId: 'dismissive', line: 1, column: 4, endLine: 1, endColumn: 36 }],
    },
    {
      text: 'Do you really expect us to refund a ticket you didn\'t use?\n',
      errors: [{ messageId: 'condescending', line: 1, column: 1, endLine: 1, endColumn: 21 }],
    },
    {
      name: '"let me be clear" before a refusal',
      text: 'Let me be very clear: the refund will not be issued.\n',
      errors: [{ messageId: 'condescending', line: 1, column: 1, endLine: 1, endColumn: 21 }],
    },
    {
      text: "I'm sure you'll understand that we can't refund a used mattress.\n",
      errors: [{ messageId: 'condescending', line: 1, column: 1, endLine: 1, endColumn: 27 }],
    },
    {
      text: "I'm afraid that's the end of the matter.\n",
      errors: [{ messageId: 'dismissive', line: 1, column: 12, endLine: 1, endColumn: 40 }],
    },
    {
      text: 'We regard this complaint as closed.\n',
      errors: [{ messageId: 'dismissive', line: 1, column: 4, endLine: 1, endColumn: 35 }],
    },
    {
      text: 'I\'ve tested it myself and it works perfectly.\n',
      errors: [{ messageId: 'dismissive', line: 1, column: 6, endLine: 1, endColumn: 45 }],
    },
    {
      name: 'others\' silence in the bare past tense',
      text: 'No other passengers complained about the flight.\n',
      errors: [{ messageId: 'dismissive', line: 1, column: 1, endLine: 1, endColumn: 9 }],
    },
    {
      text: 'It was a short delay, nothing to get worked up about.\n',
      errors: [{ messageId: 'condescending', line: 1, column: 23, endLine: 1, endColumn: 53 }],
    },
    {
      text: 'Please don\'t shout at me.\n',
      errors: [{ messageId: 'condescending', line: 1, column: 1, endLine: 1, endColumn: 19 }],
    },
    {
      text: 'We cannot be held responsible for your router.\n',
      errors: [{ messageId: 'deflection', line: 1, column: 4, endLine: 1, endColumn: 34 }],
    },
    {
      name: 'the problem put beyond the agent\'s control, no route',
      text: "This is beyond my control, I'm afraid.",
      errors: [{ messageId: 'deflection', line: 1, column: 1, endLine: 1, endColumn: 26 }],
    },
  ],
})

describe('dismissive-tone on paraphrases (fixtures/rules/dismissive-tone/paraphrases.txt)', () => {
  const fixture = fileURLToPath(new URL('../../fixtures/rules/dismissive-tone/paraphrases.txt', import.meta.url))
  const lines = readFileSync(fixture, 'utf8').split('\n').filter((l) => /^[+-] /.test(l))
  const options = resolveOptions(rule.meta, undefined)
  const found = (line: string) =>
    lintText(`Hi Sam,\n\n${line}\n`, { format: 'markdown', rules: [{ rule, severity: 2, options }] }).messages.filter((m) => m.ruleId === 'dismissive-tone')

  it('has both kinds of line', () => {
    expect(lines.filter((l) => l.startsWith('+')).length).toBeGreaterThan(100)
    expect(lines.filter((l) => l.startsWith('-')).length).toBeGreaterThan(100)
  })
  it('reports every "+" line', () => {
    expect(lines.filter((l) => l.startsWith('+') && found(l.slice(2)).length === 0)).toEqual([])
  })
  it('stays quiet on every "-" line', () => {
    expect(lines.filter((l) => l.startsWith('-') && found(l.slice(2)).length > 0)).toEqual([])
  })
})

describe('dismissive-tone on adversarial input', () => {
  // A hang detector, not a benchmark: ~100 KB of hits in one run-on sentence.
  const inputs: Record<string, string> = {
    'a run of "nothing"': 'there is nothing '.repeat(6_000),
    'a run of requests': 'please keep '.repeat(8_000),
    'a run of tone words': 'please lower your tone '.repeat(4_000),
    // Session 2: amounts read word by word, and `after` words read back from every anchor.
    'a run of small amounts': 'it is only a few minutes '.repeat(4_000),
    'a run of anchors with their leads': "that's a matter between you and ".repeat(3_000),
    'a run of passives said before': 'this was answered already '.repeat(4_000),
  }
  finishesOn(rule, inputs)
})
