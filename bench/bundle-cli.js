// The CLI as bin/factlint.js runs it, but always from the bundle: bin falls back
// to dist/cli when tsc ran after the last bundle, which another build on the
// same tree may do while the bench runs, and the start-up figures would then
// measure the unbundled modules.
const {main} = await import('../dist/bundle/factlint.js')
process.exitCode = await main(process.argv.slice(2), {cwd: process.cwd(), stdout: process.stdout, stderr: process.stderr, stdin: process.stdin, env: process.env})
