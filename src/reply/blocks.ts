/** The block structure both parsers produce: prose blocks with their views, plus non-prose regions. */
import type { Span } from '../types.js'
import type { Region } from './regions.js'
import { TextView } from './text-view.js'

export type BlockType = 'paragraph' | 'heading' | 'list-item'

export interface Block {
  type: BlockType
  /** The block's extent in the file. */
  span: Span
  /** The block's prose with non-prose spans replaced by tokens. */
  view: TextView
  /** For list items: whether the list is numbered. */
  ordered?: boolean
}

export interface Comment extends Span {
  /** The comment's content between `<!--` and `-->`, trimmed. */
  value: string
}

export interface Structure {
  blocks: Block[]
  regions: Region[]
  comments: Comment[]
}

/**
 * Adds file text to views while cutting out inline non-prose spans
 * (placeholders, URLs), each replaced by one token. `inline` must be sorted.
 */
export class ViewWriter {
  private cursor = 0
  constructor(
    private readonly source: string,
    private readonly inline: Span[],
  ) {}

  add(view: TextView, start: number, end: number): void {
    const inline = this.inline
    // Views are written in file order, so a moving cursor finds the first overlap.
    while (this.cursor > 0 && inline[this.cursor - 1].end > start) this.cursor--
    while (this.cursor < inline.length && inline[this.cursor].end <= start) this.cursor++
    let at = start
    for (let i = this.cursor; i < inline.length && inline[i].start < end; i++) {
      const r = inline[i]
      if (r.start > at) view.addText(this.source, at, r.start)
      // A slot split across nodes (`*|FNAME|*` parses as emphasis) gets one token only.
      if (r.start >= at || !endsWithToken(view)) view.addToken(Math.max(r.start, at), r.end)
      at = Math.max(at, r.end)
    }
    if (at < end) view.addText(this.source, at, end)
  }
}

function endsWithToken(view: TextView): boolean {
  return view.text.endsWith('\uFFFC')
}
