import {defineConfig} from 'vitest/config'

// CI asks for a JSON report too, to print "N passed, N failed" from it.
const jsonReport = process.env.FACTLINT_VITEST_JSON

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts', 'tests/**/*.test.tsx'],
    globalSetup: ['tests/support/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // CLI tests spawn the built binary; two cores are all CI has.
    maxWorkers: 2,
    reporters: jsonReport ? ['default', ['json', {outputFile: jsonReport}]] : ['default']
  }
})
