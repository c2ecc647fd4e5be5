import { defineConfig } from '@playwright/test'
import { chromiumLaunchOptions } from './tests/support/chromiumLaunch'

export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.ts',
  // Playwright empties its output folder on start; screenshots the specs save on purpose live
  // beside it in test-results/screenshots/.
  outputDir: 'test-results/artifacts',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  // Each test has its own bridge and data folder: two files at a time fit a 2-core runner.
  workers: 2,
  fullyParallel: false,
  forbidOnly: !!process.env['CI'],
  retries: 0,
  reporter: [['list']],
  projects: [
    {
      name: 'chromium',
      testIgnore: /electron\.spec\.ts$/,
      use: {
        browserName: 'chromium',
        viewport: { width: 1440, height: 900 },
        screenshot: 'only-on-failure',
        trace: 'retain-on-failure',
        launchOptions: chromiumLaunchOptions
      }
    },
    { name: 'electron', testMatch: /electron\.spec\.ts$/ }
  ]
})
