import {readFile, readdir, realpath, stat} from 'node:fs/promises'
import path from 'node:path'
import ignore, {type Ignore} from 'ignore'

/** Extensions linted when a folder is given. */
export const LINTED_EXTENSIONS = ['.txt', '.md', '.markdown']
const SKIPPED_FOLDERS = new Set(['node_modules', '.git', '.hg', '.svn'])

export interface Discovery {
  /** Absolute paths, sorted, without duplicates (one path per file, symbolic links resolved). */
  files: string[]
  /** One line per path that could not be used. */
  problems: string[]
}

/**
 * Expands the paths given on the command line: files as they are (whatever
 * their extension), folders recursively (text and Markdown only, honouring
 * .gitignore, .factlintignore and the configuration's `ignore`), and globs
 * (except the `literal` names, given after `--`).
 */
export async function discover(inputs: readonly string[], cwd: string, ignorePatterns: readonly string[] = [], literal: ReadonlySet<string> = new Set()): Promise<Discovery> {
  const files = new Set<string>()
  const problems: string[] = []
  const rootIgnore = await ignoreFileRules(cwd)
  rootIgnore.add([...ignorePatterns])
  const scopes: Scope[] = [{base: cwd, rules: rootIgnore}]
  for (const input of inputs) {
    const absolute = path.resolve(cwd, input)
    let info
    try {
      info = await stat(absolute)
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code
      // tinyglobby (with picomatch and fdir, 85 KB of the bundle) loads only
      // for a path that does not exist, which may be a glob: not on every run.
      const globs = code === 'ENOENT' && !literal.has(input) ? await import('tinyglobby') : undefined
      if (globs?.isDynamicPattern(input)) {
        const matches = await globs.glob(input, {cwd, absolute: true, ignore: ['**/node_modules/**', '**/.git/**'], dot: false})
        const kept = matches.filter((file) => !isIgnored(rootIgnore, cwd, file))
        if (kept.length === 0) problems.push(`${input}: no file matches this pattern`)
        for (const file of kept) files.add(file)
        continue
      }
      problems.push(`${input}: ${describeError(code, error)}`)
      continue
    }
    if (info.isDirectory()) {
      const before = files.size
      await walk(absolute, cwd, scopes, files, problems, new Set())
      if (files.size === before) problems.push(`${input}: no text or Markdown file to lint in this folder`)
    } else {
      files.add(absolute)
    }
  }
  return {files: await distinctFiles([...files].sort()), problems}
}

/**
 * One path per file: the same file reached twice (named directly and through
 * a symbolic link, or by two links) would be linted twice and reported as a
 * passage pasted from one draft into the other. The first path in sorted
 * order is kept.
 */
async function distinctFiles(files: readonly string[]): Promise<string[]> {
  const seen = new Set<string>()
  const kept: string[] = []
  for (const file of files) {
    const real = await realpath(file).catch(() => file)
    if (seen.has(real)) continue
    seen.add(real)
    kept.push(file)
  }
  return kept
}

/** Ignore rules apply relative to the folder of the file that holds them. */
interface Scope {
  base: string
  rules: Ignore
}

async function walk(folder: string, cwd: string, scopes: Scope[], files: Set<string>, problems: string[], seen: Set<string>): Promise<void> {
  let real: string
  try {
    real = await realpath(folder)
  } catch (error) {
    problems.push(`${path.relative(cwd, folder) || folder}: ${describeError((error as NodeJS.ErrnoException).code, error)}`)
    return
  }
  // A symbolic link back to a folder already walked would loop forever.
  if (seen.has(real)) return
  seen.add(real)
  const own = (await readIgnore(path.join(folder, '.gitignore'))) + '\n' + (await readIgnore(path.join(folder, '.factlintignore')))
  const local = own.trim() && folder !== cwd ? [...scopes, {base: folder, rules: ignore().add(own)}] : scopes
  let entries
  try {
    entries = await readdir(folder, {withFileTypes: true})
  } catch (error) {
    problems.push(`${path.relative(cwd, folder) || folder}: ${describeError((error as NodeJS.ErrnoException).code, error)}`)
    return
  }
  entries.sort((a, b) => a.name.localeCompare(b.name))
  for (const entry of entries) {
    const full = path.join(folder, entry.name)
    if (local.some((scope) => isIgnored(scope.rules, scope.base, full, entry.isDirectory()))) continue
    let isDirectory = entry.isDirectory()
    let isFile = entry.isFile()
    if (entry.isSymbolicLink()) {
      try {
        const target = await stat(full)
        isDirectory = target.isDirectory()
        isFile = target.isFile()
      } catch (error) {
        problems.push(`${path.relative(cwd, full)}: ${describeError((error as NodeJS.ErrnoException).code, error)}`)
        continue
      }
    }
    if (isDirectory) {
      if (!SKIPPED_FOLDERS.has(entry.name)) await walk(full, cwd, local, files, problems, seen)
    } else if (isFile && LINTED_EXTENSIONS.includes(path.extname(entry.name).toLowerCase())) {
      files.add(full)
    }
  }
}

function isIgnored(rules: Ignore, base: string, file: string, directory = false): boolean {
  const relative = path.relative(base, file)
  if (!relative || relative.startsWith('..') || path.isAbsolute(relative)) return false
  const posix = relative.split(path.sep).join('/')
  return rules.ignores(directory ? `${posix}/` : posix)
}

async function ignoreFileRules(cwd: string): Promise<Ignore> {
  return ignore().add(await readIgnore(path.join(cwd, '.gitignore'))).add(await readIgnore(path.join(cwd, '.factlintignore')))
}

/** The text of an ignore file, empty when there is none or it cannot be read. */
export async function readIgnore(file: string): Promise<string> {
  try {
    return await readFile(file, 'utf8')
  } catch {
    return ''
  }
}

export function describeError(code: string | undefined, error: unknown): string {
  switch (code) {
    case 'ENOENT':
      return 'no such file or folder'
    case 'EACCES':
    case 'EPERM':
      return 'permission denied'
    case 'ELOOP':
      return 'too many levels of symbolic links (a symlink loop)'
    case 'EISDIR':
      return 'is a folder'
    default:
      return (error as Error).message
  }
}
