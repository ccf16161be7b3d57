// End-to-end tests: Debian's Chromium against `next build && next start`, in the embedded
// database mode a newcomer gets (a fresh data folder each run), on port 3100.
import { defineConfig, devices } from '@playwright/test';

const PORT = Number(process.env.E2E_PORT ?? 3100);
const dataRoot = '.data/e2e';
// Suites that start their own instances of the build (tests/e2e/support.ts).
const OWN_INSTANCES = /(scale-out|faults|startup)\.spec\.ts/;

export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 30_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  // Two lanes: the suites on the shared e2e server (desktop, then phone: one at a time, as
  // their data is shared), and beside them the suites that start their own instances on
  // their own databases (which spend most of their time waiting on a job or a restart).
  workers: 2,
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
    // Their own `next start` processes, PostgreSQL databases (and cluster) and Redis: nothing
    // shared with the e2e server, so they run beside the other lane.
    { name: 'instances', use: { ...devices['Desktop Chrome'] }, testMatch: OWN_INSTANCES, workers: 1 },
    { name: 'desktop', use: { ...devices['Desktop Chrome'] }, testIgnore: OWN_INSTANCES, workers: 1 },
    // The newsroom is a desktop tool; its flows, the attack suite (which is not about the
    // screen) and the pipeline's walk (whose registration can be sent once) run once, in the
    // desktop project; pipeline-screens.spec.ts looks at the same screens on the phone.
    // Phone runs after desktop: one lane for the shared server, whose stories and sections
    // the desktop flows change.
    {
      name: 'phone',
      use: { ...devices['Pixel 7'], defaultBrowserType: 'chromium' },
      testIgnore: [/(newsroom.*|attacks|pipeline-walk)\.spec\.ts/, OWN_INSTANCES],
      dependencies: ['desktop'],
      workers: 1,
    },
  ],
  webServer: {
    command: `rm -rf ${dataRoot} && tsx prisma/scripts/with-db.ts -- sh -c "next build && next start -p ${PORT}"`,
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
