/**
 * Is this body English? (issue 6, item 4). The English rules only make sense on English text: a
 * Russian macro would be linted into noise. Per paragraph (blank-line separated):
 * - letters mostly outside the Latin script (Cyrillic, CJK, Arabic, Greek…) → not English;
 * - Latin letters, 8+ words: not English when English function words are rare (share below the
 *   threshold) and either other languages' function words are commoner, or English ones are nearly
 *   absent (a third of the threshold) in sentences; a list (bullets, short lines: countries,
 *   documents) has no function words in any language and stays English;
 * - code (fences, inline code) and markup are blanked out first;
 * - fewer words than that ("Closing.", "Thanks!") decide nothing, unless they hold another
 *   language's function words and no English ones ("Hola,", "Un saludo,");
 * A body with no English paragraph and at least one foreign one is not English; otherwise its
 * foreign paragraphs are excluded spans (a bilingual reply keeps its English half).
 * Placeholders and URLs are removed before counting: `{{ticket.requester.first_name}}` is no word.
 */
import { findPlaceholders } from '../reply/placeholders.js'

export interface LanguageOptions {
  /** English function-word share below which a Latin-script paragraph may be foreign (default 0.15). */
  threshold?: number
}

export interface LanguageVerdict {
  english: boolean
  /** Foreign paragraphs of a body that also has English ones (offsets into the text given). */
  excluded: Array<{ start: number; end: number }>
}

type Kind = 'english' | 'foreign' | 'neutral'

const MIN_WORDS = 8
const ENGLISH = new Set(
  ("a an the and or but if so not no nor to of in on at by for from with about into over after before as than then " +
    "is are was were be been being am do does did done have has had will would can could should shall may might must " +
    "i you he she it we they me him her us them my your his its our their this that these those there here what which who " +
    "whom whose when where why how all any each some more most other such only just also very too please thanks thank " +
    "hi hello let know up out get got yes i'm you're we're it's don't can't won't we've i've you've we'll i'll you'll").split(' '),
)
// Function words of the commonest other Latin-script support languages (es fr de pt it nl);
// words that are also English ("a", "in", "die", "is") are dropped below, and so are prefixes
// and short words English text often holds ("non-refundable", "op-ed", "den").
const FOREIGN = new Set(
  ("de la que el en los las del se por un una para con es su al lo como más pero sus le ya este muy sin sobre también " +
    "gracias hola saludo saludos usted nuestro nuestra " +
    "le les des et est une du pour qui dans pas vous nous avec sur au ce cette merci bonjour votre vos sont mais ou " +
    "der das und ist nicht ein eine zu von mit sich dem sie wir ihr ihre ich bitte danke wird werden auch oder aber bei nach " +
    "o os da dos das em um uma não obrigado olá você seu sua nosso " +
    "il di che è per sono della del ci grazie ciao gli questo " +
    "het een van ik je dat niet zijn met voor wij uw bedankt hallo").split(' ').filter((w) => !ENGLISH.has(w)),
)
const CODE = /^ {0,3}(`{3,}|~{3,})[^\n]*\n[\s\S]*?(?:^ {0,3}\1[^\n]*$|(?![\s\S]))|`[^`\n]+`|<[^<>\n]+>/gm
const BULLET = /^\s*(?:[-*•·–+]|\d+[.)])\s/
// An address is tried once per token, from its start (the lookbehind), up to its first `@`:
// `\S+@\S+\.\w+` was tried from every position and backtracked over both runs, so one 20 KB token
// took minutes (issue 8).
const URL = /\b(?:https?:\/\/|www\.)\S+|(?<!\S)[^\s@]*@(?=\S*\.\w)\S*/g

export function detectLanguage(text: string, options: LanguageOptions = {}): LanguageVerdict {
  const threshold = options.threshold ?? 0.15
  // Code and markup are no language: blank them out (same length, so offsets hold) before counting.
  const masked = text.replace(CODE, (m) => m.replace(/[^\n]/g, ' '))
  const paragraphs = paragraphsOf(masked).map((p) => ({ ...p, kind: classify(clean(masked.slice(p.start, p.end)), threshold) }))
  const foreign = paragraphs.filter((p) => p.kind === 'foreign')
  if (!foreign.length) return { english: true, excluded: [] }
  // Short English paragraphs decide nothing alone, but they add up: look at the body as a whole.
  const english = paragraphs.some((p) => p.kind === 'english') || classify(clean(masked), threshold) === 'english'
  if (!english) return { english: false, excluded: [] }
  // Neighbouring foreign paragraphs ("Hola," then the Spanish text) make one span.
  const excluded: Array<{ start: number; end: number }> = []
  for (const { start, end } of foreign) {
    const last = excluded[excluded.length - 1]
    if (last && text.slice(last.end, start).trim() === '') last.end = end
    else excluded.push({ start, end })
  }
  return { english: true, excluded }
}

function paragraphsOf(text: string): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = []
  const gap = /\n[ \t]*(?:\r?\n[ \t]*)+/g
  let start = 0
  for (const m of text.matchAll(gap)) {
    out.push({ start, end: m.index })
    start = m.index + m[0].length
  }
  out.push({ start, end: text.length })
  // Trimmed, so an excluded span holds the paragraph's words and not the line breaks around it.
  return out.flatMap(({ start: a, end: z }) => {
    const raw = text.slice(a, z)
    const lead = raw.length - raw.trimStart().length
    const kept = raw.trim().length
    return kept ? [{ start: a + lead, end: a + lead + kept }] : []
  })
}

/** The paragraph without placeholders and URLs (their letters are not words of any language). */
function clean(text: string): string {
  let out = ''
  let from = 0
  for (const p of findPlaceholders(text)) {
    out += text.slice(from, p.start) + ' '
    from = p.end
  }
  return (out + text.slice(from)).replace(URL, ' ')
}

function isList(text: string): boolean {
  const lines = text.split('\n').filter((l) => l.trim())
  const short = lines.filter((l) => BULLET.test(l) || l.trim().split(/\s+/).length <= 4).length
  return short * 2 >= lines.length
}

const LETTER = /\p{L}/u
const LATIN = /\p{Script=Latin}/u

/**
 * Letters (code points in \p{L}) and how many of them are Latin, without an array of every letter:
 * ASCII is decided by its code, anything else by the two patterns (issue 7: a library's 11,000
 * replies went through a one-character string and a pattern test per letter).
 */
export function countLetters(text: string): { letters: number; latin: number } {
  let letters = 0
  let latin = 0
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (code < 0x80) {
      const lower = code | 0x20
      if (lower >= 0x61 && lower <= 0x7a) {
        letters++
        latin++
      }
      continue
    }
    const point = text.codePointAt(i)!
    const ch = String.fromCodePoint(point)
    if (point > 0xffff) i++
    if (!LETTER.test(ch)) continue
    letters++
    if (LATIN.test(ch)) latin++
  }
  return { letters, latin }
}

function classify(text: string, threshold: number): Kind {
  const { letters, latin } = countLetters(text)
  if (letters < 3) return 'neutral'
  if (latin / letters < 0.5) return 'foreign'
  const words = (text.toLowerCase().replace(/’/g, "'").match(/[\p{Script=Latin}]+(?:'[\p{Script=Latin}]+)?/gu) ?? [])
  if (!words.length) return 'neutral'
  const en = words.filter((w) => ENGLISH.has(w)).length / words.length
  const other = words.filter((w) => FOREIGN.has(w)).length / words.length
  // A short line decides only when it has another language's words and no English ones ("Hola,").
  if (words.length < MIN_WORDS) return other >= 0.5 && en === 0 ? 'foreign' : 'neutral'
  if (en < threshold && other > en && other >= threshold) return 'foreign'
  // No function words of any language we list: foreign only if it reads as sentences, not as a
  // list of names (countries, documents, products), which has no function words in English either.
  if (en < threshold / 3 && !isList(text)) return 'foreign'
  return 'english'
}
