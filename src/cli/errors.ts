/**
 * Typed user errors: each prints as one line and exits 2 (eslint's discipline).
 * Anything else is a bug: one line plus a hint to rerun with --debug for the stack.
 */
export class UserError extends Error {
  readonly exitCode = 2
}

/** A bad flag or argument. */
export class UsageError extends UserError {}

/** A config file that cannot be loaded or is invalid; the message names the file and the key. */
export class ConfigError extends UserError {}

/** A path that does not exist, or an input that cannot be read. */
export class InputError extends UserError {}
