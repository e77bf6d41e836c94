// CLI tests spawn the real bin, which loads dist/: build it once from the current source.
import { execFileSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'

export default function setup(): void {
  const root = fileURLToPath(new URL('..', import.meta.url))
  execFileSync(process.execPath, ['.ci/build.mjs'], { cwd: root, stdio: 'inherit' })
}
