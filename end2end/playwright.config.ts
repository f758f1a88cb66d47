import { defineConfig } from '@playwright/test';

// The real release server on a free port (chosen by `make e2e`) with a fresh SQLite file,
// driven by Debian's Chromium at a phone's width, with JavaScript on and off.
const port = Number(process.env.E2E_PORT || 3917);
const data = process.env.E2E_DATA || '/tmp/vagval-e2e';

export default defineConfig({
  testDir: './tests',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    viewport: { width: 360, height: 780 },
    isMobile: true,
    hasTouch: true,
    deviceScaleFactor: 2,
    locale: 'sv-SE',
    trace: 'off',
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--disable-gpu',
        '--disable-dev-shm-usage',
        '--no-first-run',
      ],
    },
  },
  projects: [
    { name: 'js', use: { javaScriptEnabled: true } },
    { name: 'no-js', use: { javaScriptEnabled: false } },
  ],
  webServer: {
    // The server's log goes to a file that `make e2e` searches for panics afterwards.
    command: `sh -c 'exec ../target/release/server >>"${data}/server.log" 2>&1'`,
    url: `http://127.0.0.1:${port}/healthz`,
    reuseExistingServer: false,
    timeout: 60_000,
    stdout: 'ignore',
    stderr: 'pipe',
    env: {
      VAGVAL_ADDR: `127.0.0.1:${port}`,
      VAGVAL_DATABASE_URL: `sqlite://${data}/e2e.db`,
      VAGVAL_SECRET_KEY_FILE: `${data}/secret.key`,
      VAGVAL_SITE_ROOT: '../target/site',
      VAGVAL_DEMO: '1',
      VAGVAL_LOG: 'warn',
      // Generous limits: the suite signs in hundreds of times from one address. The
      // throttle's own behaviour is tested over HTTP with its own limits.
      VAGVAL_THROTTLE_ACCOUNT: '1000',
      VAGVAL_THROTTLE_ADDRESS: '10000',
    },
  },
});
