import {spawnSync} from 'node:child_process'
import {cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync} from 'node:fs'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {afterEach, beforeEach, describe, expect, test} from 'vitest'
import {BAD_DRAFT, BIN, CLEAN_DRAFT, Repo, type Outcome} from './git-helpers.js'
// @ts-expect-error: a plain ES module script, without types
import {releaseCommit} from '../../scripts/release-commit.mjs'

/**
 * The three documented ways of running factlint before a commit, each in a
 * scratch repository, from this checkout (its build, as `npm test` leaves it):
 * `factlint hook install`, the pre-commit framework with this repository's
 * .pre-commit-hooks.yaml, and husky + lint-staged. Each must block a commit
 * that adds a defect, pass a clean one, and honour the committed baseline and
 * a directive line. docs/hooks-and-ci.md documents the same setups.
 */

const CHECKOUT = fileURLToPath(new URL('../../', import.meta.url))

let repo: Repo
beforeEach(async () => {
  repo = await Repo.create()
})
afterEach(async () => {
  await repo.remove()
})

const commitCount = () => Number(repo.tryGit('rev-list', '--count', 'HEAD').stdout.trim() || 0)
const said = (outcome: Outcome) => outcome.stdout + outcome.stderr

/** The same four commits for every setup. */
async function commitsAsDocumented(): Promise<void> {
  // A defect blocks the commit, and the report says where.
  await repo.write('brouillon.txt', BAD_DRAFT)
  repo.git('add', 'brouillon.txt')
  const blocked = repo.tryGit('commit', '-q', '-m', 'defect')
  expect(blocked.status, said(blocked)).not.toBe(0)
  expect(said(blocked)).toMatch(/3:19-3:22 +erreur +Particule de négation « pas » répétée.*doubled-word/)
  expect(commitCount()).toBe(0)

  // The clean draft passes.
  await repo.write('brouillon.txt', CLEAN_DRAFT)
  repo.git('add', 'brouillon.txt')
  const clean = repo.tryGit('commit', '-q', '-m', 'clean')
  expect(clean.status, said(clean)).toBe(0)

  // A finding accepted in the committed baseline does not block.
  await repo.write('accepte.txt', BAD_DRAFT)
  expect(repo.factlint(['accepte.txt', '--update-baseline']).status).toBe(0)
  repo.git('add', 'accepte.txt', '.factlint-baseline.json')
  const accepted = repo.tryGit('commit', '-q', '-m', 'accepted')
  expect(accepted.status, said(accepted)).toBe(0)

  // Nor does one silenced by a directive line.
  await repo.write('citation.txt', BAD_DRAFT.replace('\n\nIl', '\n\n[factlint-disable-next-line doubled-word]\nIl'))
  repo.git('add', 'citation.txt')
  const directive = repo.tryGit('commit', '-q', '-m', 'directive')
  expect(directive.status, said(directive)).toBe(0)
  expect(commitCount()).toBe(3)
}

test('factlint hook install', async () => {
  expect(repo.factlint(['hook', 'install']).status).toBe(0)
  await commitsAsDocumented()
})

describe('the pre-commit framework', () => {
  const available = spawnSync('pre-commit', ['--version'], {encoding: 'utf8'}).status === 0
  if (!available && !process.env.CI) {
    test.skip('pre-commit is not installed (apt-get install pre-commit; .ci/run installs it): skipped outside CI', () => {})
    return
  }

  let hookRepo: string
  let home: string
  beforeEach(() => {
    hookRepo = mkdtempSync(path.join(tmpdir(), 'factlint-hook-repo-'))
    home = mkdtempSync(path.join(tmpdir(), 'factlint-pre-commit-home-'))
  })
  afterEach(() => {
    rmSync(hookRepo, {recursive: true, force: true})
    rmSync(home, {recursive: true, force: true})
  })

  test('installs from an installable commit and runs on the staged drafts', async () => {
    expect(available, 'pre-commit is not installed, and CI is set: .ci/run installs it from Debian').toBe(true)
    // This checkout as its repository would hold it (no dist/ in git) …
    for (const entry of ['package.json', 'package-lock.json', '.gitignore', '.pre-commit-hooks.yaml', 'bin', 'docs', 'dist']) {
      cpSync(path.join(CHECKOUT, entry), path.join(hookRepo, entry), {recursive: true})
    }
    const git = (...args: string[]) => {
      const result = spawnSync('git', args, {cwd: hookRepo, encoding: 'utf8', env: {...process.env, GIT_CONFIG_NOSYSTEM: '1'}})
      if (result.status !== 0) throw new Error(`git ${args.join(' ')}: ${result.stderr}`)
      return result.stdout
    }
    git('init', '-q')
    git('add', '.')
    git('-c', 'user.name=T', '-c', 'user.email=t@example.com', 'commit', '-q', '-m', 'source')
    expect(git('ls-files', 'dist')).toBe('')
    // … and the installable commit npm run release-commit makes of it.
    const rev: string = releaseCommit(hookRepo, {build: false})
    const released = JSON.parse(git('show', `${rev}:package.json`)) as Record<string, unknown>
    expect([released.scripts, released.devDependencies]).toEqual([undefined, undefined])
    expect(git('ls-tree', '--name-only', rev, 'dist/bundle/')).toMatch(/factlint\.js/)

    repo.extraEnv = {PRE_COMMIT_HOME: home, npm_config_prefer_offline: 'true', npm_config_audit: 'false', npm_config_fund: 'false'}
    await repo.write('.pre-commit-config.yaml', `repos:\n  - repo: ${hookRepo}\n    rev: ${rev}\n    hooks:\n      - id: factlint\n`)
    repo.git('add', '.pre-commit-config.yaml')
    const installed = spawnSync('pre-commit', ['install'], {cwd: repo.root, encoding: 'utf8', env: {...process.env, ...repo.extraEnv}})
    expect(installed.status, installed.stderr).toBe(0)
    await commitsAsDocumented()
  }, 300_000)
})

test('husky and lint-staged', async () => {
  // What `npm install --save-dev factlint husky lint-staged` would put in node_modules/.bin.
  mkdirSync(repo.path('node_modules/.bin'), {recursive: true})
  symlinkSync(BIN, repo.path('node_modules/.bin/factlint'))
  symlinkSync(path.join(CHECKOUT, 'node_modules/lint-staged/bin/lint-staged.js'), repo.path('node_modules/.bin/lint-staged'))
  await repo.write('.gitignore', 'node_modules/\n')
  await repo.write('package.json', `${JSON.stringify({name: 'redaction', private: true, 'lint-staged': {'*.{txt,md,markdown}': 'factlint'}}, null, 2)}\n`)
  // `npx husky init`, without its sample hook.
  const husky = spawnSync(process.execPath, [path.join(CHECKOUT, 'node_modules/husky/bin.js')], {cwd: repo.root, encoding: 'utf8'})
  expect(husky.status, husky.stderr).toBe(0)
  await repo.write('.husky/pre-commit', 'lint-staged\n')
  repo.git('add', '.gitignore', 'package.json', '.husky/pre-commit')
  expect(readFileSync(repo.path('.husky/_/pre-commit'), 'utf8')).toMatch(/\/h"/)
  writeFileSync(repo.path('.git/info/exclude'), 'node_modules/\n')
  await commitsAsDocumented()
})
