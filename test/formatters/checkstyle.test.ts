import { describe, expect, it } from 'vitest'
import checkstyle from '../../src/formatters/checkstyle.js'
import { META, RESULTS } from './fixture.js'

describe('checkstyle formatter', () => {
  it("writes eslint's checkstyle shape with every attribute XML-escaped", () => {
    expect(checkstyle(RESULTS, META)).toBe(
      [
        '<?xml version="1.0" encoding="utf-8"?>',
        '<checkstyle version="4.3">',
        '<file name="drafts/refund #2, &quot;final&quot;.md">',
        '<error line="3" column="1" severity="error" message="&quot;As I already said&quot; brushes the customer off; answer the question again in new words (dismissive-tone)" source="replylint.rules.dismissive-tone" />',
        '<error line="4" column="6" severity="warning" message="&quot;100% sure&quot; promises what you cannot control: say what you will do &amp; by &lt;date&gt; (over-promise)" source="replylint.rules.over-promise" />',
        // A raw line break in an attribute would be read back as a space.
        '<error line="4" column="43" severity="error" message="&quot;as I&#10;already said&quot; brushes the customer off; answer the question again in new words (dismissive-tone)" source="replylint.rules.dismissive-tone" />',
        '<error line="5" column="13" severity="warning" message="&quot;!!&quot; reads as shouting; end the sentence with a single &quot;!&quot; (shouting)" source="replylint.rules.shouting" />',
        '</file>',
        '<file name="notes/broken.md">',
        '<error line="1" column="1" severity="error" message="Cannot read file: EACCES" source="" />',
        '</file>',
        '<file name="drafts/ok.md">',
        '</file>',
        '<file name="macros.json">',
        '<error line="4" column="10" severity="error" message="&quot;as I already said&quot; brushes the customer off; answer the question again in new words (reply &quot;Refund, denied: v2&quot;) (dismissive-tone)" source="replylint.rules.dismissive-tone" />',
        '<error line="5" column="14" severity="info" message="Reply &quot;Спасибо&quot; is not English; skipped (reply &quot;Спасибо&quot;)" source="" />',
        '</file>',
        '<file name="/tmp/elsewhere/reply.txt">',
        '<error line="1" column="1" severity="warning" message="The reply ends without a next step; say what happens next and when (no-concrete-action)" source="replylint.rules.no-concrete-action" />',
        '<error line="1" column="12" severity="warning" message="&quot;reaching out&quot; is jargon (acme/jargon)" source="replylint.rules.acme/jargon" />',
        '</file>',
        '</checkstyle>',
        '',
      ].join('\n'),
    )
  })
})
