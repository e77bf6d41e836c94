import rule from '../../rules/no-concrete-action/index.js'
import { RuleTester } from '../../src/rule/tester.js'

const vague = 'vague'
const missing = 'missing'

new RuleTester().run(rule, {
  valid: [
    // A thing the agent did or will do, with its object (RULES.md).
    "Hi Jo,\n\nSorry about the double charge. I've refunded the $40.\n\nBest,\nSam\n",
    "I'll send the corrected invoice by Friday.",
    'I went ahead and upgraded your account to Pro for the next three months.',
    "We're closing this issue, as it has been fixed in 2.3.1.",
    'Closing this PR as it has been stale for six weeks. Thanks!',
    'Refunded the £340 to the card you paid with.',
    'We have decided not to merge this pull request.',
    'The reminders came from a stale queue; I\'ve cleared it and marked invoice 2207 as paid.',
    'The outage came from a failed migration, and we rolled it back at 14:05 UTC.',
    'I can exchange them for a 44 if you prefer.',
    // A done or scheduled outcome, active or passive.
    'Your order has been cancelled.',
    'Your refund has been processed.',
    'This issue will be closed in 7 days if no further activity occurs.',
    'Your bug report is being closed as INSUFFICIENTDATA.',
    'A replacement jacket ships today.',
    'Your appointment is confirmed for Tuesday 3 June at 10:00.',
    'The employee serving you has been reprimanded and the plane is being fumigated.',
    'Your replacement card is now on its way.',
    // A named handoff, and a reply promised by a given time.
    "I've passed this to our billing team, who reply within one business day.",
    "I'm pinging @maintainer for their input.",
    'This has been reported as a wishlist bug to the Evergreen community.',
    'A human will reply by 10:00 AM tomorrow.',
    'We will email you a tracking link once it ships.',
    // Specific steps for the customer: imperatives with an object, "you can …", requests.
    'Click Export, then choose CSV.',
    'Please clear your cache and try again.',
    'Please subscribe to the issue for future updates.',
    'If the problem persists, please open a new issue following [the guidelines](https://example.com/guidelines).',
    'You can book a slot at any time from the Help menu.',
    'You might want to look at an alternative, such as a local printer.',
    'Could you resend the statement, or paste the transaction IDs into your reply?',
    'Please reply with your order number.',
    'Feel free to raise a request with the ESLint team.',
    'We need you to provide an online reproduction example.',
    'The user should clear the browser cache and retry.',
    'Please rephrase your issue so I can understand it.',
    'Please let us know your order number and the email on the account.',
    "Could you tell me which browser you're using?",
    'Please update and try again.',
    'I\'d be happy to offer you a 20% discount code for your next order: SORRY20.',
    // Links to the exact page, menu paths, numbered steps.
    'See the [rebase guide](https://example.com/rebase) for the details.',
    'Tracking: https://track.example.com/AB123',
    'You can see what we hold under Settings → Billing → Payment method.',
    'Here is how:\n\n1. Open Settings.\n2. Choose Export.\n',
    { text: 'Your order is on its way: {{ shipment.tracking_url }}', kind: 'template' },
    { text: 'To remedy this, we will [Specific action taken].', kind: 'template' },
    // A vague phrase does not matter once something concrete is there.
    "We're looking into it and will send you an update by Friday.",
    "I've refunded the $40. If anything else comes up, we'll get back to you.",
    // Nothing to judge: no prose at all.
    '```\nnpm install\n```\n',
    // Any verb the agent did or will do, with a real object: the lexicon is not the gatekeeper.
    "I'll comp the delivery charge on this order.",
    'We resized the photos in your listing.',
    // ...a person with where they were put, the matter with where it went, a request with whom it is lodged.
    "I've bumped you up to the 7:15 departure.",
    "I've carried it over to next month's bill.",
    "I've lodged a chargeback request with your card issuer.",
    "I've opened a case with the card issuer.",
    // A past verb joined by "and" to one the agent did keeps the agent.
    "We've checked the stock and relabelled the jars.",
    "I've arranged for an electrician to inspect the wiring on Wednesday.",
    // Someone else's done act on a thing, the active twin of "has been fitted".
    'The garage has fitted your new exhaust.',
    'The bank reversed the duplicate payment.',
    // A named third party and what to expect of them.
    "I've contacted the courier; they normally collect within two working days.",
    'Your complaint has been received and passed to our complaints team.',
    // Someone on the way at a given time.
    'Our technician will be with you on Monday between 9 and 11.',
    'The plumber is coming on Friday morning.',
    'Please come by the store with your receipt.',
    // A step whose object is inline code or a placeholder: the verb need not be in the lexicon.
    'Run `yarn install --frozen-lockfile` once more.',
    'Rename the `baseUrl` key in your `site.config.ts` to `base`.',
    'Set `maxRetries` to 5 in the client options.',
    'Pin `typescript` to 5.4 until the next release.',
    'Wrap the handler in `useCallback`.',
    'Thanks for the repro. Then rerun `make test`.',
    'Alias `@/` to `src/` in your bundler config.',
    { text: 'Point {{domain}} at our name servers.', kind: 'template' },
    // Common imperatives with a plain object.
    'Replace the filter cartridge every three months.',
    // A done act of the agent's with its object.
    "I've added your vote to the feature request.",
    "We've added your name to the waiting list for the blue jacket.",
    // Passive outcomes in the shapes strangers write them (RULES.md: "actively or passively").
    'The charge was reversed this morning.',
    'Your seat has been moved to 14C.',
    'They were caused by an expired certificate; it was renewed at 09:40 UTC.',
    'Kindly be assured, the amount is already reversed on 18-Apr-2025 with reference no. RVS77120.',
    'The late fee on invoice 3381 has been written off.',
    "Hey Mo, you've been upgraded to the Pro plan at no charge until the end of the year.",
    'A new router is being couriered to you today.',
    // A decision or result in the present passive of a specific thing.
    "Hi Ana, I'm afraid the claim is declined, as the damage falls outside the policy.",
    'Your booking is confirmed: 2 nights from 14 June.',
    'The bug is fixed in 2.0.1.',
    'Your complaint is upheld.',
    "We've upheld your complaint.",
    'Hi Lena, your gym membership is frozen from 1 July to 31 August as requested.',
    // A thing that did it itself, a headline, a status change with the subject left out.
    'Your order has shipped and should arrive Thursday.',
    'Your replacement headset left our warehouse this morning.',
    'The replacement went out this morning by Royal Mail.',
    'Thread closed.',
    'Refund issued.',
    'Locking this thread.',
    'Closing.',
    "Can't reproduce. Closing as works-for-me.",
    'Merged, thanks!',
    'Fixed in 3.1.0.',
    'Reopened, thanks for the repro.',
    'oh nice catch, thanks! just pushed a fix in v2.4.3',
    'Will close this once CI passes.',
    'Going to lock this one.',
    // hc-097: a subject split from its verb by a parenthesis keeps its subject and its time.
    'Version 4.2.1, out today, fixes the crash you hit when switching slides.',
    // Scheduled with a time written without a preposition, or in a parenthesis.
    'An engineer will visit Tuesday between 8 and 12.',
    "We'll have a replacement with you by Friday.",
    'Our finance team will process the refund on the next payment run (Friday 14th).',
    // What the customer will receive, and what to expect.
    "You'll receive a full refund of $89.99 within 3-5 business days.",
    'You should receive an email with your return label within the hour.',
    'Expect a call from Dan in our billing team before 5pm today.',
    'Please find attached your updated invoice.',
    'Your parcel is back out for delivery today.',
    // A step told to the customer with any verb but a non-step; a named handoff by "log … with".
    'You simply need to finish the final quiz, it takes five minutes.',
    'The customer is advised to reinstall the token app and re-register the device.',
    'Hold the power button for ten seconds.',
    "I've logged a fault with Openreach and they'll send an engineer out to repair the line.",
    // An expected arrival with its time; a range of days; "that" opening its clause; a code handed over.
    'Your new card should arrive by Thursday.',
    'Your new card should be with you by Thursday.',
    'Your refund will reach your account in 3–5 working days.',
    "Hi Pete, that's now been fixed and deployed.",
    "Hi Kai, your 20% discount code is SUMMER20 and it's valid until 31 August.",
  ],
  invalid: [
    {
      // RULES.md's vague promises, reported at the phrase.
      text: "Hi Jo,\n\nThanks for reaching out. We're looking into it and will get back to you soon.\n\nBest,\nSam\n",
      errors: [{ messageId: vague, line: 3, column: 26, endLine: 3, endColumn: 44 }],
    },
    {
      text: 'We value your feedback and will take it into consideration.',
      errors: [
        {
          messageId: vague,
          line: 1,
          column: 4,
          endLine: 1,
          endColumn: 23,
          message:
            'Reply commits to no concrete next step ("value your feedback" is a vague promise); say what you did or will do, by when, or give the customer specific steps',
        },
      ],
    },
    {
      text: 'Thanks for the report. Our team is aware.',
      errors: [{ messageId: vague, line: 1, column: 24, endLine: 1, endColumn: 41 }],
    },
    {
      // A reply promised with a time is still the stock "get back to you".
      text: "Thanks for contacting us! We'll get back to you within X business hours.",
      errors: [{ messageId: vague, line: 1, column: 27, endLine: 1, endColumn: 48 }],
    },
    {
      // Conditional on the team's convenience: the hedge is the vague promise.
      text: 'This PR is in the queue of PRs to review, and will be reviewed when we are able.',
      errors: [{ messageId: vague, line: 1, column: 47, endLine: 1, endColumn: 63 }],
    },
    {
      text: 'Noted — we\'ll keep an eye on it.\n\nThanks!\n',
      format: 'plaintext',
      errors: [{ messageId: vague, line: 1, column: 15, endLine: 1, endColumn: 32 }],
    },
    {
      // Nothing vague to point at: reported on the last prose sentence (the sign-off is not prose).
      text: "Hi Ana,\n\nUnfortunately we can't refund this order, as it is outside our 30-day window.\nWe hope you understand.\n\nKind regards,\nLee\n",
      errors: [
        {
          messageId: missing,
          line: 4,
          column: 1,
          endLine: 4,
          endColumn: 24,
          message: 'Reply commits to no concrete next step; say what you did or will do, by when, or give the customer specific steps',
        },
      ],
    },
    {
      // Non-steps: "let me know", "feel free to reach out", "accept our apologies".
      text: 'Please accept our apologies for the delay. Please let me know if you have questions. Feel free to reach out.',
      errors: [{ messageId: missing, line: 1, column: 86, endLine: 1, endColumn: 109 }],
    },
    {
      // A reply promised in the stock words, and a time that belongs to it, stay vague.
      // the first vague promise is "'ll review your request": a contraction matches as well as "will"
      text: "We'll review your request and get back to you within 48 hours.",
      errors: [{ messageId: vague, line: 1, column: 3, endLine: 1, endColumn: 26 }],
    },
    {
      // Handing over "this" with no one to hand it to.
      text: "Thanks for the idea. I've raised this internally.",
      errors: [{ messageId: missing, line: 1, column: 22, endLine: 1, endColumn: 50 }],
    },
    {
      // A handoff to nobody in particular is not named.
      text: 'The issue has been passed along. Someone will be in touch.',
      errors: [{ messageId: vague, line: 1, column: 11, endLine: 1, endColumn: 32 }],
    },
    {
      text: 'I have forwarded your request to the appropriate department.',
      errors: [{ messageId: missing, line: 1, column: 1, endLine: 1, endColumn: 61 }],
    },
    {
      // Receipt is not action; a citation link is not a step.
      text: 'As per [our guidelines](https://example.com/guide) your request has been created and will be handled in due course.',
      errors: [{ messageId: missing, line: 1, column: 1, endLine: 1, endColumn: 116 }],
    },
    {
      // Hedged and wished-for actions commit to nothing.
      text: 'I would love your help on this, would be happy to review a PR for it, and hope to resume shortly.',
      errors: [{ messageId: vague, line: 1, column: 75, endLine: 1, endColumn: 89 }],
    },
    {
      // Refusal and explanation with no path forward; "you can see why" is not a step.
      text: "Surely you can see why we can't refund a course you've completed. The refund terms are clear.",
      errors: [{ messageId: missing, line: 1, column: 67, endLine: 1, endColumn: 94 }],
    },
    {
      // A restated problem and a wish are not steps; a history ("you were charged") is not an outcome.
      text: 'You were charged after canceling, and I can see why you want to cancel.',
      errors: [{ messageId: missing, line: 1, column: 1, endLine: 1, endColumn: 72 }],
    },
    {
      // Quoted customer text never counts: the step is inside the quote.
      text: '> Please refund the $40 to my card.\n\nThanks for writing. We value your business.\n',
      errors: [{ messageId: missing, line: 3, column: 21, endLine: 3, endColumn: 44 }],
    },
    {
      // A link in the signature is not the agent's prose.
      text: 'Thanks for writing, we value your business.\n\n--\nHelp centre: https://help.example.com\n',
      errors: [{ messageId: missing, line: 1, column: 1, endLine: 1, endColumn: 44 }],
    },
    // Open verbs stay honest: a closed list of non-acts, and objects that are things.
    {
      text: "I've gone through your file and considered your points carefully.",
      errors: [{ messageId: missing, line: 1, column: 1, endLine: 1, endColumn: 66 }],
    },
    {
      // an effort is not a thing done
      text: 'We have launched an investigation into what happened.',
      errors: [{ messageId: missing, line: 1, column: 1, endLine: 1, endColumn: 54 }],
    },
    {
      // a reported clause, not an object
      text: "I've confirmed the charge was genuine.",
      errors: [{ messageId: missing, line: 1, column: 1, endLine: 1, endColumn: 39 }],
    },
    {
      text: "I'll handle it personally.",
      errors: [{ messageId: missing, line: 1, column: 1, endLine: 1, endColumn: 27 }],
    },
    {
      text: "We'll do whatever it takes.",
      errors: [{ messageId: missing, line: 1, column: 1, endLine: 1, endColumn: 28 }],
    },
    {
      text: "I've encouraged our staff to be more careful.",
      errors: [{ messageId: missing, line: 1, column: 1, endLine: 1, endColumn: 46 }],
    },
    {
      text: "I've started looking into your account.",
      errors: [{ messageId: missing, line: 1, column: 1, endLine: 1, endColumn: 40 }],
    },
    {
      text: "We've reproduced the fault on our side.",
      errors: [{ messageId: missing, line: 1, column: 1, endLine: 1, endColumn: 40 }],
    },
    {
      // a person with nowhere they were put
      text: "I've added you.",
      errors: [{ messageId: missing, line: 1, column: 1, endLine: 1, endColumn: 16 }],
    },
    {
      // a third party's act that is the customer's problem, not its fix
      text: 'The airline has cancelled your flight.',
      errors: [{ messageId: missing, line: 1, column: 1, endLine: 1, endColumn: 39 }],
    },
    {
      // a recipient who is given the stock vague promise
      text: "I've forwarded your email to the product team, who will take it into consideration.",
      errors: [{ messageId: vague, line: 1, column: 57, endLine: 1, endColumn: 83 }],
    },
    {
      // "a senior colleague" is nobody in particular
      text: "I've escalated your case to a senior colleague.",
      errors: [{ messageId: missing, line: 1, column: 1, endLine: 1, endColumn: 48 }],
    },
    // A slot after a greeting word, or as the subject of what follows, is no step.
    {
      text: "Welcome to {{company}}! We're glad to have you.",
      kind: 'template',
      errors: [{ messageId: missing, line: 1, column: 25, endLine: 1, endColumn: 48 }],
    },
    {
      text: 'Note `v1` is deprecated. We hope this helps.',
      errors: [{ messageId: missing, line: 1, column: 26, endLine: 1, endColumn: 45 }],
    },
    {
      text: '`npm ci` should sort it out. Let us know how it goes.',
      errors: [{ messageId: missing, line: 1, column: 30, endLine: 1, endColumn: 54 }],
    },
    // The customer's problem restated is no outcome, nor is a condition.
    {
      text: 'Sorry your flight was cancelled. We are checking with the airline.',
      errors: [{ messageId: missing, line: 1, column: 34, endLine: 1, endColumn: 67 }],
    },
    {
      text: 'I can see your account is locked. Our security team is aware.',
      errors: [{ messageId: vague, line: 1, column: 53, endLine: 1, endColumn: 61 }],
    },
    // The matter handed over with no one named, passive or headline; a ticket changing is receipt.
    {
      text: 'Thanks for your patience. Your case has been escalated.',
      errors: [{ messageId: missing, line: 1, column: 27, endLine: 1, endColumn: 56 }],
    },
    {
      text: 'Case escalated.',
      errors: [{ messageId: missing, line: 1, column: 1, endLine: 1, endColumn: 16 }],
    },
    {
      text: 'Ticket updated.',
      errors: [{ messageId: missing, line: 1, column: 1, endLine: 1, endColumn: 16 }],
    },
    // A rule or a habit is not something done; nor is who does it as a standing fact.
    {
      text: 'Your data is deleted automatically after 90 days.',
      errors: [{ messageId: missing, line: 1, column: 1, endLine: 1, endColumn: 50 }],
    },
    {
      text: 'The price increase applies to all plans from 1 March.',
      errors: [{ messageId: missing, line: 1, column: 1, endLine: 1, endColumn: 54 }],
    },
    {
      text: 'The delivery window is set by the courier.',
      errors: [{ messageId: missing, line: 1, column: 1, endLine: 1, endColumn: 43 }],
    },
    {
      // "refunds" after "doesn't allow" is a noun, not a verb with "allow" as its subject
      text: "I'm afraid the policy doesn't allow refunds after 30 days.",
      errors: [{ messageId: missing, line: 1, column: 1, endLine: 1, endColumn: 59 }],
    },
    // Decisions that do nothing: a negative subject, a negation, a status that stands.
    {
      text: 'Your points balance is correct as shown. No adjustment will be made.',
      errors: [{ messageId: missing, line: 1, column: 42, endLine: 1, endColumn: 69 }],
    },
    {
      text: 'Our decision is final: the deposit will not be returned.',
      errors: [{ messageId: missing, line: 1, column: 1, endLine: 1, endColumn: 57 }],
    },
    {
      text: 'Your appeal has been reviewed. The suspension stands.',
      errors: [{ messageId: missing, line: 1, column: 32, endLine: 1, endColumn: 54 }],
    },
    // A message to the customer, an effort, a thing with no determiner, a vague release.
    {
      text: "You'll receive an update as soon as we have more information.",
      errors: [{ messageId: missing, line: 1, column: 1, endLine: 1, endColumn: 62 }],
    },
    {
      text: "You'll be updated by email.",
      errors: [{ messageId: missing, line: 1, column: 1, endLine: 1, endColumn: 28 }],
    },
    {
      text: 'Immediate steps are being taken to fix this.',
      errors: [{ messageId: missing, line: 1, column: 1, endLine: 1, endColumn: 45 }],
    },
    {
      text: 'Mistakes have been made, and for that we apologise.',
      errors: [{ messageId: missing, line: 1, column: 1, endLine: 1, endColumn: 52 }],
    },
    {
      text: 'This will be fixed in a future release.',
      errors: [{ messageId: missing, line: 1, column: 1, endLine: 1, endColumn: 40 }],
    },
    {
      text: 'Thanks for the idea! Watch this space.',
      errors: [{ messageId: vague, line: 1, column: 22, endLine: 1, endColumn: 38 }],
    },
    {
      text: 'We are reviewing our processes so lessons can be learned.',
      errors: [{ messageId: vague, line: 1, column: 32, endLine: 1, endColumn: 57 }],
    },
    {
      // a handoff to nobody named, and the stock "do our best"
      text: "I've raised it with the relevant people and we'll do our best to get to the bottom of it.",
      errors: [{ messageId: vague, line: 1, column: 51, endLine: 1, endColumn: 62 }],
    },
    {
      // a time does not make seeing an act
      text: "I'm sorry your order hasn't turned up. I can see how disappointing that is with the party on Saturday.",
      errors: [{ messageId: missing, line: 1, column: 40, endLine: 1, endColumn: 103 }],
    },
    {
      // "give us a call" is "contact us" in other words
      text: 'Give us a call if you have any questions.',
      errors: [{ messageId: missing, line: 1, column: 1, endLine: 1, endColumn: 42 }],
    },
    {
      // a participle describing the subject of what follows is not an elided "(we) cancelled"
      text: 'Unfortunately, cancelled orders cannot be refunded.',
      errors: [{ messageId: missing, line: 1, column: 1, endLine: 1, endColumn: 52 }],
    },
    {
      // reported from someone else, not done now
      text: "Hi Sam, the item was delivered on Tuesday, according to the courier. We're looking into it.",
      errors: [{ messageId: vague, line: 1, column: 70, endLine: 1, endColumn: 88 }],
    },
    {
      text: 'Hi Rui, our records show the invoice was issued on 12 March. Please bear with us while we check.',
      errors: [{ messageId: missing, line: 1, column: 62, endLine: 1, endColumn: 97 }],
    },
    {
      // a habit, not a result
      text: 'Sorry! The app is updated regularly, so this should improve over time.',
      errors: [{ messageId: missing, line: 1, column: 8, endLine: 1, endColumn: 71 }],
    },
    {
      // "closing the loop" closes nothing; a handoff to "the team" names nobody
      text: "Hi Bo, closing the loop on this: we've shared your thoughts with the team.",
      errors: [{ messageId: vague, line: 1, column: 8, endLine: 1, endColumn: 24 }],
    },
    {
      // deliberating at a given time is not an act
      text: "We'll discuss this at our meeting on Thursday.",
      errors: [{ messageId: missing, line: 1, column: 1, endLine: 1, endColumn: 47 }],
    },
    {
      // the time belongs to the vague promise after the handoff, not to the handoff
      text: "Hi, I'll escalate this and someone will be in touch within 48 hours.",
      errors: [{ messageId: vague, line: 1, column: 28, endLine: 1, endColumn: 40 }],
    },
    {
      // an expected arrival with no time is a hope
      text: 'Hi, your new card should be with you soon.',
      errors: [{ messageId: missing, line: 1, column: 5, endLine: 1, endColumn: 43 }],
    },
    {
      // the customer's own reference is not a thing given
      text: "Your order number is 4411. We're looking into it.",
      errors: [{ messageId: vague, line: 1, column: 28, endLine: 1, endColumn: 46 }],
    },
    {
      // "resolve" promises an outcome without saying what will be done (not a decision verb)
      text: 'We will resolve this for you.',
      errors: [{ messageId: missing, line: 1, column: 1, endLine: 1, endColumn: 30 }],
    },
    {
      // Config: a team adds its own vague phrase.
      text: "Thanks for the idea. It's on our radar.",
      options: { phrases: { add: ["it's on our radar"] } },
      errors: [{ messageId: vague, line: 1, column: 22, endLine: 1, endColumn: 39 }],
    },
  ],
})
