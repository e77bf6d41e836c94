/**
 * Every built-in rule in one module. The CLI loads it lazily, as one chunk:
 * with all rules on by default, ten chunk files cost more to load than one.
 */
import type { RuleModule } from '../src/rule/define-rule.js'
import blamingLanguage from './blaming-language/index.js'
import capitulatingLanguage from './capitulating-language/index.js'
import dismissiveTone from './dismissive-tone/index.js'
import impersonalAddress from './impersonal-address/index.js'
import missingAcknowledgement from './missing-acknowledgement/index.js'
import noConcreteAction from './no-concrete-action/index.js'
import nonApology from './non-apology/index.js'
import overPromise from './over-promise/index.js'
import shouting from './shouting/index.js'
import unfilledPlaceholder from './unfilled-placeholder/index.js'

export const rules: Record<string, RuleModule> = {
  'missing-acknowledgement': missingAcknowledgement,
  'dismissive-tone': dismissiveTone,
  'capitulating-language': capitulatingLanguage,
  'no-concrete-action': noConcreteAction,
  'non-apology': nonApology,
  'impersonal-address': impersonalAddress,
  'over-promise': overPromise,
  'blaming-language': blamingLanguage,
  shouting,
  'unfilled-placeholder': unfilledPlaceholder,
}
