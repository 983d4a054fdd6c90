import {readFileSync} from 'node:fs'

/**
 * The folder this module was built into: dist/ (src/ when the tests run the
 * sources), or dist/ again when it is bundled into a chunk of dist/bundle/.
 */
function home(): URL {
  const here = new URL('.', import.meta.url)
  return here.pathname.endsWith('/bundle/') ? new URL('..', here) : here
}

/** factlint's version, from its package.json. */
export function version(): string {
  const manifest = JSON.parse(readFileSync(new URL('../package.json', home()), 'utf8')) as {version: string}
  return manifest.version
}

/**
 * The version and the build (dist/build-id.txt, written by `npm run build`):
 * what a cache entry was computed by. A checkout keeps its version while its
 * rules change; without a build id (tsc run alone) the version stands alone.
 */
export function buildVersion(): string {
  try {
    return `${version()}+${readFileSync(new URL('build-id.txt', home()), 'utf8').trim()}`
  } catch {
    return version()
  }
}
