#!/usr/bin/env node
import { execute } from '../dist/cli.js'

const io = { cwd: process.cwd(), stdout: process.stdout, stderr: process.stderr, env: process.env, get stdin() { return process.stdin } }
process.exitCode = await execute(process.argv.slice(2), io)
