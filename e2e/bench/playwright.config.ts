// The renderer benchmark: `BENCH=1 npx playwright test -c e2e/bench/playwright.config.ts`. Kept out of the
// normal end-to-end run (its files end in .bench.ts, which e2e/playwright.config.ts does not match).
import { defineConfig } from '@playwright/test'
import base from '../playwright.config'

export default defineConfig({
  ...base,
  testDir: '.',
  testMatch: '**/*.bench.ts',
  outputDir: '../../test-results/bench-artifacts',
  timeout: 10 * 60_000,
  reporter: [['list']],
  use: { ...base.use, trace: 'off' },
})
