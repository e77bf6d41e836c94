/**
 * File paths as each output needs them. Humans and CI annotations want a path
 * relative to the folder replylint ran in (the repository root in CI); SARIF
 * wants a URI. A file outside that folder keeps its absolute path.
 */
import { isAbsolute, relative, sep } from 'node:path'
import { pathToFileURL } from 'node:url'

/** The segments of `filePath` below `cwd`, or undefined when it lies outside. */
export function segmentsBelow(filePath: string, cwd: string): string[] | undefined {
  // A relative path (such as eslint's "<text>" for stdin) is already relative to cwd;
  // path.relative would resolve it against process.cwd() instead.
  const rel = isAbsolute(filePath) ? relative(cwd, filePath) : filePath
  if (!rel || rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel)) return undefined
  return rel.split(sep)
}

/** Relative to cwd with the platform's separators when inside it, else the path as given. */
export function displayPath(filePath: string, cwd: string): string {
  return segmentsBelow(filePath, cwd)?.join(sep) ?? filePath
}

/** Like displayPath, with `/` separators (GitHub annotations take repository paths). */
export function posixPath(filePath: string, cwd: string): string {
  return (segmentsBelow(filePath, cwd) ?? filePath.split(sep)).join('/')
}

export interface ArtifactLocation {
  uri: string
  uriBaseId?: string
}

/**
 * SARIF artifact location. Inside cwd: a relative URI (each segment percent-encoded)
 * against %SRCROOT%, which GitHub code scanning reads as the repository root; CodeQL
 * emits no originalUriBaseIds either (github/codeql#10900), since GitHub ignores them
 * (github/codeql-action#2215). Outside cwd: an absolute file: URI.
 */
export function artifactLocation(filePath: string, cwd: string): ArtifactLocation {
  const segments = segmentsBelow(filePath, cwd)
  if (segments) return { uri: segments.map(encodeURIComponent).join('/'), uriBaseId: '%SRCROOT%' }
  return { uri: pathToFileURL(filePath).href }
}
