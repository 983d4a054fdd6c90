import {spawnSync} from 'node:child_process'
import {mkdtemp, mkdir, rm, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import path from 'node:path'
import {fileURLToPath} from 'node:url'

export const BIN = fileURLToPath(new URL('../../bin/factlint.js', import.meta.url))

/** The environment of the tests' git and factlint, free of any outer repository's git variables. */
function cleanEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {}
  for (const [key, value] of Object.entries(process.env)) if (!key.startsWith('GIT_')) env[key] = value
  return {...env, NO_COLOR: '1', GIT_CONFIG_NOSYSTEM: '1', HOME: process.env.FACTLINT_TEST_HOME ?? env.HOME}
}

export interface Outcome {
  status: number
  stdout: string
  stderr: string
}

export class Repo {
  /** Variables added to the environment of every command this repository runs. */
  extraEnv: NodeJS.ProcessEnv = {}

  private constructor(readonly root: string) {}

  static async create(): Promise<Repo> {
    const root = await mkdtemp(path.join(tmpdir(), 'factlint-git-'))
    const repo = new Repo(root)
    repo.git('init', '-q')
    repo.git('config', 'user.name', 'Test Writer')
    repo.git('config', 'user.email', 'writer@example.com')
    repo.git('config', 'commit.gpgsign', 'false')
    repo.git('config', 'core.hooksPath', '.git/hooks')
    repo.git('config', '--unset', 'core.hooksPath')
    return repo
  }

  async remove(): Promise<void> {
    await rm(this.root, {recursive: true, force: true})
  }

  path(...parts: string[]): string {
    return path.join(this.root, ...parts)
  }

  async write(file: string, text: string): Promise<void> {
    await mkdir(path.dirname(this.path(file)), {recursive: true})
    await writeFile(this.path(file), text)
  }

  /** Runs git; throws when git fails unless `allowFailure`. */
  git(...args: string[]): Outcome {
    return this.run('git', args, this.root, true)
  }

  tryGit(...args: string[]): Outcome {
    return this.run('git', args, this.root, false)
  }

  factlint(args: string[], cwd = this.root): Outcome {
    return this.run(process.execPath, [BIN, ...args], cwd, false)
  }

  private run(command: string, args: string[], cwd: string, check: boolean): Outcome {
    const result = spawnSync(command, args, {cwd, env: {...cleanEnv(), ...this.extraEnv}, encoding: 'utf8'})
    const outcome = {status: result.status ?? -1, stdout: result.stdout, stderr: result.stderr}
    if (check && outcome.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (${outcome.status}): ${outcome.stderr}`)
    return outcome
  }
}

/** A French draft with a negation particle repeated in one clause. */
export const BAD_DRAFT = 'Le ministre est arrivé hier soir.\n\nIl n’a pas manqué pas une occasion de parler.\n'
export const CLEAN_DRAFT = 'Le ministre est arrivé hier soir.\n\nIl n’a pas manqué une occasion de parler.\n'
