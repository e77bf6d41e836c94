/**
 * Decoded text with a source map: for each UTF-16 unit of the decoded text,
 * the offset in the original file where it was written. Every reader builds
 * one of these, so `toFileOffset` works the same through JSON escapes, YAML
 * folding, CSV quoting, markdown fences and HTML entities.
 */

export interface Mapped {
  text: string
  /**
   * `offsets[i]`: file offset where `text[i]` was written; `offsets[text.length]`: file offset
   * just after the last unit. Non-decreasing, so a span [a, b) maps to [offsets[a], offsets[b]).
   */
  offsets: Int32Array
  /**
   * `ends[i]`: file offset just after the source of `text[i]` (`\n` ends after the `n`, `&amp;`
   * after the `;`). With it a span [a, b) maps exactly: [offsets[a], ends[b - 1]), so a phrase
   * ending before markup or a closing quote does not swallow it.
   */
  ends: Int32Array
  /**
   * Set when the text is the file's own, unchanged, from this offset on: then `offsets[i]` is
   * `identity + i` and `ends[i]` is `identity + i + 1`, and readers may use that instead of the
   * arrays, which are only built when read (see identity()).
   */
  readonly identity?: number
}

export class MappedBuilder {
  private readonly parts: string[] = []
  // Typed and grown by doubling: a library of thousands of replies maps every unit of each (issue 7:
  // pushing to number arrays, then copying them, was 2.5% of a JSON library's run).
  private offs = new Int32Array(256)
  private ends = new Int32Array(256)
  private n = 0

  get length(): number {
    return this.n
  }

  /** Appends `source.slice(start, end)` unchanged: unit i comes from `base + start + i`. */
  copy(source: string, start: number, end: number, base = 0): void {
    if (end <= start) return
    this.parts.push(source.slice(start, end))
    this.reserve(end - start)
    const { offs, ends } = this
    let n = this.n
    for (let i = start; i < end; i++, n++) {
      offs[n] = base + i
      ends[n] = base + i + 1
    }
    this.n = n
  }

  /** Appends decoded units (an escape, an entity, a folded line break) written at [at, end) in the file. */
  atom(text: string, at: number, end = at + 1): void {
    if (!text) return
    this.parts.push(text)
    this.reserve(text.length)
    this.offs.fill(at, this.n, this.n + text.length)
    this.ends.fill(end, this.n, this.n + text.length)
    this.n += text.length
  }

  /** The last unit appended, or undefined. */
  lastChar(): string | undefined {
    const part = this.parts[this.parts.length - 1]
    return part ? part[part.length - 1] : undefined
  }

  /** The text so far. */
  text(): string {
    return this.parts.join('')
  }

  /** Removes the last `count` units (trailing whitespace a fold or a block boundary drops). */
  pop(count: number): void {
    let left = count
    while (left > 0 && this.parts.length) {
      const part = this.parts.pop()!
      if (part.length > left) {
        this.parts.push(part.slice(0, part.length - left))
        left = 0
      } else left -= part.length
    }
    this.n = Math.max(0, this.n - count)
  }

  /** `end`: the file offset just after the last unit (where a span ending at text.length lands). */
  finish(end: number): Mapped {
    const offsets = new Int32Array(this.n + 1)
    offsets.set(this.offs.subarray(0, this.n))
    offsets[this.n] = Math.max(end, this.n ? this.offs[this.n - 1] : end)
    return { text: this.parts.join(''), offsets, ends: this.ends.slice(0, this.n) }
  }

  private reserve(more: number): void {
    if (this.n + more <= this.offs.length) return
    let size = this.offs.length * 2
    while (size < this.n + more) size *= 2
    const offs = new Int32Array(size)
    offs.set(this.offs.subarray(0, this.n))
    const ends = new Int32Array(size)
    ends.set(this.ends.subarray(0, this.n))
    this.offs = offs
    this.ends = ends
  }
}

/**
 * The text `source.slice(start, end)` as written, shifted by `base`. Its arrays are built on first
 * read: a markdown library's sections and a plaintext library's replies are all read before the
 * first is linted, and eight bytes of map per character held 80 MB for a 10 MB library (issue 7);
 * offsetFunction and spanFunction never need them.
 */
export function identity(source: string, start: number, end: number, base = 0): Mapped {
  return new IdentityMap(source.slice(start, end), base + start)
}

class IdentityMap implements Mapped {
  private built?: { offsets: Int32Array; ends: Int32Array }

  constructor(
    readonly text: string,
    readonly identity: number,
  ) {}

  get offsets(): Int32Array {
    return (this.built ??= this.build()).offsets
  }

  get ends(): Int32Array {
    return (this.built ??= this.build()).ends
  }

  private build(): { offsets: Int32Array; ends: Int32Array } {
    const n = this.text.length
    const offsets = new Int32Array(n + 1)
    const ends = new Int32Array(n)
    for (let i = 0; i < n; i++) {
      offsets[i] = this.identity + i
      ends[i] = this.identity + i + 1
    }
    offsets[n] = this.identity + n
    return { offsets, ends }
  }
}

/** `inner` indexes into `outer.text` (JSON inside a CSV cell): the result indexes into outer's file. */
export function compose(inner: Mapped, outer: Mapped): Mapped {
  const last = outer.text.length
  const clamp = (o: number) => Math.min(Math.max(o, 0), last)
  const offsets = new Int32Array(inner.offsets.length)
  for (let i = 0; i < offsets.length; i++) offsets[i] = outer.offsets[clamp(inner.offsets[i])]
  const ends = new Int32Array(inner.ends.length)
  for (let i = 0; i < ends.length; i++) {
    const e = clamp(inner.ends[i])
    ends[i] = e > 0 ? outer.ends[e - 1] : outer.offsets[0]
  }
  return { text: inner.text, offsets, ends }
}

/** A slice [start, end) of a mapped text, still mapped to the file. */
export function slice(m: Mapped, start: number, end: number): Mapped {
  return { text: m.text.slice(start, end), offsets: m.offsets.slice(start, end + 1), ends: m.ends.slice(start, end) }
}

/**
 * Fallback when a decoder's output differs from the parser's value (a construct the decoder
 * does not model): walk the value as a subsequence of the source. Units that match map exactly;
 * a unit with no match (a decoded escape) maps to where the walk stands. Never throws.
 */
export function align(value: string, source: string, start: number, end: number, base = 0): Mapped {
  const b = new MappedBuilder()
  let j = start
  for (let i = 0; i < value.length; i++) {
    let k = j
    while (k < end && source[k] !== value[i]) k++
    if (k < end) {
      b.atom(value[i], base + k)
      j = k + 1
    } else b.atom(value[i], base + Math.min(j, end), base + Math.min(j, end))
  }
  return b.finish(base + end)
}

/** Turns a map into the function `CollectionReply.toFileOffset` exposes (clamped, so it never throws). */
export function offsetFunction(m: Mapped): (offset: number) => number {
  const last = m.text.length
  const base = m.identity
  if (base !== undefined) return (offset) => base + Math.min(Math.max(Math.trunc(offset) || 0, 0), last)
  return (offset) => m.offsets[Math.min(Math.max(Math.trunc(offset) || 0, 0), last)]
}

/** `CollectionReply.toFileSpan`: [a, b) in the text → the file span from a's source to the end of b - 1's. */
export function spanFunction(m: Mapped): (start: number, end: number) => { start: number; end: number } {
  const at = offsetFunction(m)
  const n = m.text.length
  const base = m.identity
  const endOf = base !== undefined ? (k: number) => base + k + 1 : (k: number) => m.ends[k]
  return (start, end) => {
    const s = at(start)
    if (end <= start || n === 0) return { start: s, end: s }
    return { start: s, end: Math.max(s, endOf(Math.min(Math.max(Math.trunc(end), 1), n) - 1)) }
  }
}
