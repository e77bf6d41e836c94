/**
 * Validates a SARIF log against the official SARIF 2.1.0 JSON schema (the copy
 * @microsoft/jest-sarif ships, a draft-04 schema) with ajv-draft-04.
 */
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import AjvModule from 'ajv-draft-04'

const require = createRequire(import.meta.url)
const SCHEMA_PATH = require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json')

// ajv-draft-04 is CommonJS: TypeScript sees its module object, Node may hand over the class itself.
type AjvClass = typeof AjvModule.default
const Ajv: AjvClass = (AjvModule as unknown as { default?: AjvClass }).default ?? (AjvModule as unknown as AjvClass)

// RFC 3986 characters only: a space, quote or non-ASCII letter left unencoded fails.
const URI_CHARS = /^(?:[A-Za-z0-9\-._~!$&'()*+,;=:@/?#[\]]|%[0-9A-Fa-f]{2})*$/

const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false })
ajv.addFormat('uri', (s: string) => URI_CHARS.test(s) && /^[A-Za-z][A-Za-z0-9+.-]*:/.test(s))
ajv.addFormat('uri-reference', (s: string) => URI_CHARS.test(s))
ajv.addFormat('date-time', (s: string) => !Number.isNaN(Date.parse(s)))
const validate = ajv.compile(JSON.parse(readFileSync(SCHEMA_PATH, 'utf8')))

/** The schema errors of `log`, as `path: message` lines; empty when valid. */
export function sarifSchemaErrors(log: unknown): string[] {
  if (validate(log)) return []
  return (validate.errors ?? []).map((e) => `${e.instancePath || '/'}: ${e.message}`)
}
