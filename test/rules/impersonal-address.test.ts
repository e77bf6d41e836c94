import rule from '../../rules/impersonal-address/index.js'
import { describe } from 'vitest'
import { RuleTester } from '../../src/rule/tester.js'
import { finishesOn } from '../helpers/hang-check.js'

const template = { kind: 'template' as const, format: 'plaintext' as const }

new RuleTester().run(rule, {
  valid: [
    'Hi Sam,\n\nThanks for writing in.',
    'Hi there,\n\nThanks for writing in.',
    'Hello,\n\nThanks for writing in.',
    'Dear Ms Chew,\n\nThanks for writing in.',
    // A name after the title, or a team rather than a role.
    'Dear Sir John,\n\nThanks for writing in.',
    'Dear Customer Support team,\n\nThanks for the quick help.',
    // A record label with no number, or a number after a name, is not a number-only address.
    'Dear Case Team,\n\nThanks for the update.',
    'Hello Ms Order,\n\nYour parcel shipped today.',
    'Hi Sam,\n\nCase 00458213 is now closed.',
    'Hello Mr. Smith,\n\nThanks for writing in.',
    // A comma after the greeting word, then a name or the first sentence.
    'Hi, Sam!\n\nThanks for writing in.',
    'Hello, I hope you are well.\n\nThanks for writing in.',
    // Name placeholders are a personal address (RULES.md "Placeholders").
    { text: 'Dear {{first_name}},\n\nThanks for writing in.', ...template },
    { text: 'Dear %{ticket.name.first},\n\nThanks for writing in.', ...template },
    { text: 'Hi {firstname} {lastname},\n\nThanks for writing in.', ...template },
    { text: 'Hello <Client>\n\nThanks for writing in.', ...template },
    { text: 'Hi {%customer.firstName,fallback=there%},\n\nThanks.', ...template },
    // A role in the body is not an address.
    'Hi Anna,\n\nAs a valued customer you get priority support.',
    // "the user" when the reply speaks to someone as "you": a different person.
    'Hi Anna,\n\nThe user you invited has not accepted yet. You can resend the invite.',
    // "the customer" that is not the subject of a verb.
    'Hi,\n\nAll invoices are in the customer portal.',
    // Not the agent's prose: a quote.
    '> Dear customer, your order is late.\n\nHi Sam, that email was ours; the order ships today.',
  ],
  invalid: [
    {
      text: 'Dear Customer,\n\nYour order has been shipped.',
      errors: [
        {
          messageId: 'greeting',
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 14,
          message: '"Dear Customer" greets a role, not a person; use their name ("Hi Sam,"), or "Hi there," if you do not have it',
        },
      ],
    },
    {
      name: 'in a template, a suggestion puts a name slot in its place',
      text: 'Dear Valued Customer;\n\nYour reimbursement has been processed.',
      ...template,
      errors: [
        {
          messageId: 'greeting',
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 21,
          message: '"Dear Valued Customer" greets a role, not a person; use a name placeholder ("Hi {{first_name}},")',
          suggestions: ['Hi {{first_name}},'],
        },
      ],
    },
    {
      name: 'the name slot is configurable',
      text: 'Dear user,\n\nThanks.',
      ...template,
      options: { namePlaceholder: '%{ticket.name.first}' },
      errors: [{ messageId: 'greeting', line: 1, column: 1, endLine: 1, endColumn: 10, suggestions: ['Hi %{ticket.name.first},'] }],
    },
    {
      text: 'Dear Sir/Madam,\n\nThanks.',
      errors: [
        {
          messageId: 'greeting',
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 15,
          message: '"Dear Sir/Madam" greets an anonymous title, not a person; use their name ("Hi Sam,"), or "Hi there," if you do not have it',
        },
      ],
    },
    {
      text: 'Dear Sir: Your letter caused great concern to us.',
      format: 'plaintext',
      errors: [{ messageId: 'greeting', line: 1, column: 1, endLine: 1, endColumn: 9 }],
    },
    {
      text: 'To whom it may concern,\n\nThe account has been closed.',
      errors: [
        {
          messageId: 'always',
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 23,
          message: '"To whom it may concern" is addressed to nobody in particular; use their name ("Hi Sam,"), or "Hi there," if you do not have it',
        },
      ],
    },
    {
      name: 'a salutation line under a postal address block',
      text: 'Brown & Sons plc\n88 Doncaster Road\n\nDear Sirs,\n\nWe refer to your order no. 875.',
      format: 'plaintext',
      errors: [{ messageId: 'greeting', line: 4, column: 1, endLine: 4, endColumn: 10 }],
    },
    {
      text: 'To the account owner,\n\nThe direct debit mandate has been cancelled.',
      format: 'plaintext',
      errors: [{ messageId: 'greeting', line: 1, column: 1, endLine: 1, endColumn: 21 }],
    },
    {
      name: 'by a number only',
      text: 'Hello Member #40213,\n\nYour appeal has been reviewed.',
      format: 'plaintext',
      errors: [
        {
          messageId: 'ticketNumber',
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 20,
          message: '"Hello Member #40213" addresses the customer by a number; use their name ("Hi Sam,"), or "Hi there," if you do not have it',
        },
      ],
    },
    {
      text: 'Hi #40213,\n\nYour appeal has been reviewed.',
      format: 'plaintext',
      errors: [{ messageId: 'ticketNumber', line: 1, column: 1, endLine: 1, endColumn: 10 }],
    },
    {
      name: 'a role after "Greetings," is still the whole addressee',
      text: 'Greetings, valued customer!\n\nThanks for writing in.',
      errors: [{ messageId: 'greeting', line: 1, column: 1, endLine: 1, endColumn: 27 }],
    },
    {
      name: 'titles with no name',
      text: 'Dear Mr/Mrs,\n\nThanks for writing in.',
      errors: [{ messageId: 'greeting', line: 1, column: 1, endLine: 1, endColumn: 12 }],
    },
    {
      name: 'a record label and its number as the whole addressee',
      text: 'Hi Claim 88-1043,\n\nThanks for sending the photos.',
      errors: [{ messageId: 'ticketNumber', line: 1, column: 1, endLine: 1, endColumn: 17 }],
    },
    {
      name: 'an abbreviated label whose dot the greeting stops at',
      text: 'Dear Booking Ref. 7QK2LM,\n\nYour seats are confirmed.',
      errors: [{ messageId: 'ticketNumber', line: 1, column: 1, endLine: 1, endColumn: 25 }],
    },
    {
      text: 'Hi Account ID 99812,\n\nYour card has been updated.',
      errors: [{ messageId: 'ticketNumber', line: 1, column: 1, endLine: 1, endColumn: 20 }],
    },
    {
      name: 'a number-only greeting in a template gets the name slot',
      text: 'Hi Order 4471,\n\nIt shipped today.',
      ...template,
      errors: [{ messageId: 'ticketNumber', line: 1, column: 1, endLine: 1, endColumn: 14, suggestions: ['Hi {{first_name}},'] }],
    },
    {
      name: '"the user" in a reply that never says "you"',
      text: 'Hi team,\n\nThe user reported that invoices fail to download. The user should clear the cache.',
      format: 'plaintext',
      errors: [
        {
          messageId: 'thirdPerson',
          line: 3,
          column: 1,
          endLine: 3,
          endColumn: 9,
          message: '"The user" talks about the customer instead of to them; write to them as "you"',
        },
        { messageId: 'thirdPerson', line: 3, column: 51, endLine: 3, endColumn: 59 },
      ],
    },
    {
      name: 'a role added in config',
      text: 'Dear Gold Member,\n\nThanks.',
      options: { phrases: { add: ['gold member'] } },
      errors: [{ messageId: 'greeting', line: 1, column: 1, endLine: 1, endColumn: 17 }],
    },
  ],
})

describe('impersonal-address on adversarial input', () => {
  // A hang detector, not a benchmark: each input is ~100 KB built to make a careless look-around quadratic.
  const inputs: Record<string, string> = {
    'a run of greetings': 'Dear customer '.repeat(7_000),
    'a run of third-person subjects': 'the user reported '.repeat(6_000),
    'one long word': 'a'.repeat(100_000),
  }
  finishesOn(rule, inputs)
})
