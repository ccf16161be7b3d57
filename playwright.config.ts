// End-to-end tests: Debian's Chromium against `next build && next start`, in the embedded
// database mode a newcomer gets (a fresh data folder each run): the desktop project on port
// 3100, the phone project on 3101 (the same build, a database of its own).
import { defineConfig, devices } from '@playwright/test';
import { desktopData, E2E_PORT as PORT, phoneData, serverCommand, serverEnv } from './tests/e2e/servers';

// The phone project has a server of its own (the same build, its own embedded database),
// so it runs beside the desktop project instead of after it.
const PHONE_PORT = PORT + 1;
// CI builds ahead (tests/e2e/prebuild.ts, beside the unit and integration tests).
const prebuilt = process.env.E2E_PREBUILT === '1';
// Suites that start their own instances of the build (tests/e2e/support.ts).
const OWN_INSTANCES = /(scale-out|faults|startup)\.spec\.ts/;

export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 30_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  // Three lanes, each on data of its own: the desktop suites on the e2e server, the phone
  // suites on a second server of the same build, and the suites that start their own
  // instances on their own databases (which spend most of their time waiting on a job or a
  // restart).
  workers: 3,
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
    // shared with the e2e servers, so they run beside the other lanes.
    { name: 'instances', use: { ...devices['Desktop Chrome'] }, testMatch: OWN_INSTANCES, workers: 1 },
    { name: 'desktop', use: { ...devices['Desktop Chrome'] }, testIgnore: OWN_INSTANCES, workers: 1 },
    // The newsroom is a desktop tool; its flows, the attack suite (which is not about the
    // screen) and the pipeline's and council's walks (a registration is sent, a dossier decided, once) run once, in the
    // desktop project; pipeline-screens.spec.ts looks at the same screens on the phone.
    // The phone's server is not the one whose stories and sections the desktop flows change.
    {
      name: 'phone',
      use: { ...devices['Pixel 7'], defaultBrowserType: 'chromium', baseURL: `http://127.0.0.1:${PHONE_PORT}` },
      testIgnore: [/(newsroom.*|attacks|pipeline-walk|council-walk)\.spec\.ts/, OWN_INSTANCES],
      workers: 1,
    },
  ],
  // Started in order: the first builds, the second starts once the first answers.
  webServer: [server(PORT, desktopData, prebuilt ? 'next start' : 'next build && next start'), server(PHONE_PORT, phoneData, 'next start')],
});

function server(port: number, data: string, run: string) {
  return {
    command: serverCommand(data, `${run} -p ${port}`),
    url: `http://127.0.0.1:${port}/`,
    timeout: 420_000,
    reuseExistingServer: !process.env.CI,
    stdout: 'pipe' as const,
    env: serverEnv(port, data),
  };
}
