/**
 * The verb lexicon (lexicon.yaml) compiled once: every inflected form of every
 * listed verb maps back to its base form, so a clause reader can ask "is this
 * word a form of an act verb, and which form?".
 */
import data from './lexicon.yaml'

export type VerbForm = 'base' | 's' | 'past' | 'ing'

export interface VerbEntry {
  /** The verb's base form ("refund"). */
  lemma: string
  /** Particle that must follow ("out" for "carry out"), if any. */
  particle?: string
}

export interface Lexicon {
  /** class → lemma → the particles it is listed with ('' for the plain verb). */
  classes: Record<string, Map<string, Set<string>>>
  /** Plain word lists (`*-nouns`, `*-words`), by name without the suffix. */
  nouns: Record<string, Set<string>>
  /**
   * Closed verb lists (`*-verbs`), by name without the suffix: inflected form → the particles
   * it is listed with ('' for the plain verb). Unlike classes they add no readings: they only
   * judge a verb the reader found.
   */
  verbs: Record<string, Map<string, Set<string>>>
  /** Inflected form → the verbs it may be, with which form. */
  forms: Map<string, Array<{ lemma: string; form: VerbForm }>>
}

interface RawLexicon {
  irregular?: Record<string, string>
  [key: string]: string[] | Record<string, string> | undefined
}

const VOWEL = /[aeiou]/

/** Regular inflections, over-generated on purpose (both "cancelled" and "canceled"). */
export function inflect(base: string, irregular?: string): Array<[string, VerbForm]> {
  const out: Array<[string, VerbForm]> = [[base, 'base']]
  const last = base[base.length - 1]
  const stem = base.slice(0, -1)
  if (/(?:s|x|z|ch|sh)$/.test(base)) out.push([`${base}es`, 's'])
  else if (last === 'y' && !VOWEL.test(base[base.length - 2] ?? '')) out.push([`${stem}ies`, 's'])
  else out.push([`${base}s`, 's'])
  const double = /[^aeiou][aeiou][bdgklmnprt]$/.test(base) ? base + last : undefined
  if (irregular) {
    for (const f of irregular.split(/\s+/)) out.push([f, 'past'])
  } else if (last === 'e') {
    out.push([`${base}d`, 'past'])
  } else if (last === 'y' && !VOWEL.test(base[base.length - 2] ?? '')) {
    out.push([`${stem}ied`, 'past'])
  } else {
    out.push([`${base}ed`, 'past'])
    if (double) out.push([`${double}ed`, 'past'])
  }
  if (base.endsWith('ie')) out.push([`${base.slice(0, -2)}ying`, 'ing'])
  else if (last === 'e' && !base.endsWith('ee')) out.push([`${stem}ing`, 'ing'])
  else {
    out.push([`${base}ing`, 'ing'])
    if (double) out.push([`${double}ing`, 'ing'])
  }
  return out
}

function compile(raw: RawLexicon): Lexicon {
  const irregular = raw.irregular ?? {}
  const classes: Record<string, Map<string, Set<string>>> = {}
  const nouns: Record<string, Set<string>> = {}
  const verbs: Record<string, Map<string, Set<string>>> = {}
  const forms = new Map<string, Array<{ lemma: string; form: VerbForm }>>()
  for (const [name, list] of Object.entries(raw)) {
    if (name === 'irregular' || !Array.isArray(list)) continue
    if (/-(?:nouns|words)$/.test(name)) {
      nouns[name.replace(/-(?:nouns|words)$/, '')] = new Set(list)
      continue
    }
    if (name.endsWith('-verbs')) {
      const byForm = new Map<string, Set<string>>()
      for (const entry of list) {
        const [verb, ...rest] = entry.split(' ')
        for (const [form] of inflect(verb, irregular[verb])) byForm.set(form, (byForm.get(form) ?? new Set()).add(rest.join(' ')))
      }
      verbs[name.slice(0, -'-verbs'.length)] = byForm
      continue
    }
    const byLemma = new Map<string, Set<string>>()
    for (const entry of list) {
      const [verb, ...rest] = entry.split(' ')
      if (!byLemma.has(verb)) byLemma.set(verb, new Set())
      byLemma.get(verb)!.add(rest.join(' '))
      for (const [form, kind] of inflect(verb, irregular[verb])) {
        const list2 = forms.get(form) ?? []
        if (!list2.some((f) => f.lemma === verb && f.form === kind)) list2.push({ lemma: verb, form: kind })
        forms.set(form, list2)
      }
    }
    classes[name] = byLemma
  }
  return { classes, nouns, verbs, forms }
}

export const lexicon: Lexicon = compile(data as RawLexicon)

// Most words are no verb: one shared empty answer spares an array for each (speed, issue 7).
const NO_READINGS: ReadonlyArray<{ lemma: string; form: VerbForm }> = Object.freeze([])

/** The verb readings of a normalised word; hyphenated prefixes ("re-sent", "auto-closed") are looked through. */
export function verbReadings(norm: string): ReadonlyArray<{ lemma: string; form: VerbForm }> {
  const direct = lexicon.forms.get(norm)
  if (direct) return direct
  const dash = norm.lastIndexOf('-')
  if (dash > 0) {
    const tail = norm.slice(dash + 1)
    const joined = norm.replace(/-/g, '')
    return lexicon.forms.get(joined) ?? lexicon.forms.get(tail) ?? NO_READINGS
  }
  return NO_READINGS
}

/** The particles `lemma` is listed with in class `name` ('' for the plain verb); undefined if not listed. */
export function particlesIn(name: string, lemma: string): Set<string> | undefined {
  return lexicon.classes[name]?.get(lemma)
}

/**
 * Whether a verb the reader found is in the closed list `name` (`non-act`, `adverse`); `next` is
 * the word after it, for an entry listed with a particle.
 * `lemma` is a base form for a listed verb and the word itself for one read in the open
 * ("rerouted"), so both are looked up; a hyphenated prefix is looked through ("re-checked").
 */
export function inVerbList(name: string, lemma: string, next = ''): boolean {
  const list = lexicon.verbs[name]
  if (!list) return false
  const dash = lemma.lastIndexOf('-')
  const particles = list.get(lemma) ?? (dash > 0 ? list.get(lemma.slice(dash + 1)) : undefined)
  // "pull up" is listed with its particle: "pulled up your account" reads, "pulled the batch" acts
  return !!particles && (particles.has('') || particles.has(next))
}
