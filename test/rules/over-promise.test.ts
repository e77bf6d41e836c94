import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import rule from '../../rules/over-promise/index.js'
import { describe, expect, it } from 'vitest'
import { lintText } from '../../src/engine/lint-text.js'
import { resolveOptions } from '../../src/rule/options.js'
import { RuleTester } from '../../src/rule/tester.js'
import { ROOT } from '../helpers/cli.js'
import { finishesOn } from '../helpers/hang-check.js'

new RuleTester().run(rule, {
  valid: [
    // "immediately" as a done act of the agent, the agent's own next step, or an instruction (issue 5).
    "I've refunded it immediately after reading your message.",
    "I'll refund the $40 right away and send you the receipt.",
    'Click Save right away so the draft is not lost.',
    "I'll escalate this right away and update you by 5pm.",
    'Immediately after you click Save, the page will reload.',
    // Managing expectations is what the rule asks for.
    "I can't guarantee the courier will arrive before noon, but I've asked them to.",
    'Hopefully this won\'t happen again, and here is what we changed to make it less likely.',
    "This shouldn't happen again now that the fix is live.",
    'If it happens again, reply to this email and I will look at the logs.',
    // A promise of the agent's own act, or of nothing in particular.
    "I promise I'll call you tomorrow morning.",
    'I promise to send the corrected invoice today.',
    'We will certainly consider re-dispatching your parcel after seven days.',
    'I can certainly do that for you.',
    'Rest assured that we are working hard to rectify this.',
    'We promise a full refund if the item is not delivered in 14 days.',
    "I'm 100% sure you were charged twice; I've refunded the second charge.",
    'Certainly, the invoice will be sent to your billing email.',
    // An adverb governs only its own clause.
    "That's definitely a bug, and it will be fixed in 4.3.",
    "We can't guarantee delivery before Christmas, but the parcel left today.",
    // "guarantee" as a noun.
    'Our 30-day money-back guarantee covers this, so the refund is on its way.',
    // "never" and "always" that promise nothing.
    'We will NEVER ask for your password.',
    "You won't be asked for any of these documents again.",
    'Angular CLI always runs some static analysis.',
    'You will always need to log in again after a password change.',
    'Our maintainers are always on the lookout and will attend to PRs in order.',
    // A look-up by the agent's colleagues, not work that can slip.
    'Mention order 77-1940 when you call and they\'ll find it straight away.',
    // A question promises nothing.
    "It won't happen again? That is what we said last time, so here is what changed.",
    // Not the agent's prose.
    '> You promised it would never happen again!\n\nThanks for flagging it; the second charge is refunded.',
    // Never again about something else, a condition, a hedge.
    "You won't need to enter your card details again.",
    "You won't see this banner again once you dismiss it.",
    "You won't be charged again after today.",
    'If you run into it again, send us the logs.',
    "Hopefully you won't see this error again now the patch is in.",
    // Tight windows on the agent's own act, the team's own mail and shop, a hedge, a day-scale window, the outcome of the agent's own fix.
    "I'll call you back within the hour with the quote.",
    'Your password reset email will arrive within a few minutes.',
    'Your order will be ready for collection within two hours.',
    'The site should be back up within the hour.',
    'It will be with you within 48 hours of dispatch.',
    "I've raised your quota, so mail will arrive again within a few minutes.",
    'Our system will process it within the hour.',
    // Present practice described, hedged or usual timing, the agent's own act (session 2).
    'We review every ticket within one business day.',
    'We look into every issue and monitor open issues for new comments.',
    'We aim to resolve this within 48 hours.',
    'Refunds usually arrive within 3-5 business days.',
    'The courier should arrive between 8 and 10am.',
    "I'll call you back at 3pm.",
    "I'll email you the label today.",
    // Named policy guarantees and "never" as current practice.
    'Every order comes with our price-match guarantee.',
    'We will never share your data with advertisers.',
    // "count on" the agent or the team's own people; a noun, not someone delivering.
    'You can count on me to keep you posted.',
    'You can rely on our team to keep you updated.',
    'You can rely on the tracking page for live updates.',
    // "Consider it done" for what the agent has done, or with nothing handed on.
    "Consider it done: I've cancelled the order and refunded the £12.",
    'Consider it done.',
    // A vouching clause with nothing uncontrolled before it.
    "I've refunded the duplicate; that part is a certainty.",
    // "always" and its kin on a feature, a caution, or a condition.
    'The page will always reload after you click Save.',
    'The base fabric will always scuff a little on rock.',
    "I'll check in with you every single time the status changes.",
    // A forward time on the team's own arrangements.
    'From now on, your orders will ship from our Leeds warehouse.',
    "From now on you'll receive a weekly summary email.",
    "From now on you won't receive these emails.",
    "Going forward, we won't charge a booking fee.",
    // "any more", "no more", "the last time" about something that is not the problem.
    "We won't charge any further fees.",
    'No more than two items can be returned at once.',
    "I don't expect any more issues, but let me know if anything comes up.",
    'This will be the last time we can extend the deadline.',
    // Effort described, an instruction, a step spared.
    "We're working to make sure this doesn't happen again.",
    'Please make sure you never share your password again.',
    "I'll make sure the team knows, so you never have to explain it again.",
    // "make sure" about the team's own work, or an outside party's mere information.
    "I'll make sure the refund goes out today.",
    'Please make sure the courier has your door code.',
    "I'll make sure the courier has your new address.",
    'Your upgrade went through without a hitch.',
    // An inline " -- " is punctuation, and a done act after it promises nothing.
    'The courier left it at the depot -- you can collect it until Friday.',
    // Quoted customer text.
    "> I was told you'd always be there for me and it would never happen again.\n\nThanks for writing; I've refunded the second charge.",
  ],
  invalid: [
    {
      name: 'a promise about a third party',
      text: "I've booked a redelivery for Thursday and I can promise the driver will be there before noon.",
      errors: [
        {
          messageId: 'promise',
          line: 1,
          column: 49,
          endLine: 1,
          endColumn: 93,
          message:
            '"promise the driver will be there before noon" promises something the team does not control; promise only what you control, and say what you will do ("I\'ve booked the redelivery for Thursday")',
        },
      ],
    },
    {
      name: 'certainty about someone else\'s timing',
      text: "I've pushed the refund back through; your bank will definitely have it in your account by this afternoon.",
      errors: [{ messageId: 'promise', line: 1, column: 38, endLine: 1, endColumn: 105 }],
    },
    {
      text: 'I guarantee your package will arrive by Friday.',
      errors: [{ messageId: 'promise', line: 1, column: 3, endLine: 1, endColumn: 47 }],
    },
    {
      name: 'a trailing promise marker',
      text: 'It will be with you within 48 hours of dispatch, wherever you are — you have our word on that.',
      errors: [{ messageId: 'promise', line: 1, column: 1, endLine: 1, endColumn: 86 }],
    },
    {
      name: 'the outcome as the object of the promise',
      text: 'We guarantee delivery within 24 hours.',
      errors: [{ messageId: 'promise', line: 1, column: 4, endLine: 1, endColumn: 38 }],
    },
    {
      text: "It's guaranteed to arrive within two days.",
      errors: [{ messageId: 'promise', line: 1, column: 6, endLine: 1, endColumn: 26 }],
    },
    {
      text: "I'm 100% sure this update will fix the crash.",
      errors: [{ messageId: 'promise', line: 1, column: 5, endLine: 1, endColumn: 45 }],
    },
    {
      name: 'immediacy attached to another team\'s work',
      text: "I've escalated it to the hotel's reservations team and they'll fix it immediately.",
      errors: [
        {
          messageId: 'immediate',
          line: 1,
          column: 56,
          endLine: 1,
          endColumn: 82,
          message:
            '"they\'ll fix it immediately" promises immediate work that depends on others; give the timing the other team or company usually meets, and say you will follow up',
        },
      ],
    },
    {
      name: 'immediacy attached to an outcome the agent does not control',
      text: "We'll fix it immediately, whatever the cause.",
      errors: [{ messageId: 'immediate', line: 1, column: 1, endLine: 1, endColumn: 25 }],
    },
    {
      text: 'This won\'t happen to you again.',
      errors: [
        {
          messageId: 'neverAgain',
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 31,
          message:
            '"This won\'t happen to you again" promises that it can never happen again; say what you changed to make it less likely, not that it can never happen',
        },
      ],
    },
    {
      text: 'We pledge we will do everything in our power to insure such an incident will never happen again.',
      errors: [{ messageId: 'neverAgain', line: 1, column: 56, endLine: 1, endColumn: 96 }],
    },
    {
      name: 'a certainty and a never-again in one clause are one report',
      text: 'Version 4.2.1 fixes it, and I can tell you with total certainty it will never crash on you again.',
      errors: [{ messageId: 'promise', line: 1, column: 44, endLine: 1, endColumn: 97 }],
    },
    {
      text: "We'll make sure this never happens again.",
      errors: [{ messageId: 'neverAgain', line: 1, column: 17, endLine: 1, endColumn: 41 }],
    },
    {
      name: '"always" as a promise',
      text: 'We will always be here for you.',
      errors: [{ messageId: 'always', line: 1, column: 1, endLine: 1, endColumn: 31 }],
    },
    {
      text: "You'll always get a reply within an hour.",
      errors: [{ messageId: 'always', line: 1, column: 1, endLine: 1, endColumn: 41 }],
    },
    {
      name: 'a phrase added in config uses the first strategy (promise)',
      text: 'Trust me, the parcel will be there tomorrow.',
      options: { phrases: { add: ['trust me'] } },
      errors: [{ messageId: 'promise', line: 1, column: 1, endLine: 1, endColumn: 44 }],
    },
    {
      name: 'never again in the second person, with another verb',
      text: "You won't run into it again.",
      errors: [{ messageId: 'neverAgain', line: 1, column: 1, endLine: 1, endColumn: 28 }],
    },
    {
      name: '"you\'ll never see this again": a bare pointer at the problem',
      text: "Once the patch is in, you'll never see this again.",
      errors: [{ messageId: 'neverAgain', line: 1, column: 23, endLine: 1, endColumn: 50 }],
    },
    {
      name: '"nothing like this … again"',
      text: 'Nothing like this will ever happen to your account again.',
      errors: [{ messageId: 'neverAgain', line: 1, column: 1, endLine: 1, endColumn: 57 }],
    },
    {
      name: '"anymore" closing a negated future about the problem',
      text: "You won't have this trouble anymore.",
      errors: [{ messageId: 'neverAgain', line: 1, column: 1, endLine: 1, endColumn: 36 }],
    },
    {
      name: 'a tight window on a third party\'s system coming back',
      text: "The carrier's tracking site will be back up within the hour.",
      errors: [{ messageId: 'deadline', line: 1, column: 1, endLine: 1, endColumn: 60 }],
    },
    {
      name: 'a tight window on the bank\'s work',
      text: 'Your bank will have the money back in your account by lunchtime.',
      errors: [{ messageId: 'deadline', line: 1, column: 1, endLine: 1, endColumn: 64 }],
    },
    {
      name: 'never again about a problem the customer suffers',
      text: "You'll never be overcharged again.",
      errors: [{ messageId: 'neverAgain', line: 1, column: 1, endLine: 1, endColumn: 34 }],
    },
    {
      name: 'a tight window on a technician',
      text: 'The technician will have you back online in 30 minutes.',
      errors: [{ messageId: 'deadline', line: 1, column: 1, endLine: 1, endColumn: 55 }],
    },
    {
      name: '"our supplier" is someone else',
      text: 'Our supplier will have the part to you by tonight.',
      errors: [{ messageId: 'deadline', line: 1, column: 1, endLine: 1, endColumn: 50 }],
    },
    // Session 2: paraphrased promises, by structure.
    {
      name: '"count on" someone else delivering, with a certainty after the semicolon',
      text: "I've rebooked it for Friday, and you can count on the crew arriving between 8 and 10am; that part is a certainty.",
      errors: [
        {
          messageId: 'promise',
          line: 1,
          column: 34,
          endLine: 1,
          endColumn: 87,
          message:
            '"you can count on the crew arriving between 8 and 10am" promises something the team does not control; promise only what you control, and say what you will do if it does not happen',
        },
      ],
    },
    {
      text: 'Hi Kwame,\n\nSorry your sofa delivery was missed. I\'ve rebooked it for Friday,\nand you can count on the crew arriving between 8 and 10am.',
      errors: [{ messageId: 'promise', line: 4, column: 5, endLine: 4, endColumn: 58 }],
    },
    {
      text: 'You can rely on the courier to deliver it by Friday.',
      errors: [{ messageId: 'promise', line: 1, column: 1, endLine: 1, endColumn: 52 }],
    },
    {
      name: '"count on it" vouches for the clause before',
      text: 'The hotel will upgrade your room, you can count on it.',
      errors: [{ messageId: 'promise', line: 1, column: 1, endLine: 1, endColumn: 54 }],
    },
    {
      name: '"consider it done" after handing the request to another team',
      text: "I've passed your request to the underwriting team. Consider it done.",
      errors: [{ messageId: 'promise', line: 1, column: 1, endLine: 1, endColumn: 68 }],
    },
    {
      name: 'a colon after the marker introduces what it promises',
      text: 'Consider it done: the refund team will approve it today.',
      errors: [{ messageId: 'promise', line: 1, column: 1, endLine: 1, endColumn: 56 }],
    },
    {
      name: 'a trailing "promise" vouches for a verbless "no more"',
      text: 'No more breaking changes in a minor version from here on, promise.',
      errors: [{ messageId: 'promise', line: 1, column: 1, endLine: 1, endColumn: 66 }],
    },
    {
      name: 'an inline " -- " is punctuation: the promise after it is prose',
      text: 'The courier will be there at 9am sharp -- you have my word.',
      errors: [{ messageId: 'promise', line: 1, column: 1, endLine: 1, endColumn: 59 }],
    },
    {
      name: 'a marker standing alone vouches for the sentence before, across a line break',
      text: 'The courier will be there on Friday.\nYou have my word.',
      errors: [{ messageId: 'promise', line: 1, column: 1, endLine: 2, endColumn: 17 }],
    },
    {
      name: 'one report when the sentence before was already reported',
      text: 'The engineer will be with you by noon.\nYou have my word.',
      errors: [{ messageId: 'deadline', line: 1, column: 1, endLine: 1, endColumn: 38 }],
    },
    {
      name: '"with us" ends the subject: the flight is promised, not the team',
      text: 'I can promise your next flight with us will be flawless.',
      errors: [{ messageId: 'promise', line: 1, column: 7, endLine: 1, endColumn: 56 }],
    },
    {
      text: 'I give you my word the landlord will fix the heating this week.',
      errors: [{ messageId: 'promise', line: 1, column: 1, endLine: 1, endColumn: 63 }],
    },
    {
      text: 'Trust me, the parcel will arrive tomorrow.',
      errors: [{ messageId: 'promise', line: 1, column: 1, endLine: 1, endColumn: 42 }],
    },
    {
      text: 'Your refund will absolutely be in your account by Monday.',
      errors: [{ messageId: 'promise', line: 1, column: 1, endLine: 1, endColumn: 57 }],
    },
    {
      text: 'You will 100% have your refund by Monday.',
      errors: [{ messageId: 'promise', line: 1, column: 1, endLine: 1, endColumn: 41 }],
    },
    {
      name: 'a closing adverb governs its whole clause',
      text: "You'll be back up and running by tonight, for sure.",
      errors: [{ messageId: 'promise', line: 1, column: 1, endLine: 1, endColumn: 51 }],
    },
    {
      name: '"make sure" an outside party does its part',
      text: "We'll make sure the courier arrives on time.",
      errors: [
        {
          messageId: 'promise',
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 44,
          message:
            '"We\'ll make sure the courier arrives on time" promises something the team does not control; say what you have asked them to do and when you will check, not that they will do it',
        },
      ],
    },
    {
      text: "I'll personally ensure the bank processes your refund today.",
      errors: [{ messageId: 'promise', line: 1, column: 1, endLine: 1, endColumn: 60 }],
    },
    {
      name: '"always" on an outcome someone else delivers',
      text: 'Your premiums will always stay the same.',
      errors: [{ messageId: 'always', line: 1, column: 1, endLine: 1, endColumn: 40 }],
    },
    {
      text: "I've corrected the dock number -- and going forward, your orders will always arrive on the first slot, every single time.",
      errors: [{ messageId: 'always', line: 1, column: 54, endLine: 1, endColumn: 102 }],
    },
    {
      name: 'a frequency closing the clause',
      text: 'The price will stay the same forever.',
      errors: [{ messageId: 'always', line: 1, column: 1, endLine: 1, endColumn: 37 }],
    },
    {
      name: 'a forward time with a word of punctuality',
      text: 'From now on, all your shipments will arrive on time.',
      errors: [{ messageId: 'always', line: 1, column: 1, endLine: 1, endColumn: 52 }],
    },
    {
      name: 'a forward time on a negated future of the problem',
      text: 'This will not happen in the future.',
      errors: [
        {
          messageId: 'neverAgain',
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 35,
          message:
            '"This will not happen in the future" promises that it can never happen again; say what you changed and what usually happens now, not what will hold forever',
        },
      ],
    },
    {
      text: "Going forward, you won't have this issue.",
      errors: [{ messageId: 'neverAgain', line: 1, column: 1, endLine: 1, endColumn: 41 }],
    },
    {
      name: '"never" on what someone else must never let happen',
      text: 'Your premiums will never go up.',
      errors: [{ messageId: 'always', line: 1, column: 1, endLine: 1, endColumn: 31 }],
    },
    {
      name: '"make sure … never … again" is about the customer\'s experience, whatever its nouns',
      text: "I'll make sure you never get matched against smurfs again.",
      errors: [{ messageId: 'neverAgain', line: 1, column: 16, endLine: 1, endColumn: 58 }],
    },
    {
      name: 'the problem again as the object of a negated future',
      text: "This pair won't develop the same fault.",
      errors: [{ messageId: 'neverAgain', line: 1, column: 1, endLine: 1, endColumn: 39 }],
    },
    {
      text: 'There will be no more outages on your line.',
      errors: [{ messageId: 'neverAgain', line: 1, column: 1, endLine: 1, endColumn: 30 }],
    },
    {
      text: "You won't see any more errors after the update.",
      errors: [{ messageId: 'neverAgain', line: 1, column: 1, endLine: 1, endColumn: 30 }],
    },
    {
      text: 'This will be the last time you have to chase us for a refund.',
      errors: [{ messageId: 'neverAgain', line: 1, column: 1, endLine: 1, endColumn: 61 }],
    },
    {
      name: 'a failure of anything, never again',
      text: 'Your flight will never be delayed again.',
      errors: [{ messageId: 'neverAgain', line: 1, column: 1, endLine: 1, endColumn: 40 }],
    },
    {
      text: 'There is zero chance this will happen again.',
      errors: [{ messageId: 'neverAgain', line: 1, column: 1, endLine: 1, endColumn: 44 }],
    },
    {
      name: 'a tight window on the bank\'s refund',
      text: 'The bank will refund you within the hour.',
      errors: [{ messageId: 'deadline', line: 1, column: 1, endLine: 1, endColumn: 41 }],
    },
  ],
})

describe('over-promise on adversarial input', () => {
  // A hang detector, not a benchmark: each input is ~100 KB built to make a careless look-around quadratic.
  const inputs: Record<string, string> = {
    'a run of modals and "always"': 'we will always '.repeat(7_000),
    'a run of promises': 'I promise it will '.repeat(6_000),
    'a run of never-agains': "it won't happen again and ".repeat(4_000),
    'a run of pointers': "you won't see it again ".repeat(4_000),
    'a run of deadlines': 'it will be back within the hour '.repeat(3_000),
    'a run of count-ons': 'you can count on the crew arriving '.repeat(3_000),
    'a run of make-sures': "we'll make sure the courier arrives ".repeat(3_000),
    'a run of forward times': 'from now on your orders will arrive on time '.repeat(2_500),
    'a run of vouchers': 'that part is a certainty; '.repeat(4_000),
    'a run of recurrences': "you won't see the same fault or any further issues ".repeat(2_000),
  }
  finishesOn(rule, inputs)
})

describe('over-promise on whole replies (fixtures/rules/over-promise)', () => {
  const lint = (name: string) => {
    const text = readFileSync(join(ROOT, 'fixtures/rules/over-promise', name), 'utf8')
    const { messages } = lintText(text, { format: 'markdown', rules: [{ rule, severity: 1, options: resolveOptions(rule.meta, undefined) }] })
    return messages.map((m) => `${m.messageId} ${m.line}:${m.column}-${m.endLine}:${m.endColumn}`)
  }

  it('reports each promise made on someone else\'s behalf, once, at its clause', () => {
    expect(lint('promises.md')).toEqual([
      // A request handed to another party, then "Consider it done." (vouch.ts).
      'promise 6:1-6:85',
      // A tight window on the network's repair, before an inline " -- " (punctuation, not a signature).
      'deadline 8:1-8:42',
      // After the " -- ": a forward time on an outcome with "without fail".
      'always 8:50-8:108',
      // "I'll make sure" an outside technician turns up.
      'promise 9:1-9:69',
      // Never again, across a line break.
      'neverAgain 9:75-10:12',
    ])
  })

  it('stays quiet when expectations are managed, a guarantee is a policy, and the promise is quoted', () => {
    expect(lint('managed.md')).toEqual([])
  })
})

describe('over-promise with phrases a team adds', () => {
  it('finds an added phrase', () => {
    const options = resolveOptions(rule.meta, { phrases: { add: ['cross my heart'] } })
    const messages = lintText('Cross my heart, the courier will be there.', { rules: [{ rule, severity: 1, options }] }).messages
    expect(messages.length).toBeGreaterThan(0)
  })
})
