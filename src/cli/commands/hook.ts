import {existsSync} from 'node:fs'
import path from 'node:path'
import {fileURLToPath} from 'node:url'
import {GitError} from '../../git/git.js'
import {installHook, uninstallHook, type HookResult} from '../../hook/hook.js'
import {UsageError, type CliIO} from '../io.js'

const USAGE = 'usage: factlint hook install | factlint hook uninstall'

const SAY: Record<HookResult['outcome'], (hook: string) => string> = {
  installed: (hook) => `installed the pre-commit hook ${hook}: commits now run factlint --staged`,
  chained: (hook) => `installed the pre-commit hook ${hook}; the existing hook was kept as pre-commit.factlint-previous and runs first`,
  updated: (hook) => `updated the pre-commit hook ${hook}`,
  unchanged: (hook) => `the pre-commit hook ${hook} is already installed`,
  restored: (hook) => `removed factlint from ${hook} and restored the previous hook`,
  removed: (hook) => `removed the pre-commit hook ${hook}`,
  absent: (hook) => `no pre-commit hook to remove at ${hook}`,
  foreign: (hook) => `${hook} is not factlint's hook: left unchanged`
}

/** `factlint hook install|uninstall`. */
export async function hookCommand(argv: string[], io: CliIO): Promise<number> {
  const [action, ...rest] = argv
  if (action === '--help' || action === '-h') {
    io.stdout.write(`${USAGE}\n`)
    return 0
  }
  if ((action !== 'install' && action !== 'uninstall') || rest.length > 0) throw new UsageError(USAGE)
  let result: HookResult
  try {
    result =
      action === 'install'
        ? await installHook({cwd: io.cwd, env: io.env, installedBin: installedBin()})
        : await uninstallHook({cwd: io.cwd, env: io.env})
  } catch (error) {
    if (error instanceof GitError) throw new UsageError(`hook ${action}: ${error.message}`)
    const code = (error as NodeJS.ErrnoException).code
    throw new UsageError(`hook ${action}: ${code ? `${code}: ` : ''}${(error as Error).message}`)
  }
  const shown = path.relative(io.cwd, result.hook) || result.hook
  io.stderr.write(`factlint: ${SAY[result.outcome](shown)}\n`)
  return 0
}

/**
 * This factlint's bin/factlint.js, found from this module upward (it may run
 * compiled or bundled): the hook falls back to it outside node_modules.
 */
function installedBin(): string | undefined {
  let folder = path.dirname(fileURLToPath(import.meta.url))
  for (;;) {
    const bin = path.join(folder, 'bin', 'factlint.js')
    if (existsSync(path.join(folder, 'package.json')) && existsSync(bin)) return bin
    const parent = path.dirname(folder)
    if (parent === folder) return undefined
    folder = parent
  }
}
