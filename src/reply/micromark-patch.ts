/**
 * A linear `EditMap.consume` for micromark (issue 8, hangs).
 *
 * micromark's document tokenizer calls `consume` every time it closes a container (a list item, a
 * block quote), and upstream `consume` copies the WHOLE event list each time, even though the
 * edits sit at its tail. A nested list is therefore quadratic in the length of the document: 8,000
 * lines of `- a\n  - b` took 5 s to parse, 64 KB of "- - x" lines 4 s, and a 10 MB file hours.
 * This version keeps the untouched prefix in place and rebuilds only from the first edit on, with
 * exactly the same result (the order of removals and additions is upstream's). It is installed
 * only if it agrees with upstream on a sample, so a future micromark that changes its internals
 * keeps its own code rather than a wrong patch.
 */
import { EditMap } from 'micromark-util-edit-map'

type Change = [at: number, remove: number, add: unknown[]]
interface EditMapInternals {
  map: Change[]
  index: Map<number, Change>
  add(at: number, remove: number, add: unknown[]): void
  consume(events: unknown[]): void
}

function consume(this: EditMapInternals, events: unknown[]): void {
  this.map.sort((a, b) => a[0] - b[0])
  if (this.map.length === 0) return
  // From the last edit back to the first: keep what follows each edit and its additions,
  // then cut the list at the edit. What remains is the prefix no edit touches.
  const pieces: unknown[][] = []
  for (let i = this.map.length - 1; i >= 0; i--) {
    const [at, remove, add] = this.map[i]
    pieces.push(events.slice(at + remove), add)
    events.length = at
  }
  for (let i = pieces.length - 1; i >= 0; i--) for (const event of pieces[i]) events.push(event)
  this.map.length = 0
  this.index.clear()
}

/** Whether the patched consume gives upstream's result on a few overlapping and adjacent edits. */
function agrees(original: (events: unknown[]) => void): boolean {
  try {
    const run = (fn: (events: unknown[]) => void) => {
      const map = new EditMap() as unknown as EditMapInternals
      map.add(7, 2, ['x', 'y'])
      map.add(2, 0, ['a'])
      map.add(2, 1, ['b'])
      map.add(9, 0, ['z'])
      map.add(0, 1, [])
      const events = Array.from({ length: 12 }, (_, i) => i)
      fn.call(map, events)
      return JSON.stringify(events)
    }
    return run(original) === run(consume)
  } catch {
    return false
  }
}

const proto = EditMap.prototype as unknown as EditMapInternals
if (proto.consume !== consume && agrees(proto.consume)) proto.consume = consume

/** Whether the linear consume is in place (tests check it, so an upstream change is noticed). */
export const micromarkPatched = proto.consume === consume
