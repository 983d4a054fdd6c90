import {accessSync, constants, mkdirSync, readdirSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync} from 'node:fs'
import {createRequire, isBuiltin} from 'node:module'
import path from 'node:path'
import {fileURLToPath, pathToFileURL} from 'node:url'
import {setFlagsFromString} from 'node:v8'
import vm from 'node:vm'

/**
 * Loads the CLI bundle (dist/bundle/*.cjs, see rolldown.config.mjs) with V8's
 * code cache, the start-up help Node 22 gives with module.enableCompileCache
 * and Node 20 lacks. Compiling the bundle's chunks, and then each function
 * the first time it runs, cost about 60 ms of a 0.4 s run on a 10 KB draft;
 * with the code V8 produced on an earlier run, that work is skipped.
 *
 * Each chunk is compiled with vm.Script as a CommonJS function; its cached
 * data is written after the run (so that it holds the functions the run
 * compiled), once per chunk file, under node_modules/.cache/factlint, never
 * among the user's files. Its name holds a hash of the chunk's folder: two
 * checkouts that share one node_modules (git worktrees, a symbolic link)
 * each keep their own, instead of replacing each other's on every run. A cache file is used only for the same chunk file
 * (path, size and modification time) and the same node binary, and only if
 * its checksum matches: V8 checks its own version and flags, but not the
 * data itself, and a damaged cache crashes the process (a V8 fatal error).
 * Anything else (a missing, stale, corrupt or unwritable cache) just means
 * compiling as without a cache, silently.
 *
 * The bundle's dynamic imports of modules outside it (node: modules, Ink,
 * plugins) are rewritten at build time to call `__factlintImport`, given to
 * each chunk here: a script compiled by vm cannot run `import()` itself on
 * Node 20 without an experimental flag.
 */

/**
 * V8 settings for the CLI's process, set by the bundle's entries before any
 * chunk is compiled (the code cache is checked against V8's flags, so every
 * run sets the same ones).
 *
 * `--no-regexp-tier-up`: V8 first compiles each regular expression to
 * bytecode for its interpreter and compiles it again to machine code once it
 * has run. factlint's rules hold hundreds of patterns (Unicode classes, the
 * lexicon's alternations), nearly all run more than once on any draft, so
 * nearly every one was compiled twice: compiling each straight to machine
 * code took about 70 ms (a fifth) off the CPU time of a run on a 10 KB
 * draft, and about 5 % off 200 drafts. What the patterns match is the same.
 */
export function tuneV8(): void {
  setFlagsFromString('--no-regexp-tier-up')
}

/** Changes when the layout of cache files changes. */
const FORMAT = 'factlint-code-cache-3'

export const IMPORT_FUNCTION = '__factlintImport'

interface Pending {
  filename: string
  script: vm.Script
  cacheFile: string
  key: string
  /** Used from a cache written by a run that linted nothing: written again by one that does. */
  partial?: boolean
}

export class BundleLoader {
  private readonly modules = new Map<string, {exports: unknown}>()
  /** ES modules imported by the chunks (Ink), by specifier: a chunk may then `require` them. */
  private readonly imported = new Map<string, unknown>()
  private pending: Pending[] = []
  /** Chunks compiled from their cached code, and without (for tests). */
  readonly stats = {cached: 0, compiled: 0}

  /** `cacheDir` undefined: compile without any cache. */
  constructor(private readonly cacheDir: string | undefined) {}

  /** Runs a chunk (an absolute path or file URL) once and returns its exports. */
  require(file: string | URL): unknown {
    const filename = typeof file === 'string' ? file : fileURLToPath(file)
    const loaded = this.modules.get(filename)
    if (loaded) return loaded.exports
    const module = {exports: {} as unknown}
    this.modules.set(filename, module)
    const script = this.compile(filename)
    const outside = createRequire(filename)
    const chunkRequire = (specifier: string) => {
      if (specifier.startsWith('./') || specifier.startsWith('../')) return this.require(path.resolve(path.dirname(filename), specifier))
      return this.imported.has(specifier) ? this.imported.get(specifier) : outside(specifier)
    }
    const importFunction = async (specifier: string) => {
      const namespace: unknown = await import(specifier.startsWith('.') ? new URL(specifier, pathToFileURL(filename)).href : specifier)
      // A package (Ink): node: modules and files are left to require and import as they are.
      if (!specifier.startsWith('.') && !specifier.startsWith('file:') && !isBuiltin(specifier)) this.imported.set(specifier, namespace)
      return namespace
    }
    const run = script.runInThisContext() as (...args: unknown[]) => void
    try {
      run.call(module.exports, module.exports, chunkRequire, module, filename, path.dirname(filename), importFunction)
    } catch (error) {
      // As Node's require: a chunk that failed is run again if required again, not half returned.
      this.modules.delete(filename)
      throw error
    }
    return module.exports
  }

  /**
   * Writes the code cache of the chunks compiled without a usable one (once,
   * after a run). `partial`: the run linted nothing (--help, --version, a
   * usage error), so the functions a lint needs were never compiled; its
   * cache is used, but replaced by that of the next run that lints.
   */
  save(options: {partial?: boolean} = {}): void {
    const pending = this.pending.filter((entry) => !entry.partial || !options.partial)
    this.pending = []
    if (!this.cacheDir || pending.length === 0) return
    try {
      mkdirSync(this.cacheDir, {recursive: true})
      accessSync(this.cacheDir, constants.W_OK)
    } catch {
      return
    }
    for (const {script, cacheFile, key} of pending) {
      const temporary = `${cacheFile}.${process.pid}.tmp`
      try {
        const data = script.createCachedData()
        const header = Buffer.from(`${key}\n${options.partial ? PARTIAL : FULL}\n${checksum(data)}`)
        const length = Buffer.alloc(4)
        length.writeUInt32LE(header.length)
        writeFileSync(temporary, Buffer.concat([length, header, data]))
        // A rename: a run reading the cache at the same time sees the old file or the new one, never half of one.
        renameSync(temporary, cacheFile)
      } catch {
        try {
          unlinkSync(temporary)
        } catch {
          // Nothing was written.
        }
      }
    }
    this.removeStale([...new Set(pending.map((entry) => path.dirname(entry.filename)))])
  }

  private compile(filename: string): vm.Script {
    const source = readFileSync(filename, 'utf8')
    // ES modules are strict; so is the chunk compiled from them.
    const wrapped = `(function (exports, require, module, __filename, __dirname, ${IMPORT_FUNCTION}) {"use strict";${source}\n})`
    if (!this.cacheDir) {
      this.stats.compiled++
      return new vm.Script(wrapped, {filename})
    }
    const stat = statSync(filename)
    const key = [FORMAT, filename, stat.size, stat.mtimeMs, process.version, process.arch, nodeBinary()].join('\n')
    const cacheFile = path.join(this.cacheDir, cacheFileName(filename))
    const cache = readCache(cacheFile, key)
    const script = new vm.Script(wrapped, {filename, cachedData: cache?.data})
    if (!cache || script.cachedDataRejected) {
      this.stats.compiled++
      this.pending.push({filename, script, cacheFile, key})
    } else {
      this.stats.cached++
      if (cache.partial) this.pending.push({filename, script, cacheFile, key, partial: true})
    }
    return script
  }

  /**
   * Cache files of this bundle's chunks that no longer exist (an earlier
   * build) go. Another checkout's, and those of the layout before folder
   * hashes, go only when no run wrote them for STALE_DAYS (that checkout was
   * deleted or upgraded): a checkout sharing node_modules may still run them.
   */
  private removeStale(bundleDirs: string[]): void {
    const tags = new Map(bundleDirs.map((dir) => [folderTag(dir), dir]))
    const now = Date.now()
    try {
      for (const name of readdirSync(this.cacheDir!)) {
        if (!name.endsWith('.v8')) continue
        const file = path.join(this.cacheDir!, name)
        const tagged = /^([0-9a-f]{8})\.(.+)\.v8$/.exec(name)
        const own = tagged ? tags.get(tagged[1]!) : undefined
        if (own !== undefined) {
          if (!exists(path.join(own, tagged![2]!))) unlinkSync(file)
        } else if (now - statSync(file).mtimeMs > STALE_DAYS * 86_400_000) unlinkSync(file)
      }
    } catch {
      // Left for the next run.
    }
  }
}

/** Days after which the cache files of another checkout, never written again, are taken for a deleted one's. */
const STALE_DAYS = 30

/** `<hash of the folder>.<chunk file name>.v8`. */
export function cacheFileName(chunk: string): string {
  return `${folderTag(path.dirname(chunk))}.${path.basename(chunk)}.v8`
}

/** 8 hexadecimal digits (FNV-1a) of a folder's absolute path. */
function folderTag(folder: string): string {
  let hash = 0x811c9dc5 | 0
  for (let index = 0; index < folder.length; index++) hash = Math.imul(hash ^ folder.charCodeAt(index), 0x01000193)
  return (hash >>> 0).toString(16).padStart(8, '0')
}

const FULL = 'full'
const PARTIAL = 'partial'

function readCache(cacheFile: string, key: string): {data: Buffer; partial: boolean} | undefined {
  let file: Buffer
  try {
    file = readFileSync(cacheFile)
  } catch {
    return undefined
  }
  if (file.length < 4) return undefined
  const length = file.readUInt32LE(0)
  if (file.length <= 4 + length) return undefined
  const header = file.toString('utf8', 4, 4 + length)
  const data = file.subarray(4 + length)
  const sum = checksum(data)
  if (header === `${key}\n${FULL}\n${sum}`) return {data, partial: false}
  if (header === `${key}\n${PARTIAL}\n${sum}`) return {data, partial: true}
  return undefined
}

/**
 * A 64-bit checksum of the cached data (FNV-1a over 32-bit words, and their
 * running sum): about 4 ms for the 0.6 MB of a run, where node:crypto would
 * cost more to load than the cache saves on this part.
 */
function checksum(data: Buffer): string {
  const aligned = data.byteOffset % 4 === 0 ? data : Buffer.from(data)
  const words = new Int32Array(aligned.buffer, aligned.byteOffset, aligned.length >> 2)
  let hash = 0x811c9dc5 | 0
  let sum = 0
  for (let index = 0; index < words.length; index++) {
    hash = Math.imul(hash ^ words[index]!, 0x01000193)
    sum = (sum + hash) | 0
  }
  for (let index = words.length * 4; index < aligned.length; index++) hash = Math.imul(hash ^ aligned[index]!, 0x01000193)
  return `${(hash >>> 0).toString(16)}${(sum >>> 0).toString(16).padStart(8, '0')} ${data.length}`
}

let binary: string | undefined

/** The node binary: data V8 cached is read back only by the same build. */
function nodeBinary(): string {
  if (binary === undefined) {
    try {
      const stat = statSync(process.execPath)
      binary = `${process.execPath} ${stat.size} ${stat.mtimeMs}`
    } catch {
      binary = process.execPath
    }
  }
  return binary
}

function exists(file: string): boolean {
  try {
    statSync(file)
    return true
  } catch {
    return false
  }
}

/**
 * The cache folder of the bundle in `bundleDir` (dist/bundle of the factlint
 * package): node_modules/.cache/factlint of the project factlint is installed
 * in, or of the factlint checkout itself.
 */
export function defaultCacheDir(bundleDir: string): string {
  const root = path.resolve(bundleDir, '..', '..')
  const parent = path.dirname(root)
  return path.basename(parent) === 'node_modules' ? path.join(parent, '.cache', 'factlint') : path.join(root, 'node_modules', '.cache', 'factlint')
}
