import {spawnSync} from 'node:child_process'
import {existsSync, readdirSync, readFileSync, unlinkSync, utimesSync, writeFileSync} from 'node:fs'
import path from 'node:path'
import {pathToFileURL} from 'node:url'
import {describe, expect, it} from 'vitest'
import {BundleLoader, cacheFileName, defaultCacheDir} from '../../src/cli/bundle-loader.js'
import {ROOT, tempTree} from '../support/cli.js'

/** A bundle of two CommonJS chunks as rolldown writes them, with the import function the build puts in. */
function bundle(twice = 'n * 2'): string {
  return tempTree({
    'a.cjs': [
      'const b = require("./b.cjs");',
      'exports.value = () => b.twice(21);',
      'exports.strict = (function () { return this })() === undefined;',
      'exports.join = async () => (await __factlintImport("node:path")).join("x", "y");',
      // franc-min is an ES module only: require() fails on Node 20 unless it was imported first.
      'exports.imported = async () => { const ns = await __factlintImport("franc-min"); return require("franc-min") === ns && typeof ns.franc === "function"; };'
    ].join('\n'),
    'b.cjs': `exports.twice = (n) => ${twice};`
  })
}

/** The name of a chunk's cache file: its folder's hash, its own name. */
function v8(dir: string, chunk: string): string {
  return cacheFileName(path.join(dir, chunk))
}

function load(dir: string, cacheDir: string | undefined) {
  const loader = new BundleLoader(cacheDir)
  const exports = loader.require(path.join(dir, 'a.cjs')) as {value: () => number; strict: boolean; join: () => Promise<string>; imported: () => Promise<boolean>}
  return {loader, exports}
}

/**
 * Loads a.cjs in a new process, as the CLI does, and writes the cache: V8
 * reuses a script compiled earlier in the same process whatever the cached
 * data says, so the cache is only really read by another process. The
 * built loader (dist/cli) is the one dist/bundle/factlint.js uses.
 */
function loadInProcess(dir: string, cacheDir: string, partial = false): {value: number; stats: {cached: number; compiled: number}} {
  const loaderUrl = pathToFileURL(path.join(ROOT, 'dist', 'cli', 'bundle-loader.js')).href
  const script = [
    `const {BundleLoader} = await import(${JSON.stringify(loaderUrl)})`,
    `const loader = new BundleLoader(${JSON.stringify(cacheDir)})`,
    `const value = loader.require(${JSON.stringify(path.join(dir, 'a.cjs'))}).value()`,
    `loader.save({partial: ${partial}})`,
    'console.log(JSON.stringify({value, stats: loader.stats}))'
  ].join('\n')
  const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], {encoding: 'utf8'})
  expect(result.stderr).toBe('')
  expect(result.status).toBe(0)
  return JSON.parse(result.stdout) as {value: number; stats: {cached: number; compiled: number}}
}

describe('the bundle loader', () => {
  it('runs the chunks as strict CommonJS, with require between chunks and dynamic import', async () => {
    const dir = bundle()
    const {exports} = load(dir, undefined)
    expect(exports.value()).toBe(42)
    expect(exports.strict).toBe(true)
    expect(await exports.join()).toBe(path.join('x', 'y'))
    expect(await exports.imported()).toBe(true)
  })

  it('writes each chunk’s code cache after the run and compiles from it the next time', () => {
    const dir = bundle()
    const cacheDir = path.join(dir, 'node_modules', '.cache', 'factlint')
    const first = load(dir, cacheDir)
    expect(first.loader.stats).toEqual({cached: 0, compiled: 2})
    expect(existsSync(cacheDir)).toBe(false)
    first.loader.save()
    expect(readdirSync(cacheDir).sort()).toEqual([v8(dir, 'a.cjs'), v8(dir, 'b.cjs')].sort())
    expect(v8(dir, 'a.cjs')).toMatch(/^[0-9a-f]{8}\.a\.cjs\.v8$/)
    expect(loadInProcess(dir, cacheDir)).toEqual({value: 42, stats: {cached: 2, compiled: 0}})
    // Nothing new to write: the files stay as they are.
    const before = readFileSync(path.join(cacheDir, v8(dir, 'a.cjs')))
    expect(loadInProcess(dir, cacheDir).stats).toEqual({cached: 2, compiled: 0})
    expect(readFileSync(path.join(cacheDir, v8(dir, 'a.cjs'))).equals(before)).toBe(true)
  })

  it('ignores the cache of a chunk that changed, even to a text of the same length', () => {
    const dir = bundle()
    const cacheDir = path.join(dir, 'cache')
    expect(loadInProcess(dir, cacheDir).stats).toEqual({cached: 0, compiled: 2})
    writeFileSync(path.join(dir, 'b.cjs'), 'exports.twice = (n) => n * 3;')
    // Another second: file systems with coarse times would otherwise keep the same modification time.
    utimesSync(path.join(dir, 'b.cjs'), new Date(), new Date(Date.now() + 2000))
    expect(loadInProcess(dir, cacheDir)).toEqual({value: 63, stats: {cached: 1, compiled: 1}})
    expect(loadInProcess(dir, cacheDir)).toEqual({value: 63, stats: {cached: 2, compiled: 0}})
  })

  it('compiles as without a cache when the cache is damaged (V8 would crash on it), and writes it again', () => {
    const dir = bundle(`${'n + '.repeat(200)}n * 2 - 200 * n`)
    const cacheDir = path.join(dir, 'cache')
    loadInProcess(dir, cacheDir)
    for (const name of readdirSync(cacheDir)) {
      const data = readFileSync(path.join(cacheDir, name))
      // The header kept, V8's data altered past its own header (which V8 checks).
      const length = data.readUInt32LE(0)
      for (let index = 4 + length + 64; index < data.length; index += 5) data[index] = (data[index]! * 7 + 13) & 0xff
      writeFileSync(path.join(cacheDir, name), data)
    }
    expect(loadInProcess(dir, cacheDir)).toEqual({value: 42, stats: {cached: 0, compiled: 2}})
    expect(loadInProcess(dir, cacheDir).stats).toEqual({cached: 2, compiled: 0})
    writeFileSync(path.join(cacheDir, v8(dir, 'a.cjs')), 'not a cache')
    writeFileSync(path.join(cacheDir, v8(dir, 'b.cjs')), '')
    expect(loadInProcess(dir, cacheDir)).toEqual({value: 42, stats: {cached: 0, compiled: 2}})
  })

  it('runs without a cache when its folder cannot be made', () => {
    const dir = bundle()
    // A folder under a file cannot be created, even by root: nothing is thrown, nothing written.
    const blocked = path.join(dir, 'a.cjs', 'cache')
    expect(loadInProcess(dir, blocked)).toEqual({value: 42, stats: {cached: 0, compiled: 2}})
    expect(readdirSync(dir).sort()).toEqual(['a.cjs', 'b.cjs'])
  })

  it('replaces the cache written by a run that linted nothing with that of the next run that lints', () => {
    const dir = bundle()
    const cacheDir = path.join(dir, 'cache')
    const kind = () => readdirSync(cacheDir).map((name) => /\n(full|partial)\n/.exec(readFileSync(path.join(cacheDir, name), 'latin1'))?.[1])
    expect(loadInProcess(dir, cacheDir, true).stats).toEqual({cached: 0, compiled: 2})
    expect(kind()).toEqual(['partial', 'partial'])
    // Used by a run that lints, and written again from it.
    expect(loadInProcess(dir, cacheDir).stats).toEqual({cached: 2, compiled: 0})
    expect(kind()).toEqual(['full', 'full'])
    const before = readFileSync(path.join(cacheDir, v8(dir, 'a.cjs')))
    expect(loadInProcess(dir, cacheDir, true).stats).toEqual({cached: 2, compiled: 0})
    expect(readFileSync(path.join(cacheDir, v8(dir, 'a.cjs'))).equals(before)).toBe(true)
  })

  it('removes the cache of chunks that no longer exist', () => {
    const dir = bundle()
    const cacheDir = path.join(dir, 'cache')
    writeFileSync(path.join(dir, 'old.cjs'), 'exports.x = 1;')
    const loader = new BundleLoader(cacheDir)
    loader.require(path.join(dir, 'old.cjs'))
    loader.save()
    expect(readdirSync(cacheDir)).toEqual([v8(dir, 'old.cjs')])
    // A new build replaced the chunk.
    unlinkSync(path.join(dir, 'old.cjs'))
    loadInProcess(dir, cacheDir)
    expect(readdirSync(cacheDir).sort()).toEqual([v8(dir, 'a.cjs'), v8(dir, 'b.cjs')].sort())
  })

  it('keeps one cache per bundle folder when two checkouts share node_modules', () => {
    const [first, second] = [bundle(), bundle('n + n')]
    const cacheDir = path.join(tempTree({}), 'cache')
    expect(loadInProcess(first, cacheDir).stats).toEqual({cached: 0, compiled: 2})
    expect(loadInProcess(second, cacheDir).stats).toEqual({cached: 0, compiled: 2})
    // Each run finds its own checkout's cache, whichever ran last.
    expect(loadInProcess(first, cacheDir)).toEqual({value: 42, stats: {cached: 2, compiled: 0}})
    expect(loadInProcess(second, cacheDir)).toEqual({value: 42, stats: {cached: 2, compiled: 0}})
    expect(readdirSync(cacheDir)).toHaveLength(4)
  })

  it('removes another checkout’s files, or those of the layout without folder hashes, only when long unused', () => {
    const dir = bundle()
    const cacheDir = path.join(tempTree({}), 'cache')
    loadInProcess(dir, cacheDir)
    const other = bundle()
    const recent = v8(other, 'a.cjs')
    const old = v8(other, 'b.cjs')
    writeFileSync(path.join(cacheDir, recent), 'another checkout')
    writeFileSync(path.join(cacheDir, old), 'a deleted checkout')
    utimesSync(path.join(cacheDir, old), new Date(), new Date(Date.now() - 31 * 86_400_000))
    writeFileSync(path.join(cacheDir, 'a.cjs.v8'), 'the layout before folder hashes, unused for long')
    utimesSync(path.join(cacheDir, 'a.cjs.v8'), new Date(), new Date(Date.now() - 31 * 86_400_000))
    writeFileSync(path.join(cacheDir, 'b.cjs.v8'), 'the layout before folder hashes, used today')
    // A run that writes its cache cleans up (b.cjs changed: its cache is written again).
    writeFileSync(path.join(dir, 'b.cjs'), 'exports.twice = (n) => n + n;')
    utimesSync(path.join(dir, 'b.cjs'), new Date(), new Date(Date.now() + 2000))
    loadInProcess(dir, cacheDir)
    expect(readdirSync(cacheDir).sort()).toEqual([v8(dir, 'a.cjs'), v8(dir, 'b.cjs'), recent, 'b.cjs.v8'].sort())
  })

  it('keeps its cache in the node_modules/.cache of the project factlint is installed in, or of the checkout', () => {
    expect(defaultCacheDir('/p/node_modules/factlint/dist/bundle')).toBe(path.resolve('/p/node_modules/.cache/factlint'))
    expect(defaultCacheDir('/src/factlint/dist/bundle')).toBe(path.resolve('/src/factlint/node_modules/.cache/factlint'))
  })
})
