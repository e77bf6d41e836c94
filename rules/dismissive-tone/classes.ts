/** The word classes in classes.yaml, and the escaping that makes one word of a class a regex alternative. */
import classes from './classes.yaml'

/** One class, lower-cased. */
export const list = (key: string): string[] => ((classes as Record<string, unknown>)[key] as unknown[]).map((w) => String(w).toLowerCase())

/** A word or phrase as a regex alternative: ’ and ' alike, any whitespace between words. */
export const escape = (w: string) => w.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&').replace(/'/g, "['’]").replace(/ /g, String.raw`\s+`)
