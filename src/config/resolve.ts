/**
 * From a config file to what one linted file gets: `extends` flattened (presets,
 * shareable configs), plugins loaded, every rule id and option checked, then per
 * file the matching `overrides` and the CLI's `--rule`/`--kind` on top.
 *
 * Merge order, later wins: `replylint:recommended` (always the base) → each
 * `extends` entry in order → the config's own `rules` → matching `overrides` in
 * order → `--rule`. As in eslint, a setting that gives only a severity keeps the
 * options set before it; one that gives options replaces them.
 */
import { dirname, isAbsolute, relative } from 'node:path'
import picomatch from 'picomatch'
import { DEFAULT_COLLECTION_PATTERNS } from '../collections/index.js'
import type { EnabledRule } from '../engine/run-rules.js'
import type { RuleModule } from '../rule/define-rule.js'
import { resolveOptions } from '../rule/options.js'
import type { ReplyKind } from '../types.js'
import { type IgnoreTest, ignoreTest } from './ignore.js'
import { type ConfigFinder, type LoadedConfig } from './load.js'
import { ModuleLoadError, importModule, resolveModule } from './modules.js'
import { type LoadedPlugin, loadPlugin } from './plugins.js'
import { PRESETS, isPreset, presetSettings } from './presets.js'
import { checkRule, globMatcher, merge, ruleOf, toPosix, withAcronyms } from './rule-settings.js'
import { closest, fail, normaliseSetting, validateConfig } from './schema.js'
import type { CollectionConfig, NormalSetting, ReplylintConfig } from './types.js'

/** One config in the `extends` chain: where it came from and how to read its paths. */
interface Layer {
  config: ReplylintConfig
  /** The file as messages name it. */
  where: string
  /** Folder that its plugins and extends resolve from. */
  baseDir: string
  /** A preset's settings, already normal. */
  preset?: Record<string, NormalSetting>
}

interface Override {
  match: (relPath: string) => boolean
  kind?: ReplyKind
  settings: Array<[string, NormalSetting]>
}

/** A config file with its chain resolved: the same for every file it governs. */
export interface ResolvedConfig {
  filepath: string | null
  /** Folder that `overrides[].files` and `ignores` are relative to. */
  dir: string
  settings: Map<string, NormalSetting>
  overrides: Override[]
  ignores: IgnoreTest
  acronyms: string[]
  kind?: ReplyKind
  plugins: LoadedPlugin[]
  rules: Map<string, RuleModule>
  /** Reader settings for every collection (`collection`), then per glob (`collections`). */
  collection: CollectionConfig
  collections: Array<{ match: (relPath: string) => boolean; settings: CollectionConfig }>
  /** `collectionPatterns`, compiled; undefined: the default names. */
  collectionNames?: (relPath: string) => boolean
}

/** How one file relates to canned-response collections (issue 6). */
export interface FileCollection {
  /** A `collections[].files` glob names the file: it is a collection whatever its extension. */
  declared: boolean
  /** `collection` with every matching `collections` entry on top, in order. */
  settings: CollectionConfig
  /** The file's name makes it a collection (`collectionPatterns`, or the default library names). */
  named: boolean
}

/** What one file is linted with. */
export interface FileConfig {
  configFile: string | null
  kind: ReplyKind
  rules: EnabledRule[]
  /** Every configured rule with its severity and resolved options (for --print-config). */
  settings: Map<string, NormalSetting>
  acronyms: string[]
  plugins: string[]
  /** Whether the config's `ignores` cover the file. */
  ignored: boolean
  /** Whether `kind` was chosen (by --kind, an override or the config), not defaulted: collection replies default to template. */
  kindSet: boolean
  collection: FileCollection
}

export interface ResolverOptions {
  /** A path (`--config`), `false` (`--no-config`), or undefined to search from each file's folder. */
  config?: string | false
  /** `--rule` settings, over every config. */
  cliRules?: Record<string, unknown>
  /** `--kind`, over every config. */
  kind?: ReplyKind
}

export class ConfigResolver {
  private readonly byFile = new Map<string | null, Promise<ResolvedConfig>>()
  private readonly perFile = new WeakMap<ResolvedConfig, Map<string, Promise<FileConfig>>>()
  private explicit?: Promise<LoadedConfig>

  constructor(
    readonly finder: ConfigFinder,
    readonly options: ResolverOptions = {},
  ) {}

  /** Every plugin rule of every config resolved so far. */
  async pluginRules(): Promise<Map<string, RuleModule>> {
    const out = new Map<string, RuleModule>()
    // A config that failed to load was reported where it was met; its files were not linted (issue 8).
    for (const settled of await Promise.allSettled(this.byFile.values())) {
      if (settled.status === 'fulfilled') for (const [id, rule] of settled.value.rules) out.set(id, rule)
    }
    return out
  }

  /** The config that governs `absPath`. */
  async configFor(absPath: string): Promise<ResolvedConfig> {
    const { config } = this.options
    let loaded: LoadedConfig | null = null
    if (typeof config === 'string') loaded = await (this.explicit ??= this.finder.load(config))
    else if (config !== false) loaded = await this.finder.nearest(dirname(absPath))
    const key = loaded?.filepath ?? null
    let resolved = this.byFile.get(key)
    if (!resolved) {
      resolved = this.resolve(loaded)
      this.byFile.set(key, resolved)
    }
    return resolved
  }

  async forFile(absPath: string): Promise<FileConfig> {
    const config = await this.configFor(absPath)
    const rel = toPosix(relative(config.dir, absPath))
    const inside = rel !== '' && !rel.startsWith('..') && !isAbsolute(rel)
    const matched = inside ? config.overrides.filter((o) => o.match(rel)) : []
    const chosen = this.options.kind ?? [...matched].reverse().find((o) => o.kind)?.kind ?? config.kind
    const kind = chosen ?? 'draft'
    const key = `${kind}:${matched.map((o) => config.overrides.indexOf(o)).join(',')}`
    let cache = this.perFile.get(config)
    if (!cache) this.perFile.set(config, (cache = new Map()))
    let result = cache.get(key)
    if (!result) {
      result = this.build(config, matched, kind)
      cache.set(key, result)
    }
    return { ...(await result), ignored: inside && config.ignores(absPath), kindSet: chosen !== undefined, collection: collectionOf(config, absPath, inside ? rel : undefined) }
  }

  private async build(config: ResolvedConfig, matched: Override[], kind: ReplyKind): Promise<FileConfig> {
    const settings = new Map(config.settings)
    for (const o of matched) for (const [id, s] of o.settings) settings.set(id, merge(settings.get(id), s))
    for (const [id, raw] of Object.entries(this.options.cliRules ?? {})) {
      const s = normaliseSetting(raw, '--rule', id)
      await checkRule(config, id, s, '--rule', id)
      settings.set(id, merge(settings.get(id), s))
    }
    const rules: EnabledRule[] = []
    const shown = new Map<string, NormalSetting>()
    for (const [id, s] of settings) {
      const rule = await ruleOf(config, id)
      if (!rule) continue
      if (s.severity === 0) {
        shown.set(id, { severity: 0 })
        continue
      }
      const options = withAcronyms(rule, resolveOptions(rule.meta, s.options), config.acronyms)
      rules.push({ rule, severity: s.severity, options })
      shown.set(id, { severity: s.severity, options })
    }
    return {
      configFile: config.filepath,
      kind,
      rules,
      settings: shown,
      acronyms: config.acronyms,
      plugins: config.plugins.map((p) => p.name),
      ignored: false,
      kindSet: false,
      collection: { declared: false, settings: {}, named: false },
    }
  }

  private async resolve(loaded: LoadedConfig | null): Promise<ResolvedConfig> {
    const dir = loaded ? dirname(loaded.filepath) : this.finder.cwd
    const layers: Layer[] = [{ config: {}, where: '(defaults)', baseDir: dir, preset: await presetSettings('replylint:recommended') }]
    if (loaded) {
      const where = this.finder.display(loaded.filepath)
      await this.flatten(validateConfig(loaded.config, where), where, dir, [loaded.filepath], layers)
    }
    const resolved: ResolvedConfig = {
      filepath: loaded?.filepath ?? null,
      dir,
      settings: new Map(),
      overrides: [],
      ignores: () => false,
      acronyms: [],
      plugins: [],
      rules: new Map(),
      collection: {},
      collections: [],
    }
    // Plugins first, so that every layer's rules can name plugin rules.
    for (const layer of layers) await this.addPlugins(resolved, layer)
    const ignores: string[] = []
    for (const layer of layers) {
      const { config, where } = layer
      for (const [id, s] of Object.entries(layer.preset ?? {})) resolved.settings.set(id, merge(resolved.settings.get(id), s))
      for (const [id, raw] of Object.entries(config.rules ?? {})) {
        const s = normaliseSetting(raw, where, `rules.${id}`)
        await checkRule(resolved, id, s, where, `rules.${id}`)
        resolved.settings.set(id, merge(resolved.settings.get(id), s))
      }
      for (const [i, o] of (config.overrides ?? []).entries()) {
        const settings: Array<[string, NormalSetting]> = []
        for (const [id, raw] of Object.entries(o.rules ?? {})) {
          const key = `overrides[${i}].rules.${id}`
          const s = normaliseSetting(raw, where, key)
          await checkRule(resolved, id, s, where, key)
          settings.push([id, s])
        }
        resolved.overrides.push({ match: globMatcher(o.files), kind: o.kind, settings })
      }
      ignores.push(...(config.ignores ?? []))
      for (const a of config.acronyms ?? []) if (!resolved.acronyms.includes(a)) resolved.acronyms.push(a)
      if (config.kind) resolved.kind = config.kind
      if (config.collection) resolved.collection = { ...resolved.collection, ...config.collection }
      for (const { files, ...settings } of config.collections ?? []) resolved.collections.push({ match: globMatcher(files), settings })
      if (config.collectionPatterns) resolved.collectionNames = globMatcher(config.collectionPatterns)
    }
    resolved.ignores = await ignoreTest(ignores, dir)
    return resolved
  }

  /** Appends the layers of `config`'s `extends` chain, then `config` itself. */
  private async flatten(config: ReplylintConfig, where: string, baseDir: string, chain: string[], out: Layer[]): Promise<void> {
    const list = typeof config.extends === 'string' ? [config.extends] : (config.extends ?? [])
    for (const name of list) {
      if (isPreset(name)) {
        out.push({ config: {}, where, baseDir, preset: await presetSettings(name) })
        continue
      }
      if (name.startsWith('replylint:')) {
        const hint = closest(name, PRESETS)
        fail(where, 'extends', `unknown preset "${name}"; ${hint ? `did you mean "${hint}"?` : `expected ${PRESETS.join(' or ')}`}`)
      }
      let path: string
      let raw: unknown
      try {
        path = resolveModule(name, baseDir)
        raw = await importModule(path)
      } catch (error) {
        if (error instanceof ModuleLoadError) fail(where, 'extends', `shareable config ${error.message}`)
        throw error
      }
      if (chain.includes(path)) fail(where, 'extends', `"${name}" extends itself through ${chain.map((p) => this.finder.display(p)).join(' → ')}`)
      const shown = this.finder.display(path)
      await this.flatten(validateConfig(raw, shown), shown, dirname(path), [...chain, path], out)
    }
    out.push({ config, where, baseDir })
  }

  private async addPlugins(resolved: ResolvedConfig, layer: Layer): Promise<void> {
    const { plugins } = layer.config
    if (!plugins) return
    const entries: Array<[string | undefined, string, string]> = Array.isArray(plugins)
      ? plugins.map((spec, i) => [undefined, spec, `plugins[${i}]`])
      : Object.entries(plugins).map(([name, spec]) => [name, spec, `plugins.${name}`])
    for (const [name, spec, key] of entries) {
      const plugin = await loadPlugin(spec, name, layer.baseDir, layer.where, key)
      const same = resolved.plugins.find((p) => p.name === plugin.name)
      if (same && same.path === plugin.path) continue
      if (same) fail(layer.where, key, `two plugins are named "${plugin.name}" (${same.specifier} and ${spec}); give one another name with {"plugins": {"name": "${spec}"}}`)
      resolved.plugins.push(plugin)
      for (const [id, rule] of plugin.rules) resolved.rules.set(id, rule)
    }
  }
}

/** The collection settings of one file: `collection`, then each `collections` entry whose globs match. */
function collectionOf(config: ResolvedConfig, absPath: string, rel: string | undefined): FileCollection {
  const matched = rel === undefined ? [] : config.collections.filter((c) => c.match(rel))
  const settings = matched.reduce<CollectionConfig>((all, c) => ({ ...all, ...c.settings }), { ...config.collection })
  const named = config.collectionNames ? rel !== undefined && config.collectionNames(rel) : defaultNames(toPosix(absPath))
  return { declared: matched.length > 0, settings, named }
}

/**
 * Names that make a file a library by default (issue 6): markdown and text files named like
 * `SAVED_REPLIES.md` or `canned-responses.txt`, and data files named like `macros.json`, which is
 * how a directory walk tells them from `package.json`, lock files and CI workflows.
 */
export const DEFAULT_LIBRARY_PATTERNS = [
  ...DEFAULT_COLLECTION_PATTERNS,
  '**/*{replies,macros,saved-replies,canned-responses,SAVED_REPLIES}*.{json,jsonc,yaml,yml,csv,tsv,html,htm,mdx}',
]
const defaultNames = picomatch(DEFAULT_LIBRARY_PATTERNS, { dot: true })
