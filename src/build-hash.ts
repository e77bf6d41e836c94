declare const __BUILD_HASH__: string

/**
 * A hash of the built sources (src/ and rules/), put in by the build; `source` when running from
 * source. The cache keys results on it, and dist/phrases.json is used only by the build it came from.
 */
export const BUILD_HASH = typeof __BUILD_HASH__ === 'string' ? __BUILD_HASH__ : 'source'
