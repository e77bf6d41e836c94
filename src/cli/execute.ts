/**
 * The CLI: argv in, exit code out. It never calls process.exit and writes only
 * through `io`, so tests run it in-process; the bin sets process.exitCode.
 */
import { Command, CommanderError } from 'commander'
import { UserError } from './errors.js'
import { lint } from './lint.js'
import { type CliOptions, buildProgram } from './options.js'
import { explain, rulesTable } from './rule-docs.js'
import { mapStack } from './stack.js'

import { VERSION } from './version.js'

export { VERSION }
// The bundle serves --concurrency threads too (src/cli/worker-boot.ts).
export { serveWorker } from '../engine/worker.js'
// The boot points the phrase matcher at the build's precompiled lists; the build records them.
export { recordCompiledPhrases, usePrecompiledPhrases } from '../rule/phrases.js'

export interface Io {
  cwd: string
  stdout: { write(chunk: string): unknown; isTTY?: boolean }
  stderr: { write(chunk: string): unknown }
  env?: Record<string, string | undefined>
  /** Read by --stdin; the bin passes process.stdin. */
  stdin?: AsyncIterable<string | Uint8Array>
}

function configure(command: Command, io: Io): Command {
  return command
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
      outputError: (s, write) => write(`replylint: ${s.replace(/^error: /, '')}`),
    })
}

/** `replylint rules` and `replylint explain RULE`; a folder named like a command is linted as `./rules`. */
function subcommand(name: string, io: Io): Command | undefined {
  if (name === 'rules') {
    return new Command('replylint rules').description('list every built-in rule').option('--color').option('--no-color').action(async (opts: { color?: boolean }) => {
      io.stdout.write(await rulesTable(useColor(opts, io)))
    })
  }
  if (name === 'explain') {
    return new Command('replylint explain')
      .description("print a rule's rationale and examples")
      .argument('<rule>', 'a rule id, as `replylint rules` lists them')
      .option('--color')
      .option('--no-color')
      .action(async (id: string, opts: { color?: boolean }) => {
        io.stdout.write(await explain(id, useColor(opts, io)))
      })
  }
  return undefined
}

export async function execute(argv: string[], io: Io): Promise<number> {
  let debug = argv.includes('--debug')
  try {
    const sub = argv[0] ? subcommand(argv[0], io) : undefined
    const program = configure(sub ?? buildProgram(VERSION), io)
    try {
      await program.parseAsync(sub ? argv.slice(1) : argv, { from: 'user' })
    } catch (error) {
      if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2
      throw error
    }
    if (sub) return 0
    const options = program.opts<CliOptions>()
    debug = options.debug
    return await lint(program.args, options, io, useColor(options, io))
  } catch (error) {
    if (error instanceof UserError) {
      io.stderr.write(`replylint: ${error.message}\n`)
      return error.exitCode
    }
    const message = error instanceof Error ? error.message : String(error)
    io.stderr.write(`replylint: unexpected error: ${message.split('\n')[0]}${debug ? '' : ' (run with --debug for the stack trace)'}\n`)
    if (debug && error instanceof Error && error.stack) io.stderr.write(`${mapStack(error.stack)}\n`)
    return 2
  }
}

/** Colour only on a TTY, never with NO_COLOR, and as --color/--no-color say. */
export function useColor(options: { color?: boolean }, io: Io): boolean {
  if (options.color !== undefined) return options.color
  if (io.env?.NO_COLOR !== undefined && io.env.NO_COLOR !== '') return false
  if (io.env?.FORCE_COLOR !== undefined && io.env.FORCE_COLOR !== '0') return true
  return Boolean(io.stdout.isTTY)
}
