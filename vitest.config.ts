import { svelte } from '@sveltejs/vite-plugin-svelte'
import { defineConfig } from 'vitest/config'

// .ci/run asks for a JSON report to print the closing "N passed, N failed" line.
const jsonReport = process.env.SPANWRIGHT_VITEST_JSON

export default defineConfig({
  test: {
    reporters: jsonReport ? ['default', 'json'] : ['default'],
    outputFile: jsonReport ? { json: jsonReport } : {},
    projects: [
      {
        // Compiles the renderer's rune modules (*.svelte.ts) for their tests (*.svelte.test.ts), which
        // run in jsdom (a docblock) so that Svelte compiles them as the window runs them, effects included.
        plugins: [svelte()],
        // Svelte's client build for those jsdom tests; node tests resolve as before.
        resolve: { conditions: ['browser'] },
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
