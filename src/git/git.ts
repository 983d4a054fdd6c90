import {execFile} from 'node:child_process'

export interface GitResult {
  stdout: Buffer
  stderr: string
}

/** A git command that failed, or git missing: one line for the user. */
export class GitError extends Error {
  override name = 'GitError'
}

/**
 * Runs git and returns its raw output (paths may be any bytes: never decode
 * them with the locale, never let git quote them). `env` is the caller's
 * environment so that, inside a hook, git's own variables (GIT_INDEX_FILE for
 * `git commit <paths>`, GIT_DIR…) are honoured.
 */
export function git(args: readonly string[], options: {cwd: string; env?: NodeJS.ProcessEnv; input?: string | Buffer}): Promise<GitResult> {
  return new Promise((resolve, reject) => {
    const child = execFile(
      'git',
      [...args],
      {cwd: options.cwd, env: options.env ?? process.env, encoding: 'buffer', maxBuffer: 1024 * 1024 * 1024},
      (error, stdout, stderr) => {
        if (error) {
          const code = (error as NodeJS.ErrnoException).code
          const detail = code === 'ENOENT' ? 'git is not installed or not on PATH' : stderr.toString('utf8').trim().split('\n')[0] || error.message
          reject(new GitError(`git ${args[0]}: ${detail}`))
          return
        }
        resolve({stdout, stderr: stderr.toString('utf8')})
      }
    )
    if (options.input !== undefined) child.stdin?.end(options.input)
  })
}

/** The top folder of the working tree that holds `cwd`. */
export async function repositoryRoot(cwd: string, env?: NodeJS.ProcessEnv): Promise<string> {
  try {
    return (await git(['rev-parse', '--show-toplevel'], {cwd, env})).stdout.toString('utf8').replace(/\n$/, '')
  } catch (error) {
    if (error instanceof GitError && /not a git repository/i.test(error.message)) throw new GitError('not inside a git repository')
    throw error
  }
}
