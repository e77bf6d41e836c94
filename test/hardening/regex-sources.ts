/**
 * Every regular expression replylint writes itself: the literals in src/ and rules/ (found in
 * the TypeScript syntax tree, so a `/` in a comment or a string is never taken for one), and the
 * places that build one with `new RegExp(…)`, whose patterns are caught when they are built.
 */
import { readFileSync, readdirSync } from 'node:fs'
import { join, relative } from 'node:path'
import ts from 'typescript'

export interface FoundPattern {
  /** file:line */
  where: string
  source: string
  flags: string
}

export function sourceFiles(root: string, dirs = ['src', 'rules']): string[] {
  const out: string[] = []
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name)
      if (entry.isDirectory()) walk(path)
      else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts')) out.push(path)
    }
  }
  for (const d of dirs) walk(join(root, d))
  return out.sort()
}

/** The regex literals of one file, and the lines where it calls `new RegExp`. */
export function scanFile(path: string, root: string): { literals: FoundPattern[]; constructed: string[] } {
  const text = readFileSync(path, 'utf8')
  const file = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true)
  const literals: FoundPattern[] = []
  const constructed: string[] = []
  const where = (node: ts.Node) => `${relative(root, path)}:${file.getLineAndCharacterOfPosition(node.getStart(file)).line + 1}`
  const visit = (node: ts.Node): void => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const literal = node.getText(file)
      const end = literal.lastIndexOf('/')
      literals.push({ where: where(node), source: literal.slice(1, end), flags: literal.slice(end + 1) })
    } else if ((ts.isNewExpression(node) || ts.isCallExpression(node)) && ts.isIdentifier(node.expression) && node.expression.text === 'RegExp') {
      constructed.push(where(node))
    }
    ts.forEachChild(node, visit)
  }
  visit(file)
  return { literals, constructed }
}
