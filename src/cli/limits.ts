/** Parsers for the input limits `--max-file-size` and `--max-file-time` (issue 8). */
import { InvalidArgumentError } from 'commander'

const UNITS: Record<string, number> = { '': 1, b: 1, kb: 1024, k: 1024, mb: 1024 ** 2, m: 1024 ** 2, gb: 1024 ** 3, g: 1024 ** 3 }

/** `10mb`, `512kb`, `1.5MB` or a number of bytes; KB and MB count in 1024s, as file sizes are shown. */
export function byteSize(value: string): number {
  const m = /^\s*(\d+(?:\.\d+)?)\s*([a-z]*)\s*$/i.exec(value)
  const unit = m ? UNITS[m[2].toLowerCase()] : undefined
  if (!m || unit === undefined) throw new InvalidArgumentError('expected a size such as 10mb, 512kb or a number of bytes')
  const bytes = Math.floor(Number(m[1]) * unit)
  if (bytes <= 0) throw new InvalidArgumentError('expected a size above 0')
  return bytes
}

/** A positive whole number of milliseconds. */
export function milliseconds(value: string): number {
  const n = Number(value)
  if (!Number.isInteger(n) || n <= 0) throw new InvalidArgumentError('expected a whole number of milliseconds above 0, such as 30000')
  return n
}
