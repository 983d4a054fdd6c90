import {defineConfig} from 'rolldown'

/**
 * The CLI is bundled: the unified ecosystem is hundreds of small modules, and
 * resolving and reading them one by one cost seconds of start-up for every
 * commit a hook checks. Dynamic imports (chrono-node, formatters, the
 * interactive report) stay separate chunks, loaded only when a run needs them;
 * ink and react are not bundled at all. The library API (dist/index.js) is
 * left unbundled.
 */
export default defineConfig({
  // The worker thread entry of multi-file runs sits next to the CLI's chunks.
  input: {factlint: 'dist/cli/main.js', worker: 'dist/engine/worker.js'},
  platform: 'node',
  external: [/^node:/, 'ink', 'react', /^react\//, /^ink-/],
  plugins: [chronoLocales(['en', 'fr'])],
  output: {
    dir: 'dist/bundle',
    format: 'esm',
    // Chunk names change with their content: stale ones would pile up.
    cleanDir: true,
    // One folder: modules that read files next to them (package.json) keep their relative paths.
    entryFileNames: '[name].js',
    chunkFileNames: '[name]-[hash].js'
  }
})

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
