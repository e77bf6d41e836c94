/**
 * What the strategies of signals.ts and open-acts.ts share: the sentence being read
 * (its words, verb groups and phrase hits) and the judgements every strategy asks of a
 * verb group: is it committed, is it hedged, where does its clause segment end.
 */
import type { PhraseHit } from '../../src/rule/phrases.js'
import type { VerbGroup } from './clauses.js'
import type { Word } from './words.js'

export interface SentenceHits {
  vague: PhraseHit[]
  hedge: PhraseHit[]
  notStep: PhraseHit[]
}

export interface Ctx {
  ws: Word[]
  groups: VerbGroup[]
  text: string
  hits: SentenceHits
}

export type Strategy = (g: VerbGroup, c: Ctx) => boolean

/** Done, in progress, scheduled, offered ("I can") or obliged ("we have to close"); not hedged or merely habitual. */
export function committed(g: VerbGroup): boolean {
  if (g.modality === 'hedged' || g.modality === 'wishes' || g.modality === 'invited' || g.modality === 'requested') return false
  if (g.modality === 'can') return !g.restricted
  if (g.modality === 'obliged') return true
  return g.aspect === 'done' || g.aspect === 'future' || g.aspect === 'progressive'
}

/** A hedge phrase ("when we are able", "in due course") in the same clause segment. */
export function hedged(g: VerbGroup, c: Ctx): boolean {
  const from = segmentStart(c, g.index)
  const to = segmentEnd(c, g.index)
  return c.hits.hedge.some((h) => h.start >= from && h.start < to)
}

// A parenthesis does not end a segment: it elaborates what is around it ("on the next run (Friday 14th)").
const SEGMENT_BREAK = /^[;:—–]$/

export function segmentStart(c: Ctx, index: number): number {
  for (let k = index - 1; k >= 0; k--) if (breaks(c, k)) return c.ws[k].end
  return 0
}

export function segmentEnd(c: Ctx, index: number): number {
  for (let k = index + 1; k < c.ws.length; k++) if (breaks(c, k)) return c.ws[k].start
  return c.text.length
}

/** Clause punctuation, but not a dash in a range ("3–5 working days", "8–12"). */
function breaks(c: Ctx, k: number): boolean {
  const w = c.ws[k]
  if (w.kind !== 'punct' || !SEGMENT_BREAK.test(w.text)) return false
  const before = c.ws[k - 1]
  const after = c.ws[k + 1]
  return !(before?.kind === 'number' && after?.kind === 'number' && before.end === w.start && w.end === after.start)
}

export function insideHit(hits: PhraseHit[], offset: number): boolean {
  return hits.some((h) => offset >= h.start && offset < h.end)
}
