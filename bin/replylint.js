#!/usr/bin/env node
import { fileURLToPath } from 'node:url'
import { loadCli } from '../dist/boot.js'

const { cli } = loadCli(fileURLToPath(new URL('../dist/', import.meta.url)))
const io = { cwd: process.cwd(), stdout: process.stdout, stderr: process.stderr, env: process.env, get stdin() { return process.stdin } }
process.exitCode = await cli.execute(process.argv.slice(2), io)
