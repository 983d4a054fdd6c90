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
