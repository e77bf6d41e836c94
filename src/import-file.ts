/**
 * import() of a user's own file: a config, a plugin, a formatter. The CLI runs as one script
 * compiled with V8's code cache (bin/replylint.js), where a bare import() has no module loader
 * to call; the bin hands its own in as `__replylintImport`. Everywhere else (the ESM API build,
 * vitest) this is plain import().
 */
declare const __replylintImport: ((url: string) => Promise<unknown>) | undefined

export function importFile(url: string): Promise<unknown> {
  return typeof __replylintImport === 'function' ? __replylintImport(url) : import(url)
}
