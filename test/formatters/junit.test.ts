import { describe, expect, it } from 'vitest'
import junit from '../../src/formatters/junit.js'
import { cdata, xmlEscape } from '../../src/formatters/xml.js'
import { META, RESULTS } from './fixture.js'

describe('junit formatter', () => {
  it('writes a testsuite per file and a testcase per problem, escaped', () => {
    expect(junit(RESULTS, META)).toBe(
      [
        '<?xml version="1.0" encoding="utf-8"?>',
        '<testsuites>',
        '<testsuite package="replylint" time="0" tests="4" failures="4" errors="0" skipped="0" name="drafts/refund #2, &quot;final&quot;.md">',
        '<testcase time="0" name="replylint.dismissive-tone" classname="drafts/refund #2, &quot;final&quot;"><failure message="&quot;As I already said&quot; brushes the customer off; answer the question again in new words"><![CDATA[line 3, col 1, Error - "As I already said" brushes the customer off; answer the question again in new words (dismissive-tone)]]></failure></testcase>',
        '<testcase time="0" name="replylint.over-promise" classname="drafts/refund #2, &quot;final&quot;"><failure message="&quot;100% sure&quot; promises what you cannot control: say what you will do &amp; by &lt;date&gt;"><![CDATA[line 4, col 6, Warning - "100% sure" promises what you cannot control: say what you will do & by <date> (over-promise)]]></failure></testcase>',
        '<testcase time="0" name="replylint.dismissive-tone" classname="drafts/refund #2, &quot;final&quot;"><failure message="&quot;as I&#10;already said&quot; brushes the customer off; answer the question again in new words"><![CDATA[line 4, col 43, Error - "as I',
        'already said" brushes the customer off; answer the question again in new words (dismissive-tone)]]></failure></testcase>',
        '<testcase time="0" name="replylint.shouting" classname="drafts/refund #2, &quot;final&quot;"><failure message="&quot;!!&quot; reads as shouting; end the sentence with a single &quot;!&quot;"><![CDATA[line 5, col 13, Warning - "!!" reads as shouting; end the sentence with a single "!" (shouting)]]></failure></testcase>',
        '</testsuite>',
        // A fatal message is an <error>, counted in errors, not failures.
        '<testsuite package="replylint" time="0" tests="1" failures="0" errors="1" skipped="0" name="notes/broken.md">',
        '<testcase time="0" name="replylint.unknown" classname="notes/broken"><error message="Cannot read file: EACCES"><![CDATA[line 1, col 1, Error - Cannot read file: EACCES]]></error></testcase>',
        '</testsuite>',
        // A clean file is one passing testcase, as in eslint.
        '<testsuite package="replylint" time="0" tests="1" failures="0" errors="0" skipped="0" name="drafts/ok.md">',
        '<testcase time="0" name="drafts/ok.md" classname="drafts/ok" />',
        '</testsuite>',
        // A notice (a reply replylint did not lint) is a skipped testcase.
        '<testsuite package="replylint" time="0" tests="2" failures="1" errors="0" skipped="1" name="macros.json">',
        '<testcase time="0" name="replylint.dismissive-tone" classname="macros"><failure message="&quot;as I already said&quot; brushes the customer off; answer the question again in new words"><![CDATA[line 4, col 10, reply "Refund, denied: v2", Error - "as I already said" brushes the customer off; answer the question again in new words (dismissive-tone)]]></failure></testcase>',
        '<testcase time="0" name="replylint.unknown" classname="macros"><skipped message="Reply &quot;Спасибо&quot; is not English; skipped" /></testcase>',
        '</testsuite>',
        '<testsuite package="replylint" time="0" tests="2" failures="2" errors="0" skipped="0" name="/tmp/elsewhere/reply.txt">',
        '<testcase time="0" name="replylint.no-concrete-action" classname="/tmp/elsewhere/reply"><failure message="The reply ends without a next step; say what happens next and when"><![CDATA[line 1, col 1, Warning - The reply ends without a next step; say what happens next and when (no-concrete-action)]]></failure></testcase>',
        '<testcase time="0" name="replylint.acme/jargon" classname="/tmp/elsewhere/reply"><failure message="&quot;reaching out&quot; is jargon"><![CDATA[line 1, col 12, Warning - "reaching out" is jargon (acme/jargon)]]></failure></testcase>',
        '</testsuite>',
        '</testsuites>',
        '',
      ].join('\n'),
    )
  })

  it('keeps a "]]>" inside a message from closing the CDATA section, and drops characters XML cannot hold', () => {
    expect(cdata('a]]>b')).toBe('<![CDATA[a]]]]><![CDATA[>b]]>')
    expect(xmlEscape('bell\u0007 tab\t \uD800 ok \uD83D\uDE00')).toBe('bell\uFFFD tab&#9; \uFFFD ok \uD83D\uDE00')
  })
})
