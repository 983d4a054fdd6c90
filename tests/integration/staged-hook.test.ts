import {readFileSync} from 'node:fs'
import {chmod, lstat, mkdir, readFile, readlink, stat, symlink, writeFile} from 'node:fs/promises'
import {afterEach, beforeEach, expect, test} from 'vitest'
import {BAD_DRAFT, CLEAN_DRAFT, Repo} from './git-helpers.js'

let repo: Repo
beforeEach(async () => {
  repo = await Repo.create()
})
afterEach(async () => {
  await repo.remove()
})

// Long enough for git to see a rename when a paragraph is added.
const LONG_DRAFT = Array.from({length: 12}, (_, index) => `Paragraphe ${index + 1} : le conseil municipal a voté le budget.\n\n`).join('')

const commitCount = () => Number(repo.tryGit('rev-list', '--count', 'HEAD').stdout.trim() || 0)

test('the installed hook rejects a commit that adds « pas manqué pas » and lets a clean draft through', async () => {
  const installed = repo.factlint(['hook', 'install'])
  expect(installed.status).toBe(0)
  expect(installed.stderr).toMatch(/installed the pre-commit hook/)

  await repo.write('brouillon.txt', BAD_DRAFT)
  repo.git('add', 'brouillon.txt')
  const rejected = repo.tryGit('commit', '-q', '-m', 'draft')
  expect(rejected.status).not.toBe(0)
  expect(rejected.stdout + rejected.stderr).toMatch(/brouillon\.txt/)
  expect(rejected.stdout + rejected.stderr).toMatch(/3:\d+-3:\d+ +erreur +Particule de négation « pas » répétée.*doubled-word/)
  expect(commitCount()).toBe(0)

  await repo.write('brouillon.txt', CLEAN_DRAFT)
  repo.git('add', 'brouillon.txt')
  expect(repo.tryGit('commit', '-q', '-m', 'draft').status).toBe(0)
  expect(commitCount()).toBe(1)
})

test('the installed hook honours a committed baseline and a directive line', async () => {
  expect(repo.factlint(['hook', 'install']).status).toBe(0)
  await repo.write('accepte.txt', BAD_DRAFT)
  expect(repo.factlint(['accepte.txt', '--update-baseline']).status).toBe(0)
  await repo.write('directive.txt', BAD_DRAFT.replace('\n\nIl', '\n\n[factlint-disable-next-line doubled-word]\nIl'))
  repo.git('add', '.')
  const committed = repo.tryGit('commit', '-q', '-m', 'accepted')
  // git shows a hook's standard output on its standard error.
  expect([committed.status, committed.stderr]).toEqual([0, '✔ 2 fichiers vérifiés, aucun problème\nfactlint: 1 signalement déjà accepté dans .factlint-baseline.json, non affiché (--no-baseline pour tout voir)\n'])
  expect(commitCount()).toBe(1)
})

test('a partly staged file is judged on its staged content', async () => {
  await repo.write('article.md', CLEAN_DRAFT)
  repo.git('add', 'article.md')
  await repo.write('article.md', BAD_DRAFT) // not staged
  expect(repo.factlint(['--staged']).status).toBe(0)

  repo.git('add', 'article.md')
  await repo.write('article.md', CLEAN_DRAFT) // the error stays in the index
  const staged = repo.factlint(['--staged'])
  expect(staged.status).toBe(1)
  expect(staged.stdout).toMatch(/^article\.md$/m)
  // The report says the working copy differs, and how --fix applies under --staged.
  expect(staged.stdout).toMatch(/^  article\.md : la version indexée diffère de la copie de travail ; si celle-ci est corrigée, indexez-la \(git add article\.md\)$/m)
  expect(staged.stdout).toMatch(/^  1 corrigeable avec --fix sur la copie de travail, puis git add$/m)
  expect(staged.stdout).not.toMatch(/^  1 corrigeable avec --fix$/m)
  // The working tree is clean: linting it finds nothing.
  expect(repo.factlint(['article.md']).status).toBe(0)
  // --fix cannot write the index: refused before anything is linted; a dry run shows the staged fixes.
  const fixing = repo.factlint(['--staged', '--fix'])
  expect(fixing.status).toBe(2)
  expect(fixing.stderr).toMatch(/^factlint: --staged lints what is staged, which --fix cannot write/)
  const dryRun = repo.factlint(['--staged', '--fix-dry-run'])
  expect(dryRun.stdout).toMatch(/^--- a\/article\.md\n\+\+\+ b\/article\.md\n/)
  expect(readFileSync(repo.path('article.md'), 'utf8')).toBe(CLEAN_DRAFT)
})

test('an existing hook is kept, runs first, and uninstall restores it byte for byte', async () => {
  const previous = '#!/bin/sh\necho "previous hook ran" >> "$(git rev-parse --show-toplevel)/.git/previous.log"\nexit 0\n'
  await writeFile(repo.path('.git/hooks/pre-commit'), previous)
  await chmod(repo.path('.git/hooks/pre-commit'), 0o750)

  const installed = repo.factlint(['hook', 'install'])
  expect(installed.status).toBe(0)
  expect(installed.stderr).toMatch(/kept as pre-commit\.factlint-previous/)
  const ours = await readFile(repo.path('.git/hooks/pre-commit'), 'utf8')
  expect(repo.factlint(['hook', 'install']).stderr).toMatch(/already installed/)
  expect(await readFile(repo.path('.git/hooks/pre-commit'), 'utf8')).toBe(ours)
  expect(await readFile(repo.path('.git/hooks/pre-commit.factlint-previous'), 'utf8')).toBe(previous)

  await repo.write('a.txt', BAD_DRAFT)
  repo.git('add', 'a.txt')
  expect(repo.tryGit('commit', '-q', '-m', 'bad').status).not.toBe(0)
  expect(await readFile(repo.path('.git/previous.log'), 'utf8')).toBe('previous hook ran\n')

  // A failing previous hook still blocks the commit, even of a clean draft.
  await writeFile(repo.path('.git/hooks/pre-commit.factlint-previous'), '#!/bin/sh\necho "previous says no" >&2\nexit 3\n')
  await repo.write('a.txt', CLEAN_DRAFT)
  repo.git('add', 'a.txt')
  const blocked = repo.tryGit('commit', '-q', '-m', 'clean')
  expect(blocked.status).not.toBe(0)
  expect(blocked.stderr).toMatch(/previous says no/)
  await writeFile(repo.path('.git/hooks/pre-commit.factlint-previous'), previous)

  expect(repo.factlint(['hook', 'uninstall']).stderr).toMatch(/restored the previous hook/)
  expect(await readFile(repo.path('.git/hooks/pre-commit'), 'utf8')).toBe(previous)
  expect((await stat(repo.path('.git/hooks/pre-commit'))).mode & 0o777).toBe(0o750)
  await expect(stat(repo.path('.git/hooks/pre-commit.factlint-previous'))).rejects.toThrow()
  // Without factlint, the bad draft commits; the previous hook still runs.
  await repo.write('a.txt', BAD_DRAFT)
  repo.git('add', 'a.txt')
  expect(repo.tryGit('commit', '-q', '-m', 'bad again').status).toBe(0)
  expect(await readFile(repo.path('.git/previous.log'), 'utf8')).toBe('previous hook ran\n'.repeat(2))
})

test('install and uninstall without a previous hook leave nothing behind', async () => {
  repo.factlint(['hook', 'install'])
  expect(repo.factlint(['hook', 'uninstall']).stderr).toMatch(/removed the pre-commit hook/)
  await expect(stat(repo.path('.git/hooks/pre-commit'))).rejects.toThrow()
  expect(repo.factlint(['hook', 'uninstall']).stderr).toMatch(/no pre-commit hook to remove/)
})

test('a hook that is not factlint’s is never removed by uninstall', async () => {
  await writeFile(repo.path('.git/hooks/pre-commit'), '#!/bin/sh\nexit 0\n')
  expect(repo.factlint(['hook', 'uninstall']).stderr).toMatch(/not factlint's hook: left unchanged/)
  expect(await readFile(repo.path('.git/hooks/pre-commit'), 'utf8')).toBe('#!/bin/sh\nexit 0\n')
})

test('core.hooksPath is honoured', async () => {
  repo.git('config', 'core.hooksPath', '.githooks')
  expect(repo.factlint(['hook', 'install']).status).toBe(0)
  expect(await readFile(repo.path('.githooks/pre-commit'), 'utf8')).toMatch(/factlint-hook/)
  await expect(stat(repo.path('.git/hooks/pre-commit'))).rejects.toThrow()

  await repo.write('note.md', BAD_DRAFT)
  repo.git('add', 'note.md')
  const rejected = repo.tryGit('commit', '-q', '-m', 'bad')
  expect(rejected.status).not.toBe(0)
  expect(rejected.stdout + rejected.stderr).toMatch(/doubled-word/)
})

test('paths with spaces and accents, renames followed, deletions skipped, repository-relative from a subfolder', async () => {
  await repo.write('dossier été/brouillon à revoir.md', BAD_DRAFT)
  await repo.write('ancien nom.txt', LONG_DRAFT)
  await repo.write('supprimé.txt', CLEAN_DRAFT)
  await repo.write('image.png', 'not a draft')
  repo.git('add', '.')
  const first = repo.factlint(['--staged', '--format', 'json'])
  expect(first.status).toBe(1)
  const report = JSON.parse(first.stdout) as Array<{path: string; messages: Array<{ruleId: string}>}>
  expect(report.map((entry) => entry.path).sort()).toEqual(['ancien nom.txt', 'dossier été/brouillon à revoir.md', 'supprimé.txt'])
  expect(report.find((entry) => entry.path === 'dossier été/brouillon à revoir.md')!.messages.map((message) => message.ruleId)).toEqual(['doubled-word'])

  await repo.write('dossier été/brouillon à revoir.md', CLEAN_DRAFT)
  repo.git('add', '.')
  repo.git('commit', '-q', '-m', 'first')

  repo.git('mv', 'ancien nom.txt', 'dossier été/nouveau nom.txt')
  await repo.write('dossier été/nouveau nom.txt', LONG_DRAFT + BAD_DRAFT)
  repo.git('add', '.')
  repo.git('rm', '-q', 'supprimé.txt')
  const status = repo.git('diff', '--cached', '--name-status').stdout
  expect(status).toMatch(/^R/m)
  expect(status).toMatch(/^D/m)

  const fromSubfolder = repo.factlint(['--staged', '--format', 'json'], repo.path('dossier été'))
  expect(fromSubfolder.status).toBe(1)
  const second = JSON.parse(fromSubfolder.stdout) as Array<{path: string; messages: Array<{ruleId: string}>}>
  expect(second.map((entry) => entry.path)).toEqual(['dossier été/nouveau nom.txt'])
  expect(second[0]!.messages.map((message) => message.ruleId)).toEqual(['doubled-word'])
})

test('nothing staged: nothing to say, exit 0; outside a repository: one line, exit 2', async () => {
  const empty = repo.factlint(['--staged'])
  expect(empty).toMatchObject({status: 0, stdout: ''})
  const outside = repo.factlint(['--staged'], '/')
  expect(outside.status).toBe(2)
  expect(outside.stderr).toMatch(/^factlint: --staged: not inside a git repository\n$/)
})

test('--staged skips what .factlintignore and the configuration ignore, and takes pathspecs', async () => {
  await repo.write('.factlintignore', 'archives/\n')
  await repo.write('factlint.config.json', JSON.stringify({ignore: ['brouillons/vieux-*.md']}))
  await repo.write('archives/2019.txt', BAD_DRAFT)
  await repo.write('brouillons/vieux-papier.md', BAD_DRAFT)
  await repo.write('brouillons/nouveau.md', BAD_DRAFT)
  await repo.write('autre/note.txt', BAD_DRAFT)
  // A folder's own .factlintignore applies to what is under it, as in a folder walk.
  await repo.write('autre/.factlintignore', 'brouillon-*.txt\n')
  await repo.write('autre/sous/brouillon-1.txt', BAD_DRAFT)
  await repo.write('brouillon-2.txt', BAD_DRAFT)
  repo.git('add', '.')
  const paths = (outcome: {stdout: string}) => (JSON.parse(outcome.stdout) as Array<{path: string}>).map((entry) => entry.path).sort()
  const walked = ['autre/note.txt', 'brouillon-2.txt', 'brouillons/nouveau.md']
  expect(paths(repo.factlint(['--staged', '--format', 'json']))).toEqual(walked)
  expect(paths(repo.factlint(['.', '--format', 'json']))).toEqual(walked)
  expect(paths(repo.factlint(['--staged', '--format', 'json', 'brouillons']))).toEqual(['brouillons/nouveau.md'])
  expect(paths(repo.factlint(['--staged', '--format', 'json', '--no-config']))).toEqual(['autre/note.txt', 'brouillon-2.txt', 'brouillons/nouveau.md', 'brouillons/vieux-papier.md'])
})

test('--staged refuses a staged file over --max-file-size in one line, without reading it', async () => {
  await repo.write('big.txt', 'Le ministre a parlé. '.repeat(100))
  await repo.write('small.txt', BAD_DRAFT)
  repo.git('add', 'big.txt', 'small.txt')
  const outcome = repo.factlint(['--staged', '--max-file-size', '1KB', '--format', 'json'])
  expect(outcome.status).toBe(2)
  expect(outcome.stderr).toBe('factlint: big.txt: file too large (2.1 KB, over --max-file-size 1 KB); not linted\n')
  expect(JSON.parse(outcome.stdout).map((file: {path: string}) => file.path)).toEqual(['small.txt'])
})

test('a dangling symlinked hook (husky before its install) is kept as the previous hook and put back by uninstall', async () => {
  const hook = repo.path('.git', 'hooks', 'pre-commit')
  await mkdir(repo.path('.git', 'hooks'), {recursive: true})
  await symlink('../../.husky/pre-commit', hook)
  expect(repo.factlint(['hook', 'install']).status).toBe(0)
  expect(await readlink(hook + '.factlint-previous')).toBe('../../.husky/pre-commit')
  expect((await lstat(hook)).isSymbolicLink()).toBe(false)
  expect(repo.factlint(['hook', 'uninstall']).status).toBe(0)
  expect(await readlink(hook)).toBe('../../.husky/pre-commit')
})

test('a symlink to factlint’s hook stays a link when the hook is updated', async () => {
  await repo.write('shared-hooks/pre-commit', '#!/bin/sh\n# factlint-hook: installed by `factlint hook install`\nexit 0\n')
  await mkdir(repo.path('.git', 'hooks'), {recursive: true})
  const hook = repo.path('.git', 'hooks', 'pre-commit')
  await symlink(repo.path('shared-hooks/pre-commit'), hook)
  const outcome = repo.factlint(['hook', 'install'])
  expect(outcome.stderr).toMatch(/updated the pre-commit hook/)
  expect((await lstat(hook)).isSymbolicLink()).toBe(true)
  expect(await readFile(repo.path('shared-hooks/pre-commit'), 'utf8')).toMatch(/--staged/)
})

test('a core.hooksPath no one can create fails once, in one line', async () => {
  repo.git('config', 'core.hooksPath', '/proc/factlint-hooks/deeper')
  const outcome = repo.factlint(['hook', 'install'])
  expect(outcome.status).toBe(2)
  expect(outcome.stderr).toMatch(/^factlint: hook install: \/proc\/factlint-hooks\/deeper: cannot create the hooks folder \(\w+\)\n$/)
})
