#!/usr/bin/env node
import { execute } from '../dist/cli.js'

process.exitCode = await execute(process.argv.slice(2), { cwd: process.cwd(), stdout: process.stdout, stderr: process.stderr, env: process.env })
