import rule from '../../rules/missing-acknowledgement/index.js'
import { RuleTester } from '../../src/rule/tester.js'

const MESSAGE = "Reply opens without acknowledging the customer's message; thank them, show you understand, or restate their problem first"

/** One report on line `line`, from `column` to `endColumn` (the opening's first sentence). */
const at = (line: number, column: number, endColumn: number, endLine = line) => [{ messageId: 'missing', line, column, endLine, endColumn }]

new RuleTester().run(rule, {
  valid: [
    // Thanks for what the customer did.
    'Hi Sam,\n\nThanks for flagging this. The export is fixed in version 2.4.',
    'Thank you for your patience. I have moved your appointment to Friday.',
    { text: 'Hi @username. Congrats on your first pull request (PR)! 🎉\n\nWe are happy to accept these changes.', kind: 'template' },
    'Hi-five ✋ on merging your first pull request! We hope you stick around.',
    'We really appreciate the detailed logs. The crash comes from the clock setting.',
    'This looks perfect, so I will merge it.',
    // A bare thanks as the first words, with more to follow.
    'Thank you! I have fixed the issue in the latest release.',
    // Understanding and empathy.
    'I understand how frustrating a failed payment is. I have retried it.',
    'Sorry to hear the export broke. It runs again now.',
    'Sorry the courier missed you twice. A redelivery is booked for Thursday.',
    'Wait, the charge went through three times? I am so sorry. I have voided the extra charges.',
    'I can see why you would want the early-bird price back. I cannot apply it, but I have added the recording.',
    // A real apology names what went wrong; thanks still count beside a non-apology.
    "I'm sorry the engineer didn't turn up on Tuesday. I've booked a new visit for Friday at 9.",
    'Thanks for your patience. We apologise if the earlier reply confused you; the correct fee is £12.',
    // Restating their problem or request.
    'It sounds like the invoice is still showing your old address. I have updated it.',
    'I see that your refund has not arrived yet. I have chased it with the bank.',
    'You asked whether the annual plan can be paused. It can: open Settings and choose Pause.',
    'Hi Jo,\n\nYou mentioned that the app crashes on startup. Please try version 4.1.',
    'We would love to merge your changes, but it looks like there is an error with the CI build.',
    'Woah, looks like you have opened a lot of issues recently. We are closing some of them.',
    'You were charged after cancelling, and I can see why that is frustrating.',
    'I have looked into the double charge you mentioned. The bank reversed it this morning.',
    'We refer to your email dated 26 April 2018 regarding your request for waiver of the monthly rental.',
    'We recently received your request to cancel your policy. Here are your options.',
    // A confirmation that names what they asked for, leading the reply.
    'Great news! The feature you requested is now live.',
    'Regarding the login problem you mentioned, we pushed a fix this morning.',
    'We have received your complaint about the late delivery of your sofa. A new date is set for Friday.',
    'Awesome, thanks! I have merged it.',
    { text: 'Dear Ms Lee,\n\nYour refund for the cancelled flight has been approved. It will reach your card within five days.', format: 'plaintext' },
    'We have processed your refund for order 1234. You can download the invoice from your account.',
    'Good news: your replacement card has been dispatched and should arrive within 3 working days.',
    { text: 'To the account owner,\n\nFollowing your enquiry, the direct debit mandate has been cancelled with effect from 1 July.', format: 'plaintext' },
    // The opening is the whole first paragraph: thanks in its third sentence counts.
    'This issue has been marked as stale. It will be closed in 7 days. Thank you for your contributions.',
    // ...and the second sentence when the first paragraph is one sentence long.
    'Your invoice total is calculated from the seats active on the 1st.\n\nSorry this caught you out: I have credited the difference.',
    // A subject line, a letterhead and a greeting line come before the opening.
    { text: 'Subject: Update on your refund request\n\nHi [CUSTOMER_NAME], I understand why you asked.', kind: 'template', format: 'plaintext' },
    { text: 'Brown & Sons plc\n88 Doncaster Road\n\nDear Sirs,\n\nThank you for your order of steel bars.', format: 'plaintext' },
    // In markdown the header and greeting lines can share one paragraph, and one sentence, with the opening.
    'Subject: Confirmation of your refund\nDear Sam,\nThis is to confirm that we have processed your refund for order 12.',
    // A quoted message is the customer's text, not the reply's; the acknowledgement follows it.
    '> Your app is OBVIOUSLY broken!!\n\nThanks for the details. I have restarted the export.',
    // openingSentences reaches further when configured.
    {
      text: 'Your invoice total is calculated from the seats active on the 1st. On 1 May you had 14 seats.\n\nI am sorry this caught you out.',
      options: { openingSentences: 3 },
    },
    // Empathy put as how the agent, or anyone, would feel in their place: a feeling must follow the cue.
    'Losing the whole weekend to a dead router would drive me up the wall. I have sent a new one.',
    "I'd be fuming as well after a third missed delivery. A driver is booked for Friday.",
    'That must have been a real shock when the bill arrived. The charge is a pre-authorisation.',
    "That can't have been much fun at the checkout. I have removed the duplicate charge.",
    'No one wants to spend a Saturday waiting in for an engineer. Your new slot is 9am.',
    // The customer in the third person, as the subject of what they did or what happened to them.
    'The customer says their heating app logs them out every few minutes. Please reinstall version 3.2.',
    "The caller's parcel has been sitting at the depot since Friday. A driver will collect it tomorrow.",
    "The user can't open attachments larger than 10 MB. Raise the limit under Admin → Mail.",
    { text: 'Hi team,\n\nThe requester was billed for two seats after removing one. The extra seat is refunded.', format: 'plaintext' },
    // ...and "you" in the present tense.
    'You say the export stops at 10,000 rows. Split the file in two for now.',
    // The agent reading the customer's records: a reported clause, a precise record, or what happened to it.
    'I can see two charges of £18 on your card from 4 June. The second one has been voided.',
    'We can see from the tracking data that the van missed your street. A new slot is booked.',
    "I noticed the last two invoices went to your old address. I've updated it.",
    'I can see the payment attempt at 09:41, and the bank declined it. Please try the card again.',
    // Config can add an acknowledgement phrase.
    { text: 'Lovely to hear from you again. The new plan is live.', options: { phrases: { add: ['lovely to hear from you'] } } },
  ],
  invalid: [
    {
      name: 'straight to business after a greeting',
      text: 'Hi Sam,\n\nPlease send us your order number so we can look into this.',
      errors: [{ ...at(3, 1, 59)[0], message: MESSAGE }],
    },
    {
      name: 'a greeting alone',
      text: 'Hi Sam,',
      errors: at(1, 1, 1),
    },
    {
      name: 'a receipt that does not say what they needed',
      text: 'We received your request. A representative will follow up as soon as possible.',
      errors: at(1, 1, 26),
    },
    {
      name: 'a citation by date only',
      text: 'We refer to your email dated 26 April. Please call our office.',
      errors: at(1, 1, 39),
    },
    {
      name: '"Following your enquiry," with nothing done about it',
      text: 'Following your enquiry, please find attached our brochure.',
      errors: at(1, 1, 59),
    },
    {
      name: 'a bare "Thank you." closing a request is a sign-off',
      text: 'Please fill in the template. Thank you.',
      errors: at(1, 1, 29),
    },
    {
      name: 'thanks for what they are asked to do',
      text: 'We cannot process returns after 30 days. Thank you for your understanding.',
      errors: at(1, 1, 41),
    },
    {
      name: '"sorry, but" leading into a rebuttal',
      text: "I'm sorry, but we can't reproduce the problem following the instructions you provided.\nPlease open a new issue.",
      format: 'plaintext',
      errors: at(1, 1, 87),
    },
    {
      name: 'an apology hedged into nothing',
      text: 'Sorry for any inconvenience this may have caused. Please clear your cache.',
      errors: at(1, 1, 50),
    },
    {
      name: 'an apology for a stock object names nothing',
      text: 'Sorry for the trouble. Please clear your cache.',
      errors: at(1, 1, 23),
    },
    {
      name: 'an apology for how they feel',
      text: 'We are sorry you feel that way. Our policy is clear.',
      errors: at(1, 1, 32),
    },
    {
      name: 'regret is not empathy',
      text: "Unfortunately, we couldn't complete your order due to an issue with your payment method.",
      errors: at(1, 1, 89),
    },
    {
      name: 'a hedged verdict on the cause is not a restatement',
      text: 'This seems like a problem with your node/npm and not with Angular CLI.\nPlease have a look at the npm docs.',
      errors: at(1, 1, 71),
    },
    {
      name: 'a pointer to their message is not a restatement',
      text: 'Hi [CUSTOMER_NAME], after reviewing the issue you raised, we can offer a partial refund.',
      kind: 'template',
      errors: at(1, 21, 89),
    },
    {
      name: 'a conditional is not their situation',
      text: "I'm closing this issue due to inactivity, but please let me know if you're still having problems... thanks!",
      errors: at(1, 1, 108),
    },
    {
      name: 'an outcome they did not ask for',
      text: "We're getting in touch to let you know that your order #1234 has been cancelled.",
      errors: at(1, 1, 81),
    },
    {
      name: 'a confirmation buried after other talk is an action, not an acknowledgement',
      text: "We're the ones at fault here, completely. Everything that went wrong is down to us. I've refunded your order in full.",
      errors: at(1, 1, 42),
    },
    {
      name: 'blanket agreement restates nothing',
      text: "Your read on this is spot on, and I agree with every point in your email. I've passed everything to our finance lead.",
      errors: at(1, 1, 74),
    },
    {
      name: 'acknowledgement only in the second paragraph, after a two-sentence first paragraph',
      text: 'Your invoice total is calculated from the seats active on the 1st. On 1 May you had 14 seats.\n\nI am sorry this caught you out.',
      errors: at(1, 1, 67),
    },
    {
      name: 'a subject line is skipped and the span starts after the inline greeting',
      text: 'Subject: Quick details needed for your refund request\n\nHi [CUSTOMER_NAME], I want to review this accurately before we decide.',
      kind: 'template',
      format: 'plaintext',
      errors: at(3, 21, 71),
    },
    {
      name: 'header and greeting lines at the top of the first sentence are skipped',
      text: 'Subject: Your order\nDear Sam,\nYour order has been shipped. Track it from your account.',
      errors: at(3, 1, 29),
    },
    {
      name: 'CRLF line ends keep positions exact',
      text: 'Subject: Your order\r\nDear Sam,\r\nYour order has been shipped.\r\n',
      format: 'plaintext',
      errors: at(3, 1, 29),
    },
    {
      name: 'a letterhead and "Dear Sirs," are skipped',
      text: 'Brown & Sons plc\n88 Doncaster Road\n\nDear Sirs,\n\nWe refer to your order 875 for steel bars.\n\nOwing to problems at the port, we will be late.',
      format: 'plaintext',
      errors: at(6, 1, 43),
    },
    {
      name: 'thanks in the quoted customer text does not count',
      text: '> Thanks for the quick reply!\n\nPlease send the logs.',
      errors: at(3, 1, 22),
    },
    {
      name: 'a reply with no prose is reported at its start',
      text: '```\nnpm ci\n```\n',
      errors: at(1, 1, 1),
    },
    {
      name: 'a conditional apology is a non-apology even when it names their matter',
      text: "I'm sorry if anything on our side added to the confusion about your booking dates. Your stay is 12 to 15 August.",
      errors: at(1, 1, 83),
    },
    {
      name: '"any" hedges an apology even when it names a cause',
      text: 'We apologise for any confusion the renamed plans caused on your invoice. I have corrected it.',
      errors: at(1, 1, 73),
    },
    {
      name: 'a conditional apology in the second sentence of the opening does not count either',
      text: "Your plan renews on the 3rd of each month. We apologise if that wasn't clear from the checkout page.",
      errors: at(1, 1, 43),
    },
    {
      name: '"to the extent" hedges the apology',
      text: 'Apologies to the extent the reminder email was unclear about the new price. The price is on the pricing page.',
      errors: at(1, 1, 76),
    },
    {
      name: '"whatever … may have caused" is a hypothetical',
      text: 'We regret whatever trouble the late statement may have caused you. Statements are in the portal.',
      errors: at(1, 1, 67),
    },
    {
      name: 'the customer in the third person given a step is not a restatement',
      text: 'The user should update the app before trying again. Version 3.2 is in the store.',
      errors: at(1, 1, 52),
    },
    {
      name: '"customer" in a compound noun is not the customer',
      text: 'The customer service desk will call you back on Monday. Keep your phone nearby.',
      errors: at(1, 1, 56),
    },
    {
      name: 'a reason for closing is not their problem, even about the reporter',
      text: 'This issue has been closed because the reporter did not respond. Feel free to reopen it.',
      errors: at(1, 1, 65),
    },
    {
      name: "the customer's silence is the agent's complaint",
      text: "The user hasn't replied in 14 days. Closing this ticket.",
      errors: at(1, 1, 36),
    },
    {
      name: 'what was seen ends at the colon: the code after it is no record of theirs',
      text: 'I can see the answer in our docs: `npm ci` fixes it. Try it.',
      errors: at(1, 1, 53),
    },
    {
      name: 'seeing a view is not reading their records',
      text: 'I can see the appeal of a dark theme. It is on our roadmap for next year.',
      errors: at(1, 1, 38),
    },
    {
      name: 'seeing a benefit restates nothing',
      text: 'We can see the benefit of exporting to PDF. It is not planned yet.',
      errors: at(1, 1, 44),
    },
    {
      name: 'a hedged apology that only points at their matter names no failure',
      text: 'We regret any disruption caused in relation to your recent stay. Your comments have been passed to the hotel.',
      errors: at(1, 1, 65),
    },
    {
      name: 'a stock apology with a pointer is still the stock apology',
      text: 'We are sorry for any inconvenience regarding your order. Your balance is now zero.',
      errors: at(1, 1, 57),
    },
    {
      name: 'a hypothetical with no feeling is not empathy',
      text: 'We would be happy to help with that. Please send the serial number.',
      errors: at(1, 1, 37),
    },
    {
      name: '"must be" with no feeling is a requirement',
      text: 'You must be signed in to change the plan. Open Settings.',
      errors: at(1, 1, 42),
    },
    {
      name: '"I\'d be glad to" offers, it does not empathise',
      text: "I'd be glad to walk you through it. Open Settings.",
      errors: at(1, 1, 36),
    },
    {
      name: '"regret to inform" announces news',
      text: 'We regret to inform you that your application was unsuccessful. You may reapply in six months.',
      errors: at(1, 1, 64),
    },
    {
      name: 'a cited ticket with no topic before the comma',
      text: 'Regarding your ticket, our engineers are investigating. Please bear with us.',
      errors: at(1, 1, 56),
    },
    {
      name: 'a removed cue no longer acknowledges',
      text: 'Oh no! The export runs again now.',
      options: { phrases: { remove: ['(oh no|oh dear|ouch|yikes|ugh)'] } },
      errors: at(1, 1, 7),
    },
  ],
})
