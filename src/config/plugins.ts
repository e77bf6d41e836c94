/**
 * Plugins: npm packages or local files exporting `{ rules }` written with the
 * same rule API as the built-ins. As in eslint, a plugin's rule ids are
 * prefixed with the plugin's name: `replylint-plugin-acme` → `acme/<rule>`,
 * `@acme/replylint-plugin` → `@acme/<rule>`, `@acme/replylint-plugin-x` → `@acme/x/<rule>`.
 * Loading a plugin enables none of its rules: the config turns them on.
 */
import { basename, extname } from 'node:path'
import { pathToFileURL } from 'node:url'
import type { RuleModule } from '../rule/define-rule.js'
import { ModuleLoadError, importModule, isLocalPath, resolveModule } from './modules.js'
import { fail } from './schema.js'
import type { Plugin } from './types.js'

export interface LoadedPlugin {
  name: string
  specifier: string
  path: string
  /** Rules keyed by their prefixed id, `meta.id` rewritten to match. */
  rules: Map<string, RuleModule>
}

/** eslint's naming convention, with `replylint-plugin` in place of `eslint-plugin`. */
export function pluginNameOf(specifier: string): string {
  const scoped = /^(@[^/]+)\/replylint-plugin(?:-(.+))?$/.exec(specifier)
  if (scoped) return scoped[2] ? `${scoped[1]}/${scoped[2]}` : scoped[1]
  return specifier.replace(/^replylint-plugin-/, '')
}

export async function loadPlugin(specifier: string, explicitName: string | undefined, baseDir: string, where: string, key: string): Promise<LoadedPlugin> {
  let path: string
  let mod: unknown
  try {
    path = resolveModule(specifier, baseDir)
    mod = await importModule(path)
  } catch (error) {
    if (error instanceof ModuleLoadError) fail(where, key, `plugin ${error.message}`)
    throw error
  }
  const plugin = mod as Partial<Plugin> | undefined
  if (!plugin || typeof plugin.rules !== 'object' || plugin.rules === null) {
    fail(where, key, `plugin "${specifier}" must export an object with "rules" (as its default export)`)
  }
  const name =
    explicitName ??
    (isLocalPath(specifier) ? (plugin.meta?.name ?? plugin.name ?? pluginNameOf(basename(path, extname(path)))) : pluginNameOf(specifier))
  const rules = new Map<string, RuleModule>()
  for (const [ruleName, rule] of Object.entries(plugin.rules)) {
    if (!rule || typeof rule.create !== 'function' || typeof rule.meta?.messages !== 'object') {
      fail(where, key, `plugin "${name}": rule "${ruleName}" must be { meta: { messages, … }, create(context) } (use defineRule)`)
    }
    const id = `${name}/${ruleName}`
    // Without its own docs URL, a plugin rule links to the plugin's file (SARIF needs a URI).
    rules.set(id, { ...rule, meta: { ...rule.meta, id, docsUrl: rule.meta.docsUrl ?? pathToFileURL(path).href } })
  }
  return { name, specifier, path, rules }
}
