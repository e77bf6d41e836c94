/**
 * CSV with a header row, through csv-parse. Its `raw` option gives each record's source text, so
 * records are placed exactly in the file; cells are then located inside the record and decoded
 * (`""` → `"`) with a map, and the parser's own cell values stay the authority.
 * Each row becomes an object node keyed by the header, so JSON/YAML shape detection applies.
 */
import type { CsvError, Options } from 'csv-parse'
import { type Mapped, MappedBuilder, align } from './mapped.js'
import type { TreeResult } from './json.js'
import type { ObjectNode, TreeNode } from './tree.js'

interface RawRecord {
  record: string[]
  raw: string
}

export async function parseCsvTree(text: string, path: string): Promise<TreeResult> {
  const { parse } = await import('csv-parse/sync')
  const delimiter = /\.tsv$/i.test(path) ? '\t' : sniffDelimiter(text)
  const seen: string[] = []
  let records: RawRecord[]
  try {
    records = parse(text, {
      raw: true,
      delimiter,
      relax_column_count: true,
      skip_empty_lines: true,
      on_record: (record: unknown) => {
        seen.push((record as RawRecord).raw)
        return record
      },
    } as Options) as unknown as RawRecord[]
  } catch (error) {
    const e = error as CsvError & { raw?: string }
    if (!e.code) throw error
    return { error: { message: `invalid CSV: ${e.message}`, offset: errorOffset(seen.join('').length, e, delimiter) } }
  }
  const [header, ...rows] = locate(text, records, delimiter)
  if (!header) return { root: { kind: 'array', items: [], offset: 0 } }
  const names = header.cells.map((c) => c.value.trim())
  const items = rows.map((row): ObjectNode => ({
    kind: 'object',
    offset: row.start,
    entries: row.cells.flatMap((cell, k) => (names[k] ? [{ key: names[k], keyOffset: cell.start, value: cellNode(text, cell) }] : [])),
  }))
  return { root: { kind: 'array', items, offset: header.start } }
}

/** The delimiter that splits the header line into the most columns (outside quotes). */
function sniffDelimiter(text: string): string {
  const line = (text.match(/^[^\r\n]*/)?.[0] ?? '').replace(/"[^"]*"/g, '')
  let best = ','
  let most = 0
  for (const d of [',', ';', '\t', '|']) {
    const n = line.split(d).length - 1
    if (n > most) [best, most] = [d, n]
  }
  return best
}

function errorOffset(recordStart: number, e: CsvError & { raw?: string }, delimiter: string): number {
  const raw = e.raw ?? ''
  if (e.code === 'CSV_QUOTE_NOT_CLOSED') {
    // Point at the quote that opened the field that never closed.
    const opening = [...raw.matchAll(new RegExp(`(^|[${classEscape(delimiter)}\\r\\n])"`, 'g'))].pop()
    if (opening) return recordStart + opening.index + opening[1].length
  }
  // csv-parse stops right after the offending character's field prefix (`"x"` before `y`).
  return recordStart + raw.length
}

function classEscape(s: string): string {
  return s.replace(/[\\\]^-]/g, '\\$&')
}

interface Cell {
  value: string
  /** offset of the cell's first character (its opening quote, if quoted) */
  start: number
  end: number
  quoted: boolean
}

interface Located {
  start: number
  cells: Cell[]
}

/** Finds each record in the file by its raw text, then each cell inside it. */
function locate(text: string, records: RawRecord[], delimiter: string): Located[] {
  let cursor = 0
  return records.map(({ record, raw }) => {
    const at = text.indexOf(raw, cursor)
    const start = at < 0 ? cursor : at
    cursor = start + raw.length
    const cells = splitRecord(text, start, start + raw.length, delimiter)
    // csv-parse is the authority on values; our split only adds positions.
    cells.forEach((cell, k) => (cell.value = record[k] ?? cell.value))
    return { start, cells }
  })
}

function splitRecord(text: string, start: number, end: number, delimiter: string): Cell[] {
  let i = start
  while (i < end && (text[i] === '\n' || text[i] === '\r')) i++ // skipped empty lines belong to this raw
  const cells: Cell[] = []
  for (;;) {
    const cellStart = i
    if (text[i] === '"') {
      i++
      while (i < end && !(text[i] === '"' && text[i + 1] !== '"')) i += text[i] === '"' ? 2 : 1
      i++ // closing quote
      cells.push({ value: '', start: cellStart, end: i, quoted: true })
    } else {
      while (i < end && text[i] !== delimiter && text[i] !== '\n' && text[i] !== '\r') i++
      cells.push({ value: '', start: cellStart, end: i, quoted: false })
    }
    if (text[i] !== delimiter || i >= end) break
    i++
  }
  return cells
}

function cellNode(text: string, cell: Cell): TreeNode {
  let cached: Mapped | undefined
  return { kind: 'string', value: cell.value, offset: cell.start, map: () => (cached ??= mapCell(text, cell)) }
}

function mapCell(text: string, cell: Cell): Mapped {
  const b = new MappedBuilder()
  if (!cell.quoted) b.copy(text, cell.start, cell.end)
  else {
    for (let i = cell.start + 1; i < cell.end - 1; i++) {
      if (text[i] === '"') {
        b.atom('"', i, i + 2) // `""` is one quote
        i++
      } else b.copy(text, i, i + 1)
    }
  }
  const mapped = b.finish(cell.quoted ? cell.end - 1 : cell.end)
  return mapped.text === cell.value ? mapped : align(cell.value, text, cell.start, cell.end)
}
