import { defineConfig } from 'vitest/config'

// .ci/run asks for a JSON report to print the closing "N passed, N failed" line.
const jsonReport = process.env.SPANWRIGHT_VITEST_JSON

export default defineConfig({
  test: {
    reporters: jsonReport ? ['default', 'json'] : ['default'],
    outputFile: jsonReport ? { json: jsonReport } : {},
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node',
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.e2e.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // Each file drives its own Chromium; on two cores, one at a time is fastest and steadiest.
          fileParallelism: false,
        },
      },
    ],
  },
})
