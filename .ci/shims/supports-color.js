// Stands in for chalk's own colour detection inside the bundle. replylint decides colour itself
// (--color, NO_COLOR, FORCE_COLOR, a TTY: src/cli/execute.ts) and always gives chalk a level, so
// chalk's detection was never read; it only loaded node:tty, and with it net and the streams, at
// every start (issue 7).
export default { stdout: false, stderr: false }
