// `npm run release-commit [-- --tag vX.Y.Z]`: records an installable commit.
//
// factlint is written in TypeScript and its dist/ is not in git. A git install
// (the pre-commit framework, `npm install -g git+…`, `npm install github:…`)
// would have to build it, and npm cannot do that reliably: a global install
// prepares a git dependency without its dev dependencies (`tsc: not found`),
// and pre-commit reads the tarball's name from `npm pack`, whose output a
// `prepare` script's banner spoils. So, like a published package, an
// installable commit carries its built files and runs nothing at install
// time: this script writes, without touching the working tree or the index, a
// commit whose parent is HEAD and whose tree is HEAD's plus dist/ (as
// `npm run build` left it) and a package.json without scripts or dev
// dependencies (releaseManifest below). It prints the commit's id; with
// --tag, it also tags it. Point `rev:` of .pre-commit-config.yaml, or an npm
// git install, at that commit or tag.
import {execFileSync} from 'node:child_process'
import {mkdtempSync, readFileSync, rmSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'

/** package.json as an installable commit carries it: nothing to build, nothing to run. */
export function releaseManifest(manifest) {
  const {scripts: _scripts, devDependencies: _dev, ...kept} = manifest
  return kept
}

/** Writes the release commit of the repository at `root`; returns its id. */
export function releaseCommit(root, {tag, build = true} = {}) {
  const run = (command, args, options = {}) => execFileSync(command, args, {cwd: root, encoding: 'utf8', stdio: ['pipe', 'pipe', 'inherit'], ...options})
  if (build) run('npm', ['run', '--silent', 'build'], {stdio: ['ignore', 'inherit', 'inherit']})
  const scratch = mkdtempSync(path.join(tmpdir(), 'factlint-release-'))
  try {
    // A private index: the user's staging area is left as it is.
    const env = {...process.env, GIT_INDEX_FILE: path.join(scratch, 'index')}
    run('git', ['read-tree', 'HEAD'], {env})
    run('git', ['add', '--force', '--', 'dist'], {env})
    const manifest = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'))
    const blob = run('git', ['hash-object', '-w', '--stdin'], {input: `${JSON.stringify(releaseManifest(manifest), null, 2)}\n`}).trim()
    run('git', ['update-index', '--add', '--cacheinfo', `100644,${blob},package.json`], {env})
    const tree = run('git', ['write-tree'], {env}).trim()
    const head = run('git', ['rev-parse', 'HEAD']).trim()
    const message = `Release ${manifest.version} of ${head.slice(0, 12)}: built files, nothing to build at install\n`
    const commit = run('git', ['commit-tree', tree, '-p', head], {input: message}).trim()
    if (tag) run('git', ['tag', tag, commit])
    return commit
  } finally {
    rmSync(scratch, {recursive: true, force: true})
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2)
  const tagAt = args.indexOf('--tag')
  const tag = tagAt >= 0 ? args[tagAt + 1] : undefined
  if (tagAt >= 0 && !tag) {
    process.stderr.write('release-commit: --tag needs a name, e.g. --tag v0.1.0\n')
    process.exit(2)
  }
  try {
    const commit = releaseCommit(process.cwd(), {tag, build: !args.includes('--no-build')})
    process.stdout.write(`${commit}\n`)
  } catch (error) {
    process.stderr.write(`release-commit: ${error.message.split('\n')[0]}\n`)
    process.exit(1)
  }
}
