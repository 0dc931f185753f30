import { resolve } from 'node:path'

import { defineConfig, devices } from '@playwright/test'

// End-to-end tests in Debian's Chromium (never a downloaded browser) against the real backend on PostgreSQL,
// which e2e/serve-backend.sh starts with the built SPA (`npm run build` first; `make test` does both).
const port = Number(process.env.E2E_PORT ?? 5180)
const baseURL = `http://127.0.0.1:${port}`
// Where e2e/serve-backend.sh's mail server writes the emails the server sends (e2e/mailbox.ts reads them).
process.env.E2E_SMTP_DIR ??= resolve(`test-results/mailbox-${port}`)

export default defineConfig({
  testDir: './e2e',
  outputDir: './test-results/e2e',
  fullyParallel: false,
  workers: 1,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['html', { open: 'never', outputFolder: 'playwright-report' }]],
  use: {
    baseURL,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  projects: [
    { name: 'desktop', use: { ...devices['Desktop Chrome'], channel: undefined } },
  ],
  webServer: {
    command: 'bash e2e/serve-backend.sh',
    url: `${baseURL}/ready`,
    env: { E2E_PORT: String(port), E2E_SMTP_DIR: process.env.E2E_SMTP_DIR },
    reuseExistingServer: false,
    timeout: 60_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
})
