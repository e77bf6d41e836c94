import { describe } from 'vitest'
import rule from '../../rules/shouting/index.js'
import { RuleTester } from '../../src/rule/tester.js'
import { finishesOn } from '../helpers/hang-check.js'

new RuleTester().run(rule, {
  valid: [
    // Acronyms and codes, listed or not (RULES.md: SSO, PDF, ASAP, OIN, ACS, BA8733).
    'Yes, SSO via SAML works on the Business plan, and the SCIM API handles it. Paste the ACS URL from the OIN catalog.',
    'I have reissued INV-2291 as PDFs, and the XML export is ready ASAP. Your booking is BA8733.',
    // A word-forming prefix makes no compound shout on its own: NON-XQZ and PRE-2291 are codes.
    'Quote PRE-2291 or NON-XQZ when you call, and the CO-OP store will find it.',
    { text: 'Bugzilla closes it as INSUFFICIENTDATA after it sits in NEEDINFO.', format: 'plaintext' },
    // Acronyms that are also English words are quiet on their own.
    'OK, good news: your IT team can reach US support until 5 PM EST. The VAT ID and PIN are on the invoice.',
    'Send a GET request to the endpoint, then a DELETE to remove the draft.',
    // Units and times.
    'The 3 HP motor is out of warranty. We reopen at 10:00 AM.',
    // "I" and "A", single letters, digits, underscores.
    'I think plan A is best. Q2 numbers are in, and REPLACE_ME goes away with SPRING15.',
    // Sigils: slots, tags and variables.
    'This duplicates #NUMBER, so please follow #NUMBER instead and ping @TEAM if needed.',
    // Naming, not raising the voice.
    { text: 'SUBJECT: Your refund\n\nHi Sam, your refund is on its way.', format: 'plaintext' },
    'Type "DELETE" to confirm, then click SAVE, or reply STOP to opt out.',
    'Press the ENTER key, or use the SUBMIT button.',
    { text: 'Please mark the bug as UNCONFIRMED, or set the Status field to RESOLVED - FIXED.', format: 'plaintext' },
    'Your ticket status is PENDING until we hear back.',
    { text: 'Your order (insert SO ref) left the warehouse today.', format: 'plaintext' },
    // Not the agent's prose: a quote, code, a placeholder, a URL, the signature.
    '> This is OBVIOUSLY broken!!\n\nI am sorry it failed; I restarted the import.',
    'Run `sso check` and you should see `STATUS: OK` for both.',
    { text: 'Hi [CUSTOMER NAME],\n\nRefund decision: [APPROVED / DECLINED].', kind: 'template', format: 'plaintext' },
    'Details are at https://example.com/NEVER-EVER/PLEASE.',
    'Thanks for waiting; the fix is live.\n\n-- \nILONA VARGA\nCUSTOMER CARE',
    // A question, not shouting; a single exclamation mark is fine.
    'Could you check again?? Thanks for flagging it!',
    // Configured extras.
    { text: 'HEARTH cushions ship on Monday.', options: { acronyms: ['hearth'] } },
    // Mixed case is not capitals.
    'PDFs and IDs are attached; iPhone and McDonald are names.',
    // Names of plans, pages, files, codes and keys; paths and variables.
    'Upgrade to the PRO plan from the SETTINGS page, and see the LICENSE file.',
    'Use code WELCOME at checkout, hold SHIFT and press CTRL + SHIFT + R.',
    'Install .NET, set DEBUG=1, and pay by VISA.',
    { text: 'Refund decision: APPROVED\nPlan: ACTIVE UNTIL END OF TERM', format: 'plaintext' },
    'A 404 NOT FOUND page means the link expired; an ACCESS DENIED error means the role is missing.',
    'Set the flag to TRUE, not NULL.',
    { text: 'Hi MARK SMITH, your refund is on its way.', format: 'plaintext' },
  ],
  invalid: [
    {
      text: 'Thanks for getting in touch. PLEASE do not share your password. We will NEVER ask for it!!',
      errors: [
        { messageId: 'caps', line: 1, column: 30, endLine: 1, endColumn: 36 },
        { messageId: 'caps', line: 1, column: 73, endLine: 1, endColumn: 78 },
        { messageId: 'marks', line: 1, column: 89, endLine: 1, endColumn: 91, suggestions: ['!'] },
      ],
    },
    {
      name: 'a run of shouted words is one report',
      text: 'Please DO NOT reply via email.',
      errors: [
        {
          messageId: 'caps',
          line: 1,
          column: 8,
          endLine: 1,
          endColumn: 14,
          message: '"DO NOT" in capitals reads as shouting; write it in normal case, and use bold or italics if it needs emphasis',
        },
      ],
    },
    {
      name: 'an acronym that is also a word joins a shouted run',
      text: 'I AM SO SORRY, and please DO IT NOW.',
      errors: [
        { messageId: 'caps', line: 1, column: 1, endLine: 1, endColumn: 14 },
        { messageId: 'caps', line: 1, column: 27, endLine: 1, endColumn: 36 },
      ],
    },
    {
      text: 'Your order has been CANCELED.',
      format: 'plaintext',
      errors: [{ messageId: 'caps', line: 1, column: 21, endLine: 1, endColumn: 29 }],
    },
    {
      name: 'markdown emphasis does not hide capitals',
      text: 'We ***STRONGLY*** recommend a formatter.',
      errors: [{ messageId: 'caps', line: 1, column: 7, endLine: 1, endColumn: 15 }],
    },
    {
      name: 'a path or a platform name is a code, an ellipsis or a slash between words is not',
      text: 'Install .NET from /HOME first...NEVER skip it.',
      errors: [{ messageId: 'caps', line: 1, column: 33, endLine: 1, endColumn: 38 }],
    },
    {
      name: 'a compound of a prefix and an English word',
      text: 'Deposits are NON-REFUNDABLE once the booking is confirmed.\n',
      errors: [{ messageId: 'caps', line: 1, column: 14, endLine: 1, endColumn: 28 }],
    },
    {
      text: 'Please RE-ENTER your card details on the payment page.\n',
      errors: [{ messageId: 'caps', line: 1, column: 8, endLine: 1, endColumn: 16 }],
    },
    {
      name: 'an -able word made from an English verb',
      text: 'This fare is CANCELLABLE up to a day before departure.\n',
      errors: [{ messageId: 'caps', line: 1, column: 14, endLine: 1, endColumn: 25 }],
    },
    {
      name: 'contractions and hyphenated words',
      text: "You DON'T need a FOLLOW-UP call.",
      errors: [
        { messageId: 'caps', line: 1, column: 5, endLine: 1, endColumn: 10 },
        { messageId: 'caps', line: 1, column: 18, endLine: 1, endColumn: 27 },
      ],
    },
    {
      name: 'all-caps section headings in a template',
      text: 'WHAT HAPPENED:\n[Clear explanation]\n\nWHAT WE HAVE DONE TO FIX IT:\n[Specific action]',
      kind: 'template',
      format: 'plaintext',
      errors: [
        { messageId: 'caps', line: 1, column: 1, endLine: 1, endColumn: 14 },
        { messageId: 'caps', line: 4, column: 1, endLine: 4, endColumn: 28 },
      ],
    },
    {
      name: 'a heading in capitals',
      text: '## IMPORTANT UPDATE\n\nThe outage is over.',
      errors: [{ messageId: 'caps', line: 1, column: 4, endLine: 1, endColumn: 20 }],
    },
    {
      name: 'a shouted word next to an acronym: the span skips the code at its edge',
      text: 'Your SSO login is NOT broken.',
      errors: [{ messageId: 'caps', line: 1, column: 19, endLine: 1, endColumn: 22 }],
    },
    {
      name: 'an emphatic word is never the name of a control or a value',
      text: 'Please do NOT file a new issue, and NEVER change the status to ALWAYS ON.',
      errors: [
        { messageId: 'caps', line: 1, column: 11, endLine: 1, endColumn: 14 },
        { messageId: 'caps', line: 1, column: 37, endLine: 1, endColumn: 42 },
        { messageId: 'caps', line: 1, column: 64, endLine: 1, endColumn: 73 },
      ],
    },
    {
      name: 'a status word that is not a status value still shouts',
      text: 'If you want, test whether your issue is a REGRESSION.',
      errors: [{ messageId: 'caps', line: 1, column: 43, endLine: 1, endColumn: 53 }],
    },
    {
      name: 'question-exclamation runs, with a suggestion to keep one mark',
      text: 'Wait, the charge went through three times?! Really!?\n\nWow‼',
      errors: [
        { messageId: 'marks', line: 1, column: 42, endLine: 1, endColumn: 44, suggestions: ['?'] },
        { messageId: 'marks', line: 1, column: 51, endLine: 1, endColumn: 53, suggestions: ['!'] },
        { messageId: 'marks', line: 3, column: 4, endLine: 3, endColumn: 5, suggestions: ['!'] },
      ],
    },
    {
      name: 'a stored name in the greeting is quiet, the prose after it is not',
      text: 'Hi MARK, THANKS for writing.',
      format: 'plaintext',
      errors: [{ messageId: 'caps', line: 1, column: 10, endLine: 1, endColumn: 16 }],
    },
    {
      name: 'a greeting can shout too',
      text: 'HELLO Sam!!!\n\nYour parcel is here.',
      errors: [
        { messageId: 'caps', line: 1, column: 1, endLine: 1, endColumn: 6 },
        { messageId: 'marks', line: 1, column: 10, endLine: 1, endColumn: 13, suggestions: ['!'] },
      ],
    },
    {
      name: 'a configured acronym that is a word is quiet alone but joins a shouted run',
      text: 'RUSH orders ship today. DO NOT RUSH.',
      options: { acronyms: ['RUSH'] },
      errors: [{ messageId: 'caps', line: 1, column: 25, endLine: 1, endColumn: 36 }],
    },
    {
      name: 'positions after a placeholder and on a later line (CRLF)',
      text: 'Hi {{first_name}},\r\n\r\nWe will {{verb}} it NOW.',
      kind: 'template',
      errors: [{ messageId: 'caps', line: 3, column: 21, endLine: 3, endColumn: 24 }],
    },
  ],
})

describe('shouting on adversarial input', () => {
  // Only the rule is timed (test/helpers/hang-check.ts).
  const inputs: Record<string, string> = {
    'a long run of joiners': `a${'-'.repeat(100_000)}b`,
    'many short runs': 'NOT a '.repeat(17_000),
    'one huge run of capitals': 'NEVER '.repeat(17_000),
    'many runs of marks': 'a!!!!!!!!! '.repeat(9_000),
    'letters and dots': 'U.S.A '.repeat(16_000),
  }
  finishesOn(rule, inputs, { ruleOnly: true })
})
