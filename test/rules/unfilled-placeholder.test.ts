import { describe, expect, it } from 'vitest'
import rule from '../../rules/unfilled-placeholder/index.js'
import { runRules } from '../../src/engine/run-rules.js'
import { type Reply, buildReply } from '../../src/reply/model.js'
import { resolveOptions } from '../../src/rule/options.js'
import { RuleTester } from '../../src/rule/tester.js'
import { finishesOn } from '../helpers/hang-check.js'

const template = (text: string, format: 'markdown' | 'plaintext' = 'markdown') => ({ text, kind: 'template' as const, format })

new RuleTester().run(rule, {
  valid: [
    // A filled draft.
    'Hi Bruno,\n\nYour return label reference is RL-20931; the courier collects on Monday.',
    // Slots belong in a template.
    template('Hi {{customer.first_name}},\n\nYour order {{order.number}} ships by {{shipment.eta}}.\n\n{{agent.first_name}}'),
    template('{% if order.paid %}Paid{% endif %} for %{ticket.name.first}, *|FNAME|*, {%customer.firstName,fallback=there%}.'),
    template('Hi [First Name],\n\nYour refund of [amount] is on its way. Duplicate of #XXXXX.\n\n[Agent]', 'plaintext'),
    template('Hi {{{name}}}, and ${{ github.event.issue.user.login }}.'),
    // Not the agent's words: code, inline code, a quote, a comment.
    'Update the `XXXXXX` in the PR description, and run `npm install next@<version>`.',
    '```toml\n[sso]\nmetadata_url = "" # TODO: paste it\n```\n\nThat block is all you need.',
    '> Our go-live date is still TBD, so can we pause?\n\nI paused billing from today.',
    'Done.\n\n<!-- TODO: ask Sam about the refund {{ -->',
    // Links, references, markup, masks, folders, URL encoding.
    'See [our guide](https://example.com/help) and the [FAQ][faq].\n\n[faq]: https://example.com/faq',
    'See the [pricing] page.\n\n[pricing]: https://example.com/pricing',
    'Wrap it in <center>this</center> to centre it.',
    'The card ending XXXX-XXXX-4242 stays on file.',
    { text: 'Open %APPDATA%\\Acme and delete the cache folder.', format: 'plaintext' },
    'This duplicates "[Bug] Login fails" (#123). Press <Enter> to save; the typo is theirs [sic].',
    'The guide is at https://example.com/%E4%BD%A0%E5%A5%BD/page.',
    // Notes to self are capitals and whole words only.
    'Add it to your todo list; the TODOS app works too.',
    // Parentheses and X in ordinary prose.
    'Your item(s) ship on Monday (if possible) and Windows X is supported; press X to close.',
    // A line of underscores is a rule, not a blank.
    { text: 'Your refund is on its way.\n\n__________\n\nOrder 1234', format: 'plaintext' },
  ],
  invalid: [
    {
      text: 'Hi %first_name%,\n\nYour replacement card has been dispatched.',
      format: 'plaintext',
      errors: [
        {
          messageId: 'unfilled',
          line: 1,
          column: 4,
          endLine: 1,
          endColumn: 16,
          message: 'Unfilled placeholder "%first_name%"; fill it in before sending',
        },
      ],
    },
    {
      text: 'Hi <name>,\n\nI moved your appointment to Friday.',
      format: 'plaintext',
      errors: [{ messageId: 'unfilled', line: 1, column: 4, endLine: 1, endColumn: 10 }],
    },
    {
      name: 'an angle slot in markdown, which parses it as inline HTML',
      text: 'Hi <name>,\n\nI moved your appointment to Friday.',
      errors: [{ messageId: 'unfilled', line: 1, column: 4, endLine: 1, endColumn: 10 }],
    },
    {
      name: 'a run of X with a separator is one slot',
      text: 'Your return label reference is XXXX-XXXX and your phone is +XXXXXXX.',
      errors: [
        { messageId: 'unfilled', line: 1, column: 32, endLine: 1, endColumn: 41 },
        { messageId: 'unfilled', line: 1, column: 60, endLine: 1, endColumn: 68 },
      ],
    },
    {
      text: 'Hi [first name],\n\nI have refunded $64.99.\n\nBest,\n[Your Name]',
      errors: [
        { messageId: 'unfilled', line: 1, column: 4, endLine: 1, endColumn: 16 },
        { messageId: 'unfilled', line: 6, column: 1, endLine: 6, endColumn: 12 },
      ],
    },
    {
      name: 'every syntax of the shared list',
      text: '{{ first_name | fallback: "there" }} %{ticket.name.first} *|FNAME|* [[name]] $SITENAME$ #{ticket.number} {firstname} %1$s #<ISSUE_NUMBER> @<reporter> {% if vip %}',
      errors: [
        { messageId: 'unfilled', line: 1, column: 1, endLine: 1, endColumn: 37 },
        { messageId: 'unfilled', line: 1, column: 38, endLine: 1, endColumn: 58 },
        { messageId: 'unfilled', line: 1, column: 59, endLine: 1, endColumn: 68 },
        { messageId: 'unfilled', line: 1, column: 69, endLine: 1, endColumn: 77 },
        { messageId: 'unfilled', line: 1, column: 78, endLine: 1, endColumn: 88 },
        { messageId: 'unfilled', line: 1, column: 89, endLine: 1, endColumn: 105 },
        { messageId: 'unfilled', line: 1, column: 106, endLine: 1, endColumn: 117 },
        { messageId: 'unfilled', line: 1, column: 118, endLine: 1, endColumn: 122 },
        { messageId: 'unfilled', line: 1, column: 123, endLine: 1, endColumn: 138 },
        { messageId: 'unfilled', line: 1, column: 139, endLine: 1, endColumn: 150 },
        { messageId: 'unfilled', line: 1, column: 151, endLine: 1, endColumn: 163 },
      ],
    },
    {
      name: 'notes to self, fill-in instructions and blanks',
      text: 'Dear ________,\n\nTODO: add the link. The date is TBD (insert date).\n\nFIXME',
      format: 'plaintext',
      errors: [
        { messageId: 'leftover', line: 1, column: 6, endLine: 1, endColumn: 14 },
        { messageId: 'leftover', line: 3, column: 1, endLine: 3, endColumn: 5, message: 'Leftover "TODO"; replace it with the real content before sending' },
        { messageId: 'leftover', line: 3, column: 33, endLine: 3, endColumn: 36 },
        { messageId: 'leftover', line: 3, column: 37, endLine: 3, endColumn: 50 },
        { messageId: 'leftover', line: 5, column: 1, endLine: 5, endColumn: 6 },
      ],
    },
    {
      name: 'parenthesised slots and a lone X where a number belongs',
      text: "Dear (recipient's name),\n\nOn (date) we refunded $X; it arrives within X business days, or X-Y days.\n\nSincerely,\n(your name)",
      format: 'plaintext',
      errors: [
        { messageId: 'leftover', line: 1, column: 6, endLine: 1, endColumn: 24 },
        { messageId: 'leftover', line: 3, column: 4, endLine: 3, endColumn: 10 },
        { messageId: 'leftover', line: 3, column: 23, endLine: 3, endColumn: 25 },
        { messageId: 'leftover', line: 3, column: 45, endLine: 3, endColumn: 46 },
        { messageId: 'leftover', line: 3, column: 65, endLine: 3, endColumn: 68 },
        { messageId: 'leftover', line: 6, column: 1, endLine: 6, endColumn: 12 },
      ],
    },
    {
      name: 'a marker inside prose parentheses',
      text: 'The replacement ships on Monday (TODO: confirm with the warehouse).',
      errors: [{ messageId: 'leftover', line: 1, column: 34, endLine: 1, endColumn: 38 }],
    },
    {
      name: 'a long [insert …] is one leftover, slots inside it included',
      text: 'Your link: [insert the tracking link for {{order}} once the courier has confirmed the collection slot].',
      errors: [{ messageId: 'leftover', line: 1, column: 12, endLine: 1, endColumn: 103 }],
    },
    {
      name: 'a slot inside a URL in a draft',
      text: 'Track it at https://example.com/track/{{tracking_number}} today.',
      errors: [{ messageId: 'unfilled', line: 1, column: 39, endLine: 1, endColumn: 58 }],
    },
    {
      name: 'a broken slot in a draft is reported as broken, once',
      text: 'Hi {{ticket.requester.first_name},\n\nYour refund is on its way.',
      errors: [
        {
          messageId: 'broken',
          line: 1,
          column: 4,
          endLine: 1,
          endColumn: 34,
          message: 'Broken placeholder "{{ticket.requester.first_name}": no closing "}}"; fix it so the slot can be filled',
        },
      ],
    },
    {
      ...template('Hi {{ticket.requester.first_name},\n\nThanks for order {{ }} and {% %}.'),
      errors: [
        { messageId: 'broken', line: 1, column: 4, endLine: 1, endColumn: 34 },
        { messageId: 'broken', line: 3, column: 18, endLine: 3, endColumn: 23, message: 'Broken placeholder "{{ }}": it is empty; fix it so the slot can be filled' },
        { messageId: 'broken', line: 3, column: 28, endLine: 3, endColumn: 33 },
      ],
    },
    {
      name: 'unclosed {%, %{ and *|, a stray }} and mismatched ends in a template',
      ...template('{% if vip\nHi %{ticket.name and *|FNAME, you.\n{first_name}} and {{ name %}', 'plaintext'),
      errors: [
        { messageId: 'broken', line: 1, column: 1, endLine: 1, endColumn: 6, message: 'Broken placeholder "{% if": no closing "%}"; fix it so the slot can be filled' },
        { messageId: 'broken', line: 2, column: 4, endLine: 2, endColumn: 17, message: 'Broken placeholder "%{ticket.name": no closing "}"; fix it so the slot can be filled' },
        { messageId: 'broken', line: 2, column: 22, endLine: 2, endColumn: 29 },
        { messageId: 'broken', line: 3, column: 1, endLine: 3, endColumn: 14, message: 'Broken placeholder "{first_name}}": "}}" has no opening "{{"; fix it so the slot can be filled' },
        { messageId: 'broken', line: 3, column: 19, endLine: 3, endColumn: 29, message: 'Broken placeholder "{{ name %}": opened with "{{" but closed with "%}"; fix it so the slot can be filled' },
      ],
    },
    {
      name: 'a new opening before the old one closed',
      ...template('Hi {{first_name} and {{last_name}}.'),
      errors: [{ messageId: 'broken', line: 1, column: 4, endLine: 1, endColumn: 17 }],
    },
  ],
})

describe('unfilled-placeholder on adversarial input', () => {
  // A hang detector, not a benchmark: each input is ~100 KB built to make a careless pattern backtrack or a
  // loop go quadratic. Only the rule is timed; building the reply is the model's business.
  const run = (reply: Reply) => runRules(reply, [{ rule, severity: 2, options: resolveOptions(rule.meta, undefined) }])
  const inputs: Record<string, string> = {
    'openings without closings': '{{'.repeat(50_000),
    'names without closings': '{{a '.repeat(25_000),
    'stray closings': '}}'.repeat(50_000),
    'percent braces': '%{'.repeat(50_000),
    'merge tags': '*|A'.repeat(33_000),
    'underscores': `\n${'_'.repeat(100_000)}\n`,
    'a fill-in that never closes': `(insert ${'a'.repeat(100_000)}`,
    'many slots': '{{a}} '.repeat(16_000),
    'many angle slots': '<b> '.repeat(25_000),
    'x runs': 'XXXX '.repeat(20_000),
  }
  finishesOn(rule, inputs, { ruleOnly: true })

  it('reports a draft full of slots once per slot', () => {
    expect(run(buildReply('{{a}} '.repeat(1_000))).map((r) => r.messageId)).toEqual(Array(1_000).fill('unfilled'))
  })
})
