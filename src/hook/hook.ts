import {chmod, lstat, mkdir, readFile, realpath, rename, unlink} from 'node:fs/promises'
import path from 'node:path'
import {git} from '../git/git.js'
import {writeFileAtomic} from '../io/write-atomic.js'

/** The line that tells factlint's hook from anyone else's. */
export const HOOK_MARKER = '# factlint-hook: installed by `factlint hook install`'
/** Where an existing pre-commit hook is kept while factlint's runs; it runs first. */
export const PREVIOUS_SUFFIX = '.factlint-previous'

export type HookOutcome = 'installed' | 'updated' | 'unchanged' | 'chained' | 'removed' | 'restored' | 'absent' | 'foreign'

export interface HookResult {
  outcome: HookOutcome
  /** The pre-commit hook's path. */
  hook: string
}

/**
 * The hooks folder git runs hooks from: `.git/hooks`, or `core.hooksPath`
 * when set (relative to the working tree), shared by linked worktrees.
 */
export async function hooksFolder(cwd: string, env?: NodeJS.ProcessEnv): Promise<string> {
  const {stdout} = await git(['rev-parse', '--git-path', 'hooks'], {cwd, env})
  return path.resolve(cwd, stdout.toString('utf8').replace(/\n$/, ''))
}

/**
 * The hook script. It runs the hook that was there before (if any), then
 * factlint on the staged content, through the repository's own factlint
 * (node_modules/.bin), else the factlint that installed the hook. Exit 1
 * from factlint stops the commit. Never npx: factlint is not on npm, and
 * `npx --no-install factlint` asks the registry and prints its 404 (or, in
 * factlint's own clone, rebuilds it silently), where the hook's own
 * sentence says what to do.
 */
export function hookScript(installedBin: string | undefined): string {
  const quoted = installedBin ? `'${installedBin.replace(/'/g, `'\\''`)}'` : undefined
  return [
    '#!/bin/sh',
    HOOK_MARKER,
    '# Remove it with `factlint hook uninstall`, which puts back the hook that was here before.',
    'hook_dir=$(dirname -- "$0")',
    `if [ -x "$hook_dir/pre-commit${PREVIOUS_SUFFIX}" ]; then`,
    `  "$hook_dir/pre-commit${PREVIOUS_SUFFIX}" "$@" || exit $?`,
    'fi',
    'root=$(git rev-parse --show-toplevel) || exit 2',
    'if [ -x "$root/node_modules/.bin/factlint" ]; then',
    '  "$root/node_modules/.bin/factlint" --staged',
    ...(quoted ? [`elif [ -f ${quoted} ]; then`, `  node ${quoted} --staged`] : []),
    'else',
    // factlint is not on npm: what works is a git install at an installable commit (docs/hooks-and-ci.md).
    `  echo 'factlint: not found; install it in this repository from git, at an installable commit: npm install --save-dev --save-exact "git+https://github.com/factlint/factlint.git#COMMIT" (see docs/hooks-and-ci.md), or remove the hook (factlint hook uninstall)' >&2`,
    '  exit 2',
    'fi',
    ''
  ].join('\n')
}

async function readIfExists(file: string): Promise<string | undefined> {
  try {
    return await readFile(file, 'utf8')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined
    throw error
  }
}

async function exists(file: string): Promise<boolean> {
  try {
    await lstat(file)
    return true
  } catch {
    return false
  }
}

/** Levels of missing folders `hook install` creates above the hooks folder. */
const MAX_NEW_FOLDERS = 16

/**
 * Creates the hooks folder and the missing folders above it, one level at a
 * time: `mkdir -p` of a path no one can create (`core.hooksPath` under
 * /proc) must fail once, with one line, never loop.
 */
async function makeFolder(folder: string): Promise<void> {
  const missing: string[] = []
  let current = folder
  while (!(await exists(current))) {
    missing.unshift(current)
    const parent = path.dirname(current)
    if (parent === current || missing.length > MAX_NEW_FOLDERS) throw new Error(`${folder}: cannot create the hooks folder (no existing folder above it)`)
    current = parent
  }
  for (const level of missing) {
    try {
      await mkdir(level)
    } catch (error) {
      throw new Error(`${folder}: cannot create the hooks folder (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`)
    }
  }
}

/**
 * Installs the pre-commit hook. A hook that is not factlint's is renamed to
 * `pre-commit.factlint-previous` (content and permissions untouched) and
 * called first. Installing again changes nothing.
 */
export async function installHook(options: {cwd: string; env?: NodeJS.ProcessEnv; installedBin?: string}): Promise<HookResult> {
  const folder = await hooksFolder(options.cwd, options.env)
  const hook = path.join(folder, 'pre-commit')
  const previous = hook + PREVIOUS_SUFFIX
  const script = hookScript(options.installedBin)
  await makeFolder(folder)
  const link = await lstat(hook).then((info) => info.isSymbolicLink(), () => false)
  const current = await readIfExists(hook)
  if (current !== undefined && current.includes(HOOK_MARKER)) {
    if (current === script) return {outcome: 'unchanged', hook}
    // A link to factlint's hook (a hooks folder shared by links) stays a link: the file it points to is updated.
    await writeFileAtomic(link ? await realpath(hook) : hook, script, {mode: 0o755})
    return {outcome: 'updated', hook}
  }
  let outcome: HookOutcome = 'installed'
  // A link that leads nowhere (husky's, before its install) is someone's hook too: it is kept, as any other.
  if (current !== undefined || link) {
    if (await exists(previous)) throw new Error(`${previous} already exists: move it away, then install again`)
    await rename(hook, previous)
    outcome = 'chained'
  }
  await writeFileAtomic(hook, script, {mode: 0o755})
  await chmod(hook, 0o755)
  return {outcome, hook}
}

/** Removes factlint's hook and puts back the one it replaced; leaves anyone else's hook alone. */
export async function uninstallHook(options: {cwd: string; env?: NodeJS.ProcessEnv}): Promise<HookResult> {
  const folder = await hooksFolder(options.cwd, options.env)
  const hook = path.join(folder, 'pre-commit')
  const previous = hook + PREVIOUS_SUFFIX
  const current = await readIfExists(hook)
  if (current === undefined) return {outcome: 'absent', hook}
  if (!current.includes(HOOK_MARKER)) return {outcome: 'foreign', hook}
  if (await exists(previous)) {
    await rename(previous, hook)
    return {outcome: 'restored', hook}
  }
  await unlink(hook)
  return {outcome: 'removed', hook}
}
