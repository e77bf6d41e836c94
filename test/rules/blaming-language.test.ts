import rule from '../../rules/blaming-language/index.js'
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { lintText } from '../../src/engine/lint-text.js'
import { resolveOptions } from '../../src/rule/options.js'
import { RuleTester } from '../../src/rule/tester.js'
import { finishesOn } from '../helpers/hang-check.js'

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
    // Near-misses of the paraphrase strategies: our side at fault, a state rather than an act, a choice,
    // a treat or a place rather than a fault, a guess, a condition without consequence, quoted words.
    "I'm sorry, this one is on us.",
    'Our focus is on you, our customers.',
    'Return shipping is on you, and we will email a label.',
    'The backup is on your side, in the Downloads folder.',
    'The button is in your settings, under Privacy.',
    "It's up to you to pick the colour.",
    'Looking after the garden is your job; ours is to bring the tools.',
    'None of this was your fault; the form was broken.',
    'You neglected nothing; the mistake was ours.',
    '"You failed to deliver" is fair, and I\'m sorry.',
    'If you had already paid, please ignore this reminder.',
    "If you'd like, I can resend the invoice.",
    "Had you received the email, you'd have seen the code; I've resent it now.",
    "We had you booked for Tuesday, but Wednesday works too.",
    'Had we checked the label, this would not have happened.',
    'Due to your location, delivery takes five working days.',
    "Because of your feedback, we've added dark mode.",
    'The card was declined due to your bank\'s fraud checks.',
    'The delay was caused by a courier strike, not by anything you did.',
    'The ticket was opened by you on 3 May.',
    'The alert was triggered by you signing in from a new laptop.',
    "The seal wasn't broken by you; the factory missed it.",
    'You could have the replacement by Friday if you confirm today.',
    'You could have checked the wrong box by accident.',
    'Our checks should have prevented the double charge.',
    "The 2.3 update would have prevented this crash, and it's live now.",
    'This could have been avoided, and I am sorry it was not.',
    "Although the terms say 14 days, I've approved your refund.",
    "Even though the guide says to restart, you don't need to here.",
    "You followed the guide exactly, even though it told you the wrong port; that's on us.",
    'You agreed to the callback slot, so our engineer will ring you at 3pm.',
    'When you accepted the terms, you also got 20 GB of free storage.',
    'You were sent the wrong item, and a replacement is on its way.',
    'It looks like you installed it incorrectly; here is the guide.',
    'You did nothing wrong.',
    'Is that not how the feature is meant to be used?',
    "We'll be more careful with packaging from now on.",
    'Did you receive our email?',
    "You're the one who found the bug, so thank you!",
    'You are responsible for nothing until the contract starts.',
    "Here's what happens when you cancel: your data stays for 30 days.",
    'The app warned you before deleting the folder, and the copy is in the bin.',
    'We shipped you the wrong size, and the right one is on its way.',
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
      name: 'an "if you had" whose consequence is a contracted would',
      text: "If you had read the migration guide you'd know the flag was renamed in 3.0.",
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
    // Blame in other words (session 2): structure, not stock phrases.
    {
      name: "a counterfactual with any act of the customer's",
      text: 'Had you arranged regular servicing, the boiler would not have failed.',
      errors: [{ messageId: 'blame', line: 1, column: 1, endLine: 1, endColumn: 17 }],
    },
    {
      name: "\"if you had\" with its consequence before it",
      text: "The boiler wouldn't have failed if you had serviced it once a year.",
      errors: [{ messageId: 'blame', line: 1, column: 33, endLine: 1, endColumn: 52 }],
    },
    {
      name: "a duty that was theirs",
      text: 'Keeping that PIN private was your job.',
      errors: [{ messageId: 'blame', line: 1, column: 26, endLine: 1, endColumn: 38 }],
    },
    {
      text: 'It was up to you to renew the policy before it lapsed.',
      errors: [{ messageId: 'blame', line: 1, column: 8, endLine: 1, endColumn: 20 }],
    },
    {
      name: "the onus on the customer in the third person",
      text: 'The onus is on the account holder to keep the card safe.',
      errors: [{ messageId: 'blame', line: 1, column: 1, endLine: 1, endColumn: 34 }],
    },
    {
      name: "a fault as a place, with any fault as subject",
      text: 'So the 48-hour suspension is on you.',
      errors: [{ messageId: 'blame', line: 1, column: 4, endLine: 1, endColumn: 36 }],
    },
    {
      text: "Whatever's wrong is in your setup, not in the library.",
      errors: [{ messageId: 'blame', line: 1, column: 1, endLine: 1, endColumn: 34 }],
    },
    {
      text: 'This is a misconfiguration on your side, not a bug.',
      errors: [{ messageId: 'blame', line: 1, column: 11, endLine: 1, endColumn: 40 }],
    },
    {
      name: "a causal link to how something was done on their end",
      text: 'The crack comes down to how the tablet was handled on your end.',
      errors: [{ messageId: 'blame', line: 1, column: 11, endLine: 1, endColumn: 63 }],
    },
    {
      name: "a causal link to a fault of theirs",
      text: 'The leak was caused by your improper installation of the valve.',
      errors: [{ messageId: 'blame', line: 1, column: 14, endLine: 1, endColumn: 50 }],
    },
    {
      name: "a causal link to their act",
      text: 'The outage was a result of you changing the DNS settings.',
      errors: [{ messageId: 'blame', line: 1, column: 18, endLine: 1, endColumn: 40 }],
    },
    {
      text: 'This damage was caused by you.',
      errors: [{ messageId: 'blame', line: 1, column: 17, endLine: 1, endColumn: 30 }],
    },
    {
      name: "a passive with the customer as agent",
      text: 'The seal was clearly broken by you.',
      errors: [{ messageId: 'blame', line: 1, column: 10, endLine: 1, endColumn: 35 }],
    },
    {
      name: "a reproach",
      text: 'You could have told us sooner.',
      errors: [{ messageId: 'blame', line: 1, column: 1, endLine: 1, endColumn: 20 }],
    },
    {
      name: "what would have prevented it, as a lecture",
      text: "It's the sort of thing a surge protector would have prevented.",
      errors: [{ messageId: 'lecture', line: 1, column: 42, endLine: 1, endColumn: 62 }],
    },
    {
      text: 'This could easily have been avoided by reading the manual.',
      errors: [{ messageId: 'lecture', line: 1, column: 6, endLine: 1, endColumn: 36 }],
    },
    {
      name: "an act against what they were told",
      text: "You're mixing two versions, which is the opposite of what the guide tells you to do.",
      errors: [{ messageId: 'blame', line: 1, column: 42, endLine: 1, endColumn: 78 }],
    },
    {
      name: "their assent backing a refusal",
      text: "You accepted the API terms, so we won't raise the limit.",
      errors: [{ messageId: 'rebuttal', line: 1, column: 1, endLine: 1, endColumn: 27 }],
    },
    {
      text: 'The limit is one you agreed to when you signed up, so we cannot raise it.',
      errors: [{ messageId: 'rebuttal', line: 1, column: 18, endLine: 1, endColumn: 31 }],
    },
    {
      name: "a ticked box, with the refusal in the next paragraph",
      text: 'The cancellation terms were on the booking page and you ticked the box to accept them.\n\nThe deposit is non-refundable.',
      errors: [{ messageId: 'rebuttal', line: 1, column: 57, endLine: 1, endColumn: 81 }],
    },
    {
      name: "the terms shown, backing a penalty that stands",
      text: 'The deadline was clearly shown on the dashboard, so the late penalty stands.',
      errors: [{ messageId: 'rebuttal', line: 1, column: 5, endLine: 1, endColumn: 34 }],
    },
    {
      name: "an act done wrongly",
      text: 'You installed the shelf incorrectly.',
      errors: [{ messageId: 'blame', line: 1, column: 1, endLine: 1, endColumn: 36 }],
    },
    {
      text: 'You cancelled too late for a refund.',
      errors: [{ messageId: 'blame', line: 1, column: 1, endLine: 1, endColumn: 23 }],
    },
    {
      text: 'You bought the sofa without measuring the doorway.',
      errors: [{ messageId: 'blame', line: 1, column: 1, endLine: 1, endColumn: 38 }],
    },
    {
      name: "misuse",
      text: "That's not how the blender is meant to be used.",
      errors: [{ messageId: 'blame', line: 1, column: 8, endLine: 1, endColumn: 47 }],
    },
    {
      name: "a cleft naming the customer",
      text: 'It was you who cancelled the direct debit.',
      errors: [{ messageId: 'blame', line: 1, column: 1, endLine: 1, endColumn: 25 }],
    },
    {
      text: 'You also ignored the warning on the screen.',
      errors: [{ messageId: 'blame', line: 1, column: 1, endLine: 1, endColumn: 17 }],
    },
    {
      text: 'You have failed to send the documents twice.',
      errors: [{ messageId: 'blame', line: 1, column: 1, endLine: 1, endColumn: 19 }],
    },
    {
      text: 'We did warn you about the cancellation fee.',
      errors: [{ messageId: 'rebuttal', line: 1, column: 4, endLine: 1, endColumn: 12 }],
    },
    {
      name: 'our side as the one who warned them',
      text: 'We warned you about the fee in March.',
      errors: [{ messageId: 'blame', line: 1, column: 4, endLine: 1, endColumn: 14 }],
    },
    {
      text: "I've told you twice that the sale is final.",
      errors: [{ messageId: 'blame', line: 1, column: 6, endLine: 1, endColumn: 20 }],
    },
    {
      name: 'a verdict, not an explanation',
      text: "That's what happens when you skip the update.",
      errors: [{ messageId: 'blame', line: 1, column: 8, endLine: 1, endColumn: 29 }],
    },
    {
      text: 'You did it the wrong way.',
      errors: [{ messageId: 'blame', line: 1, column: 1, endLine: 1, endColumn: 25 }],
    },
    {
      name: "a rhetorical question",
      text: 'Did you even read the email?',
      errors: [{ messageId: 'blame', line: 1, column: 1, endLine: 1, endColumn: 18 }],
    },
    {
      text: "Why didn't you tell us sooner?",
      errors: [{ messageId: 'blame', line: 1, column: 1, endLine: 1, endColumn: 20 }],
    },
    {
      text: 'Please be more careful with your card details.',
      errors: [{ messageId: 'lecture', line: 1, column: 1, endLine: 1, endColumn: 46 }],
    },
    {
      text: 'You received three reminders before the account was closed.',
      errors: [{ messageId: 'blame', line: 1, column: 1, endLine: 1, endColumn: 29 }],
    },
    {
      text: "You were fully aware of the fee, so it can't be refunded.",
      errors: [{ messageId: 'rebuttal', line: 1, column: 1, endLine: 1, endColumn: 24 }],
    },
    {
      name: "one finding per kind and sentence",
      text: 'You shared the code even though the text message says never to share it.',
      errors: [{ messageId: 'blame', line: 1, column: 1, endLine: 1, endColumn: 20 }],
    },
  ],
})

describe('blaming-language on adversarial input', () => {
  // A hang detector, not a benchmark: ~100 KB of modals in one run-on sentence.
  const inputs: Record<string, string> = {
    'a run of "you should have"': 'you should have '.repeat(6_000),
    'a run of "that is on you"': 'that is on you '.repeat(6_500),
    'a run of a past act framed as the cause': 'you deleted it yourself because you typed so it failed '.repeat(1_800),
    'a run of causes, manners and counterfactuals': 'due to how you installed it wrong had you checked even though the guide tells you '.repeat(1_200),
    'a run of fault places': 'the penalty is on you whatever is wrong is in your setup caused by you '.repeat(1_400),
  }
  finishesOn(rule, inputs)
})

describe('blaming-language on longer replies (fixtures/rules/blaming-language)', () => {
  const run = (file: string) => {
    const text = readFileSync(new URL(`../../fixtures/rules/blaming-language/${file}`, import.meta.url), 'utf8')
    const { messages } = lintText(text, { filePath: file, rules: [{ rule, severity: 1, options: resolveOptions(rule.meta, undefined) }] })
    return messages.map((m) => [m.line, m.column, m.endLine, m.endColumn, m.messageId])
  }
  it('finds each paraphrased blame in a card-dispute refusal', () => {
    expect(run('card-dispute.txt')).toEqual([
      [5, 83, 5, 135, 'blame'], // "you confirmed yourself after the caller asked you to" (…even though our app warns you)
      [5, 238, 5, 261, 'blame'], // "was your responsibility" (and, in the same sentence, "had you called us first")
      [5, 327, 5, 355, 'blame'], // "The loss is therefore on you"
    ])
  })
  it('finds the blame in a maintainer closing an issue', () => {
    expect(run('maintainer-closing.md')).toEqual([
      [3, 1, 3, 18, 'blame'], // "Did you even read"
      [3, 39, 3, 53, 'blame'], // "You deleted it" (instead of filling it in)
      [3, 187, 3, 224, 'blame'], // "opposite of what the README tells you"
    ])
  })
  it('stays quiet on a reply full of near-misses', () => {
    expect(run('no-blame-billing.md')).toEqual([])
  })
})
