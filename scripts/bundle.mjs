// `npm run build`'s second step: bundles the CLI as rolldown.config.mjs says,
// through rolldown's API, which (unlike its command line) does not print a
// size line for each of the bundle's forty chunks on every install.
import {createHash} from 'node:crypto'
import {readdirSync, readFileSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {build} from 'rolldown'
import config from '../rolldown.config.mjs'

await build(config)

// dist/build-id.txt: a hash of everything the build wrote. `--cache` keys its
// entries by it as well as by the version, which stays the same in a checkout
// while the rules change from one commit to the next: a cache written by
// yesterday's rules must not answer for today's.
const dist = path.resolve('dist')
const hash = createHash('sha256')
for (const file of readdirSync(dist, {recursive: true, withFileTypes: true})
  .filter((entry) => entry.isFile() && entry.name !== 'build-id.txt')
  .map((entry) => path.join(entry.parentPath ?? entry.path, entry.name))
  .sort()) {
  hash.update(path.relative(dist, file)).update('\0').update(readFileSync(file)).update('\0')
}
writeFileSync(path.join(dist, 'build-id.txt'), `${hash.digest('hex').slice(0, 16)}\n`)
