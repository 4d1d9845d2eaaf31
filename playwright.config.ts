import { defineConfig } from '@playwright/test';
import { OFFICE_TIME_ZONE } from './test/e2e/time-zone';

/** Debian's Chromium, never a downloaded browser; each test starts its own server on its own data directory. */
export default defineConfig({
  testDir: 'test/e2e',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  workers: 1,
  retries: 0,
  reporter: [['list']],
  outputDir: 'test-results',
  use: {
    viewport: { width: 1366, height: 820 },
    locale: 'zh-CN',
    timezoneId: OFFICE_TIME_ZONE,
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
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
});
