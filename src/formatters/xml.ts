/** XML escaping for the junit and checkstyle formatters. */

// XML 1.0 cannot carry most C0 controls, U+FFFE/U+FFFF or unpaired surrogates at all,
// not even as character references, so they become U+FFFD.
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
  // Attribute-value normalisation would turn raw tabs and line breaks into spaces.
  '\t': '&#9;',
  '\n': '&#10;',
  '\r': '&#13;',
}

/** Escapes text for an attribute value (or element content). */
export function xmlEscape(value: string | number): string {
  return String(value)
    .replace(NOT_XML, '\uFFFD')
    .replace(/[&<>"'\t\n\r]/g, (c) => ENTITIES[c])
}

/** A CDATA section; a `]]>` inside is split across two sections. */
export function cdata(text: string): string {
  return `<![CDATA[${text.replace(NOT_XML, '\uFFFD').replace(/]]>/g, ']]]]><![CDATA[>')}]]>`
}
