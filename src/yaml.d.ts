// Phrase data files are compiled to plain data at build time (esbuild) and test time (vitest).
declare module '*.yaml' {
  const data: unknown
  export default data
}
