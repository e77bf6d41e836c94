// Deterministic benchmark corpus (seeded): short drafts, 1k/10k draft folders, a 10 MB and a 5 MB
// markdown library (one reply per `##` heading) and a 5,000-reply JSON library.
//   node bench/generate.mjs [--out bench/corpus] [--small]
import { existsSync, mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

export function rng(seed) {
  // mulberry32: small, fast, and the same sequence on every machine
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const NAMES = ['Sam', 'Priya', 'Jonas', 'Amara', 'Li', 'Mateo', 'Ines', 'Noah', 'Freya', 'Omar']
const GREETINGS = ['Hi {name},', 'Hello {name},', 'Hey {name},', 'Hi {{first_name}},', 'Dear {name},']
const OPENINGS = [
  'Thanks for getting in touch about the {thing}.',
  'I understand how frustrating a {problem} is, especially this week.',
  'It sounds like the {thing} stopped working after the last update.',
  'Sorry to hear the {thing} gave you trouble.',
  'We received your request.',
  'As I already said, the {thing} works fine on our end.',
  'You asked whether the {thing} can be paused for a month.',
]
const THINGS = ['export', 'invoice', 'refund', 'annual plan', 'password reset', 'SSO login', 'CSV import', 'mobile app', 'billing page', 'API token']
const PROBLEMS = ['failed payment', 'double charge', 'locked account', 'missing invoice', 'slow sync']
const BODY = [
  "I've refunded the second charge of ${amount}; it will show on your card within 5 business days.",
  "I'll send the corrected invoice by Friday.",
  "We're looking into it and will get back to you.",
  'Please clear your cache and sign in again.',
  'Our billing team, who reply within one business day, now has your ticket.',
  'This is NOT something we can change, sorry for any inconvenience.',
  'You can simply reset it from the **Settings** page: [account settings](https://help.example.com/settings).',
  'We guarantee this will never happen again!!',
  'Your order #{order} has been cancelled and the refund processed.',
  'The `sync --force` command rebuilds the index if the app shows stale data.',
  'You should have read the terms before upgrading.',
  'Ticket [TICKET_ID] is now closed; reply to reopen it.',
]
const LIST = ['1. Open **Settings**.\n2. Choose *Billing*.\n3. Click `Download invoice`.', '- Sign out\n- Sign in with SSO\n- Try the export again']
const QUOTE = ['> My export has been stuck for two days and obviously nobody cares.', '> Why was I charged twice???']
const SIGNOFFS = ['Best,\n{agent}', 'Thanks,\n{agent}\nSupport team', 'Kind regards,\n{agent}', 'Cheers,\n{agent}\n--\nAcme Support\nhttps://acme.example.com']

function pick(r, list) {
  return list[Math.floor(r() * list.length)]
}

function fill(r, s) {
  return s
    .replaceAll('{name}', pick(r, NAMES))
    .replaceAll('{agent}', pick(r, NAMES))
    .replaceAll('{thing}', pick(r, THINGS))
    .replaceAll('{problem}', pick(r, PROBLEMS))
    .replaceAll('{amount}', String(10 + Math.floor(r() * 90)))
    .replaceAll('{order}', String(10000 + Math.floor(r() * 90000)))
}

/** One reply of about `min`–`max` bytes of realistic markdown. */
export function reply(r, min = 400, max = 2000) {
  const target = min + Math.floor(r() * (max - min))
  const parts = [fill(r, pick(r, GREETINGS))]
  if (r() < 0.3) parts.push(pick(r, QUOTE))
  parts.push(fill(r, pick(r, OPENINGS)) + ' ' + fill(r, pick(r, BODY)))
  while (parts.join('\n\n').length < target - 120) {
    const roll = r()
    if (roll < 0.15) parts.push(pick(r, LIST))
    else if (roll < 0.2) parts.push('```\nreplylint --fix drafts/\n```')
    else parts.push([fill(r, pick(r, BODY)), fill(r, pick(r, BODY)), fill(r, pick(r, BODY))].join(' '))
  }
  parts.push(fill(r, pick(r, SIGNOFFS)))
  return parts.join('\n\n') + '\n'
}

export function generate(out, { small = false } = {}) {
  const r = rng(20261124)
  mkdirSync(out, { recursive: true })
  writeFileSync(join(out, 'one-draft.md'), 'Hi Sam,\n\nThanks for flagging the double charge. I refunded the second $40 today; it shows on your card within 5 days.\n\nBest,\nPriya\n')
  for (const [name, count] of [['drafts-1k', small ? 50 : 1000], ['drafts-10k', small ? 200 : 10000]]) {
    const dir = join(out, name)
    if (existsSync(join(dir, `reply-${count - 1}.md`))) continue
    mkdirSync(dir, { recursive: true })
    for (let i = 0; i < count; i++) writeFileSync(join(dir, `reply-${i}.md`), reply(r))
  }
  for (const [name, bytes] of [['canned-responses-10mb.md', small ? 200_000 : 10_000_000], ['canned-responses-5mb.md', small ? 100_000 : 5_000_000]]) {
    let text = '# Canned responses\n\nThe support team\'s saved replies, one per heading.\n\n'
    for (let i = 0; text.length < bytes; i++) text += `## Reply ${i}: ${pick(r, THINGS)}\n\n${reply(r, 300, 1400)}\n`
    writeFileSync(join(out, name), text)
  }
  const macros = {}
  for (let i = 0; i < (small ? 200 : 5000); i++) macros[`Reply ${i}: ${pick(r, THINGS)}`] = reply(r, 300, 1400)
  writeFileSync(join(out, 'macros-5000.json'), JSON.stringify(macros, null, 2) + '\n')
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2)
  const out = args.includes('--out') ? args[args.indexOf('--out') + 1] : new URL('./corpus', import.meta.url).pathname
  generate(out, { small: args.includes('--small') })
  console.log(`corpus written to ${out}`)
}
