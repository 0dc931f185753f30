/**
 * Writes the app shell into the built service worker (dist/sw.js): every file of the build but the worker itself
 * and the source maps, and a version made from their bytes, so any change to any file makes a new worker (which
 * caches the new shell at install and drops the old one on activate). A small hand-written step rather than
 * vite-plugin-pwa: workbox-build brings a Babel and Rollup toolchain of its own for what is one list here, and
 * public/sw.js stays a plain script its tests run as the browser does.
 */
import { createHash } from 'node:crypto'
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join, relative, sep } from 'node:path'

import type { Plugin } from 'vite'

/** The line of public/sw.js the build replaces. */
export const SHELL_PLACEHOLDER = "const SHELL = { version: 'dev', files: [] }"
const WORKER = 'sw.js'

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(dir, entry.name)) : [join(dir, entry.name)],
  )
}

/** The shell of the build in `outDir`: its files as site paths, sorted, and a version hashed from their bytes. */
export function appShellOf(outDir: string): { version: string; files: string[] } {
  const paths = filesUnder(outDir)
    .map((file) => relative(outDir, file).split(sep).join('/'))
    .filter((path) => path !== WORKER && !path.endsWith('.map'))
    .sort()
  const hash = createHash('sha256')
  for (const path of paths) hash.update(path).update('\0').update(readFileSync(join(outDir, path)))
  return { version: hash.digest('hex').slice(0, 16), files: paths.map((path) => `/${path}`) }
}

export function appShellPlugin(): Plugin {
  let outDir = 'dist'
  return {
    name: 'taskforge-app-shell',
    apply: 'build',
    configResolved(config) {
      outDir = join(config.root, config.build.outDir)
    },
    closeBundle() {
      const worker = join(outDir, WORKER)
      const source = readFileSync(worker, 'utf8')
      if (!source.includes(SHELL_PLACEHOLDER)) throw new Error(`${WORKER} has no line "${SHELL_PLACEHOLDER}"`)
      const shell = appShellOf(outDir)
      writeFileSync(worker, source.replace(SHELL_PLACEHOLDER, `const SHELL = ${JSON.stringify(shell)}`))
    },
  }
}
