import rule from '../../rules/non-apology/index.js'
import { describe } from 'vitest'
import { RuleTester } from '../../src/rule/tester.js'
import { finishesOn } from '../helpers/hang-check.js'

const REWRITE = "I'm sorry that [what went wrong]"

new RuleTester().run(rule, {
  valid: [
    // A definite apology after the reply names the failure (RULES.md: "the courier missed its collection").
    'The courier missed its collection on Monday, so I have booked a new one for Wednesday. We apologize for the inconvenience.',
    { text: 'Your parcel was delayed at customs for three days. Sorry for the trouble!', format: 'plaintext' },
    'Our payment provider had an outage on Tuesday, which is why the charge failed. Sorry for the hassle.',
    'I apologize for the inconvenience created by our error; the invoice is corrected.',
    // The cause named in another apology, even as a template slot.
    { text: 'I want to apologise for [brief description of the issue]. Again, I am truly sorry for the inconvenience.', kind: 'template', format: 'plaintext' },
    // Real apologies that name what went wrong.
    'Sorry the webhook setup ate your afternoon: the retry header was not documented, which is on us.',
    "I'm sorry that we charged you twice. I've refunded the second charge.",
    'Sorry for the late reply! Your refund went out this morning.',
    'Please accept our apologies for the delay in this response.',
    // Empathy, not an apology turned into a refusal (RULES.md: "sorry, but" must lead into a refusal or rebuttal).
    "We're sorry to hear you are having this problem, but thanks very much for the report!",
    "I'm sorry this happened, but the good news is that your data is safe.",
    'Sorry to ask again, but the attachment came through empty on our side. Could you resend it?',
    'Sorry to hear that, but don\'t worry: I have already restored the backup.',
    "I'm sorry, I don't have access to that account. Could you forward the invite?",
    // A definite apology after a stated failure: an overrun, an omission by the team.
    "The technician's visit ran over by two hours. We apologise for the inconvenience.\n",
    "We didn't confirm the new date with you. Sorry for the trouble.\n",
    // "Unfortunately" that explains what went wrong, and a request on the way to an action, refuse nothing.
    "I'm sorry; unfortunately the courier lost the parcel, so I've sent a new one today.\n",
    "Sorry, but I'll need the order number before I can refund the second charge.\n",
    // Not the agent's prose: a quote from the customer.
    '> Sorry for any inconvenience, but I need this fixed.\n\nThanks for the details; I have restarted the export.',
    // Config can drop a built-in phrase.
    { text: 'Sorry for any confusion.', options: { phrases: { remove: ['(sorry|apologize|apologise|apologizes|apologises|apologies|apology|regret|regrets) for (any|whatever)'] } } },
    // The cause named in the same sentence, after a dash, a semicolon or a relative clause.
    'Sorry for the hassle — the 4.1.0 tarball was published without the dist folder.',
    "I'm sorry — our courier lost your parcel, so a replacement went out this morning.",
    "Apologies for the confusion; the pricing page still showed last year's rates.",
    "We apologise for the disruption during Saturday's maintenance, which ran two hours over.",
    // What the customer saw is no view of us; an aside and an unrelated condition are no hypothesis.
    "I'm sorry you saw an error when paying; the card processor timed out.",
    'In case you missed it, sorry that the webinar link changed at the last minute.',
    "If you'd like a refund, I can do that, and I'm sorry the parcel was late.",
    'We regret to inform you that the airline has cancelled the 7:40 flight.',
  ],
  invalid: [
    {
      name: 'a refusal after "; however,"',
      text: "We're very sorry; however, the fare rules don't allow a refund after check-in.\n",
      errors: [{ messageId: 'sorryBut', line: 1, column: 1, endLine: 1, endColumn: 26 }],
    },
    {
      name: 'a refusal after a dash',
      text: "I apologise — but the voucher can't be extended past its expiry date.\n",
      errors: [{ messageId: 'sorryBut', line: 1, column: 1, endLine: 1, endColumn: 18 }],
    },
    {
      text: "Sorry, unfortunately we're unable to reopen a closed booking.\n",
      errors: [{ messageId: 'sorryBut', line: 1, column: 1, endLine: 1, endColumn: 21 }],
    },
    {
      name: 'a request that comes with a refusal is still "sorry, but"',
      text: "Sorry, but we need the order number, and we can't refund without it.\n",
      errors: [{ messageId: 'sorryBut', line: 1, column: 1, endLine: 1, endColumn: 11 }],
    },
    {
      name: 'the customer\'s view, reworded',
      text: 'I apologise for how you feel about our service.\n',
      errors: [{ messageId: 'feelings', line: 1, column: 1, endLine: 1, endColumn: 29 }],
    },
    {
      text: "We're sorry that's how you see it.\n",
      errors: [{ messageId: 'feelings', line: 1, column: 1, endLine: 1, endColumn: 34 }],
    },
    {
      name: 'a policy statement is no stated failure',
      text: 'We never call customers to ask for passwords. We apologise for the inconvenience.\n',
      errors: [{ messageId: 'uncaused', line: 1, column: 47, endLine: 1, endColumn: 81, suggestions: [REWRITE] }],
    },
    {
      name: 'a hypothetical: "any" and "may have caused"',
      text: 'Thanks for reaching out. We are sorry for any inconvenience this may have caused.',
      errors: [
        {
          messageId: 'hypothetical',
          line: 1,
          column: 26,
          endLine: 1,
          endColumn: 81,
          message:
            '"We are sorry for any inconvenience this may have caused" apologizes for a hypothetical, not for what went wrong; say what actually went wrong and apologize for that ("I\'m sorry that …")',
          suggestions: [REWRITE],
        },
      ],
    },
    {
      name: '"any" stays a non-apology even when the reply names the failure',
      text: 'Your items are out of stock and on back-order.\n\nWe apologize for any inconvenience.',
      errors: [{ messageId: 'hypothetical', line: 3, column: 1, endLine: 3, endColumn: 35, suggestions: [REWRITE] }],
    },
    {
      text: 'We regret any confusion. The new price applies from May.',
      errors: [{ messageId: 'hypothetical', line: 1, column: 1, endLine: 1, endColumn: 24, suggestions: [REWRITE] }],
    },
    {
      text: "I'm sorry if anything on our side contributed to the confusion about your dates.",
      errors: [{ messageId: 'hypothetical', line: 1, column: 1, endLine: 1, endColumn: 13 }],
    },
    {
      text: 'Apologies to the extent our renewal reminder was unclear.',
      errors: [{ messageId: 'hypothetical', line: 1, column: 1, endLine: 1, endColumn: 24 }],
    },
    {
      name: 'the customer\'s feelings',
      text: "I'm sorry you feel that way. We pride ourselves on being approachable.",
      errors: [
        {
          messageId: 'feelings',
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 19,
          message:
            '"I\'m sorry you feel" apologizes for how the customer feels, not for what the team did; say what the team did wrong, if anything, and apologize for that',
        },
      ],
    },
    {
      text: 'We apologize if you feel we let you down.',
      errors: [{ messageId: 'hypothetical', line: 1, column: 1, endLine: 1, endColumn: 16 }],
    },
    {
      text: 'Doe Auto Supply regrets your dissatisfaction with the seat covers. Returns need the receipt.',
      errors: [{ messageId: 'feelings', line: 1, column: 17, endLine: 1, endColumn: 45 }],
    },
    {
      name: 'the customer\'s problems, with the cause unknown',
      text: 'We are unable to determine what causes it. Please accept our apologies for the problems\nyou are having.',
      format: 'plaintext',
      errors: [{ messageId: 'uncaused', line: 1, column: 44, endLine: 2, endColumn: 15, suggestions: [REWRITE] }],
    },
    {
      name: 'a definite apology in a reply that never says what went wrong',
      text: 'Hi Sam,\n\nWe apologize for the inconvenience. Your ticket has been updated.',
      errors: [
        {
          messageId: 'uncaused',
          line: 3,
          column: 1,
          endLine: 3,
          endColumn: 35,
          message: '"We apologize for the inconvenience" apologizes, but the reply never says what went wrong; say what went wrong ("I\'m sorry that …"), or leave the apology out',
          suggestions: [REWRITE],
        },
      ],
    },
    {
      name: 'a definite apology that hangs on a condition',
      text: 'There was an issue with your card. If Google cannot resolve it, keep the software and accept my apologies for the inconvenience.',
      errors: [{ messageId: 'hypothetical', line: 1, column: 87, endLine: 1, endColumn: 128, suggestions: [REWRITE] }],
    },
    {
      name: '"sorry, but" leading into a rebuttal',
      text: "I'm sorry, but we can't reproduce the problem following the instructions you provided.",
      errors: [
        {
          messageId: 'sorryBut',
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 15,
          message:
            '"I\'m sorry, but" turns the apology into a refusal or a rebuttal; apologize for what went wrong on its own, then explain the limit and what you can do',
        },
      ],
    },
    {
      text: 'I apologise, however this is outside our policy.',
      errors: [{ messageId: 'sorryBut', line: 1, column: 1, endLine: 1, endColumn: 21 }],
    },
    {
      name: 'a definite apology that turns into a deflection, although the reply names the delay',
      text: 'Owing to problems at the port, the shipment was delayed.\n\nWe apologize for the inconvenience, but the delay is due to circumstances beyond our control.',
      errors: [{ messageId: 'sorryBut', line: 3, column: 1, endLine: 3, endColumn: 40 }],
    },
    {
      text: 'We are sorry for your misfortune, but because the glass was broken during installation, we cannot accept responsibility.',
      errors: [{ messageId: 'sorryBut', line: 1, column: 1, endLine: 1, endColumn: 38 }],
    },
    {
      name: 'an apology that turns into a request',
      text: 'Sometimes we might miss one or two. We apologize, and kindly ask you to refrain from tagging maintainers.',
      errors: [{ messageId: 'sorryBut', line: 1, column: 37, endLine: 1, endColumn: 65 }],
    },
    {
      name: 'a phrase added in config is a hedged apology (the first strategy)',
      text: 'Sorry for the mix up.',
      options: { phrases: { add: ['sorry for the mix up'] } },
      errors: [{ messageId: 'hypothetical', line: 1, column: 1, endLine: 1, endColumn: 21 }],
    },
    {
      name: 'a hypothesis by inversion before the apology: "should our … have"',
      text: 'Should our installer have left a mess, we apologise.',
      errors: [{ messageId: 'hypothetical', line: 1, column: 1, endLine: 1, endColumn: 52 }],
    },
    {
      name: 'a hypothesis after the apology without "if": "in case"',
      text: 'We apologise in case the reminder caused any alarm.',
      errors: [{ messageId: 'hypothetical', line: 1, column: 1, endLine: 1, endColumn: 51 }],
    },
    {
      name: '"insofar as" after the apology',
      text: "I'm sorry insofar as our checkout was confusing.",
      errors: [{ messageId: 'hypothetical', line: 1, column: 1, endLine: 1, endColumn: 48 }],
    },
    {
      name: '"wherever … may have" after the apology',
      text: 'Apologies wherever our team may have fallen short.',
      errors: [{ messageId: 'hypothetical', line: 1, column: 1, endLine: 1, endColumn: 50 }],
    },
    {
      name: 'regret for the view the customer was left with',
      text: 'I regret that you were left with a poor view of our clinic.',
      errors: [{ messageId: 'feelings', line: 1, column: 1, endLine: 1, endColumn: 45 }],
    },
    {
      name: 'regret for how the customer came away',
      text: 'Sorry you came away feeling rushed.',
      errors: [{ messageId: 'feelings', line: 1, column: 1, endLine: 1, endColumn: 20 }],
    },
    {
      name: 'regret for the impression a message gave',
      text: "I'm sorry our email gave you the impression the order was cancelled.",
      errors: [{ messageId: 'feelings', line: 1, column: 1, endLine: 1, endColumn: 44 }],
    },
    {
      name: '"any part … might have played"',
      text: 'We are sorry for any part our courier might have played.',
      errors: [{ messageId: 'hypothetical', line: 1, column: 1, endLine: 1, endColumn: 26 }],
    },
    {
      name: 'a remedy after the dash names no cause',
      text: 'We apologise for the inconvenience — your replacement was shipped today.',
      errors: [{ messageId: 'uncaused', line: 1, column: 1, endLine: 1, endColumn: 35, suggestions: [REWRITE] }],
    },
    {
      name: 'regret that the customer\'s expectations were not met',
      text: "We regret that our service didn't meet your expectations.",
      errors: [{ messageId: 'feelings', line: 1, column: 1, endLine: 1, endColumn: 57 }],
    },
    {
      name: 'the customer left with a feeling',
      text: "Sorry you've been left with a bad taste.",
      errors: [{ messageId: 'feelings', line: 1, column: 1, endLine: 1, endColumn: 40 }],
    },
  ],
})

describe('non-apology on adversarial input', () => {
  // A hang detector, not a benchmark: each input is ~100 KB built to make a careless look-around quadratic.
  const inputs: Record<string, string> = {
    'a run of "sorry, but"': 'sorry, but '.repeat(9_000),
    'a run of definite apologies': 'We apologize for the inconvenience. '.repeat(3_000),
    'a run of hypotheses': 'we apologise if '.repeat(6_000),
    'a run of views': 'sorry you came away '.repeat(5_000),
    'one long word': 'a'.repeat(100_000),
  }
  finishesOn(rule, inputs)
})
