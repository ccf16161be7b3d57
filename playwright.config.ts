// End-to-end tests: Debian's Chromium against `next build && next start`, in the embedded
// database mode a newcomer gets (a fresh data folder each run), on port 3100.
import { defineConfig, devices } from '@playwright/test';

const PORT = Number(process.env.E2E_PORT ?? 3100);
const dataRoot = '.data/e2e';

export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 30_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: !!process.env.CI,
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    locale: 'vi-VN',
    timezoneId: 'Asia/Ho_Chi_Minh',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    },
  },
  projects: [
    { name: 'desktop', use: { ...devices['Desktop Chrome'] } },
    // The newsroom is a desktop tool; its flows, and the attack, scale-out and fault
    // suites (which are not about the screen), run once, in the desktop project.
    { name: 'phone', use: { ...devices['Pixel 7'], defaultBrowserType: 'chromium' }, testIgnore: /(newsroom.*|attacks|scale-out|faults)\.spec\.ts/ },
  ],
  webServer: {
    command: `rm -rf ${dataRoot} && tsx lib/cli/with-db.ts -- sh -c "next build && next start -p ${PORT}"`,
    url: `http://127.0.0.1:${PORT}/`,
    timeout: 420_000,
    reuseExistingServer: !process.env.CI,
    stdout: 'pipe',
    env: {
      EMBEDDED_DB_DIR: `${dataRoot}/pglite`,
      EMBEDDED_DB_PORT: String(PORT + 50_000),
      MEDIA_DIR: `${dataRoot}/media`,
      SITE_URL: `http://127.0.0.1:${PORT}`,
      NEXTAUTH_URL: `http://127.0.0.1:${PORT}`,
      NEXT_TELEMETRY_DISABLED: '1',
      // The e2e suite tests the embedded mode even where a server database is configured.
      DATABASE_URL: '',
    },
  },
});
