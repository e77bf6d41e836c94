// The YAML parser, behind a module of its own so loaders.ts can import it lazily
// (a static named import here: the bundle's lazy import of a CommonJS package gives only `default`).
export { parse } from 'yaml'
