import rule from '../../rules/over-promise/index.js'
import { describe, expect, it } from 'vitest'
import { lintText } from '../../src/engine/lint-text.js'
import { resolveOptions } from '../../src/rule/options.js'
import { RuleTester } from '../../src/rule/tester.js'

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
  }
  for (const [name, text] of Object.entries(inputs)) {
    it(`finishes on ${name}`, () => {
      const started = Date.now()
      lintText(text, { format: 'plaintext', rules: [{ rule, severity: 1, options: resolveOptions(rule.meta, undefined) }] })
      expect(Date.now() - started).toBeLessThan(10_000)
    })
  }
})
