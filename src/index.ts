/** Public API for users and plugin authors. */
export { execute, type Io } from './cli/execute.js'
export { lintText, type LintTextOptions, type TextMapping } from './engine/lint-text.js'
export { lintCollection, type CollectionOptions } from './engine/lint-collection.js'
export { lintFiles, lintStdin, resolveRules, type LintFilesOptions, type RuleSetting } from './engine/lint-files.js'
export { applyFixes, lintAndFix } from './engine/fix.js'
export { outputFixes } from './engine/write.js'
export {
  defineConfig,
  type CollectionConfig,
  type CollectionFilesConfig,
  type OverrideConfig,
  type Plugin,
  type ReplylintConfig,
} from './config/types.js'
export {
  defineRule,
  docsUrlOf,
  type OptionSpec,
  type OptionsSchema,
  type Report,
  type RuleContext,
  type RuleMeta,
  type RuleModule,
  type Visitors,
} from './rule/define-rule.js'
export type { PhraseEntry, PhraseHit, PhraseMatcher, PhraseOverrides } from './rule/phrases.js'
export type { Opening, Paragraph, Reply, Sentence } from './reply/model.js'
export type { Placeholder } from './reply/placeholders.js'
export type { Region, RegionKind } from './reply/regions.js'
export type { Formatter, FormatterMeta } from './formatters/types.js'
export type * from './types.js'
