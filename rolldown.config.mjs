import {defineConfig} from 'rolldown'
import {parseAst} from 'rolldown/parseAst'

/**
 * The CLI is bundled: the unified ecosystem is hundreds of small modules, and
 * resolving and reading them one by one cost seconds of start-up for every
 * commit a hook checks. Dynamic imports (chrono-node, formatters, the
 * interactive report) stay separate chunks, loaded only when a run needs them;
 * ink and react are not bundled at all. The library API (dist/index.js) is
 * left unbundled.
 *
 * The chunks are CommonJS (.cjs) so that src/cli/bundle-loader.ts can compile
 * them with V8's code cache (about 60 ms of a short run; Node 20 cannot cache
 * the compilation of ES modules). dist/bundle/factlint.js and worker.js, the
 * entries bin/factlint.js and the worker pool load, are small ES modules
 * written here that load their chunk through it.
 */
export default defineConfig({
  // The worker thread entry of multi-file runs sits next to the CLI's chunks.
  input: {factlint: 'dist/cli/main.js', worker: 'dist/engine/worker.js'},
  platform: 'node',
  // better-sqlite3 (a native addon) and pg (the archive, src/archive/) load from node_modules.
  external: [/^node:/, 'ink', 'react', /^react\//, /^ink-/, 'better-sqlite3', 'pg'],
  plugins: [chronoLocales(['en', 'fr']), lazyFranc(), codeCacheEntries()],
  output: {
    dir: 'dist/bundle',
    format: 'cjs',
    // The sources are ES modules, always strict.
    strict: true,
    // Chunk names change with their content: stale ones would pile up.
    cleanDir: true,
    // One folder: modules that read files next to them (package.json) keep their relative paths.
    entryFileNames: '[name].cjs',
    chunkFileNames: '[name]-[hash].cjs'
  }
})

/** Must match IMPORT_FUNCTION in src/cli/bundle-loader.ts. */
const IMPORT_FUNCTION = '__factlintImport'

/**
 * Rewrites the `import()` left in the chunks (modules outside the bundle:
 * node: modules, Ink, plugins) into calls to the function the bundle loader
 * gives each chunk, and writes the ES module entries that load the chunks.
 */
function codeCacheEntries() {
  return {
    name: 'factlint:code-cache-entries',
    renderChunk(code, chunk) {
      const starts = []
      const stack = [parseAst(code, {sourceType: 'script'}, chunk.fileName)]
      while (stack.length > 0) {
        const node = stack.pop()
        if (Array.isArray(node)) {
          stack.push(...node)
          continue
        }
        if (!node || typeof node !== 'object') continue
        if (node.type === 'ImportExpression') starts.push(node.start)
        if (node.type === 'MetaProperty') this.error(`${chunk.fileName}: import.meta is left in a CommonJS chunk`)
        for (const [key, value] of Object.entries(node)) if (key !== 'type' && value && typeof value === 'object') stack.push(value)
      }
      if (starts.length === 0) return null
      let out = code
      for (const start of starts.sort((a, b) => b - a)) {
        if (!out.startsWith('import', start)) this.error(`${chunk.fileName}: no import() at offset ${start}`)
        out = out.slice(0, start) + IMPORT_FUNCTION + out.slice(start + 'import'.length)
      }
      return {code: out, map: null}
    },
    generateBundle(_options, bundle) {
      const entry = Object.values(bundle).find((file) => file.type === 'chunk' && file.isEntry && file.name === 'factlint')
      const others = entry.exports.filter((name) => name !== 'main')
      const loader = [
        '// Written by rolldown.config.mjs: loads the bundle through src/cli/bundle-loader.ts (V8 code cache).',
        "import {fileURLToPath} from 'node:url'",
        "import {BundleLoader, defaultCacheDir, tuneV8} from '../cli/bundle-loader.js'",
        'tuneV8()',
        "const loader = new BundleLoader(defaultCacheDir(fileURLToPath(new URL('.', import.meta.url))))"
      ]
      this.emitFile({
        type: 'asset',
        fileName: 'factlint.js',
        source: [
          ...loader,
          "const bundle = loader.require(new URL('./factlint.cjs', import.meta.url))",
          '',
          '/** The CLI (src/cli/main.ts); the code cache is written once it has run. */',
          'export async function main(argv, io) {',
          '  try {',
          '    return await bundle.main(argv, io)',
          '  } finally {',
          '    loader.save({partial: !bundle.hasLinted()})',
          '  }',
          '}',
          ...(others.length > 0 ? [`export const {${others.join(', ')}} = bundle`] : []),
          ''
        ].join('\n')
      })
      this.emitFile({
        type: 'asset',
        fileName: 'worker.js',
        source: [...loader, "loader.require(new URL('./worker.cjs', import.meta.url))", ''].join('\n')
      })
    }
  }
}

/**
 * chrono-node's index imports all of its 16 locales, and each builds its
 * parsers when it loads: about 0.25 s of a short run that names a date, for
 * the two factlint reads (src/dates/chrono.ts uses `chrono.fr` and
 * `chrono.en`). In the bundle, the index keeps every export but the other
 * locales (the same fr and en modules, so the same parsers): the chunk went
 * from 407 KB to about 100 KB. The build fails if the index no longer has
 * the shape this expects (after a chrono-node upgrade), rather than bundling
 * every locale again unnoticed.
 */
export function chronoLocales(kept) {
  return {
    name: 'factlint:chrono-locales',
    transform(code, id) {
      if (!/[\\/]node_modules[\\/]chrono-node[\\/]dist[\\/]esm[\\/]index\.js$/.test(id)) return null
      return {code: keepLocales(code, kept), map: null}
    }
  }
}

/** chrono-node's dist/esm/index.js without the locales not in `kept`. */
export function keepLocales(code, kept) {
  const dropped = []
  let out = code.replace(/^import \* as (\w+) from "\.\/locales\/(\w+)\/index\.js";\r?\n/gm, (line, name, folder) => {
    if (kept.includes(name) || name !== folder) return line
    dropped.push(name)
    return ''
  })
  out = out.replace(/^export \{([^}]*)\};(\r?\n)/gm, (line, names, eol) => {
    const left = names.split(',').map((name) => name.trim()).filter((name) => name && !dropped.includes(name))
    return left.length === 0 ? '' : `export { ${left.join(', ')} };${eol}`
  })
  const stillUsed = dropped.filter((name) => new RegExp(`\\b${name}\\b`).test(out.replace(/\/\/.*$/gm, '')))
  if (dropped.length === 0 || stillUsed.length > 0 || kept.some((name) => !new RegExp(`^import \\* as ${name} from`, 'm').test(out))) {
    throw new Error(`chrono-node's index.js is not shaped as rolldown.config.mjs expects (dropped ${dropped.join(', ') || 'nothing'}; still used: ${stillUsed.join(', ') || 'none'}): update keepLocales`)
  }
  return out
}

/**
 * franc-min builds its trigram dictionaries (82 languages of 300 trigrams)
 * when it loads: about 10 ms of every run, when src/lang/detect.ts asks it
 * only for a text its function words cannot decide (a short or mixed one).
 * In the bundle they are built by the first call instead. The build fails if
 * franc-min's index no longer has the shape this expects.
 */
export function lazyFranc() {
  return {
    name: 'factlint:lazy-franc',
    transform(code, id) {
      if (!/[\\/]node_modules[\\/]franc-min[\\/]index\.js$/.test(id)) return null
      return {code: francBuiltOnFirstCall(code), map: null}
    }
  }
}

/** franc-min's index.js with its dictionaries built by the first call of francAll. */
export function francBuiltOnFirstCall(code) {
  const loop = /^for \(script in data\) \{\r?\n[\s\S]*?^\}\r?\n/m
  const entry = /^export function francAll\(value, options = \{\}\) \{\r?\n/m
  if (!loop.test(code) || !entry.test(code) || code.match(/numericData\[script\[0\]\]|in numericData/g)?.length !== 2) {
    throw new Error("franc-min's index.js is not shaped as rolldown.config.mjs expects: update francBuiltOnFirstCall")
  }
  return code
    .replace(loop, (body) => `let numericDataBuilt = false\nfunction buildNumericData() {\nnumericDataBuilt = true\n${body}}\n`)
    .replace(entry, (line) => `${line}if (!numericDataBuilt) buildNumericData()\n`)
}
