import { defineConfig } from '@playwright/test'
import { CHROMIUM } from './scripts/chromium.mjs'

// CAPSI_E2E_PORT lets two checkouts run their end-to-end tests side by side.
const port = Number(process.env.CAPSI_E2E_PORT ?? 4173)

export default defineConfig({
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 2,
  retries: 0,
  reporter: [['list']],
  outputDir: 'test-results',
  use: {
    baseURL: `http://127.0.0.1:${port}/`,
    locale: 'fr-FR',
    timezoneId: 'Europe/Paris',
    acceptDownloads: true,
    launchOptions: CHROMIUM,
  },
  projects: [
    { name: 'chromium', testDir: 'tests/e2e' },
    // Debian's Firefox ESR, which each test launches itself through WebDriver BiDi (tests/e2e-firefox/helpers.ts).
    { name: 'firefox', testDir: 'tests/e2e-firefox' },
  ],
  webServer: {
    command: `npx vite preview --port ${port} --strictPort --host 127.0.0.1`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
})
