// End-to-end tests against the release bundle, served by a plain static server under the
// sub-path /plan/ (see tests/e2e/static-server.mjs), in Debian's Chromium.
const { defineConfig } = require('@playwright/test');

const port = Number(process.env.E2E_PORT || 8099);

module.exports = defineConfig({
  testDir: 'tests/e2e',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 2,
  retries: 0,
  reporter: [['list']],
  outputDir: 'test-results',
  use: {
    baseURL: `http://127.0.0.1:${port}/plan/`,
    locale: 'zh-CN',
    acceptDownloads: true,
    launchOptions: {
      executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
      args: [
        '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
        '--disable-background-networking', '--disable-component-update', '--disable-sync',
      ],
    },
  },
  webServer: {
    command: `node tests/e2e/static-server.mjs out/site ${port}`,
    url: `http://127.0.0.1:${port}/plan/`,
    reuseExistingServer: false,
    timeout: 20_000,
  },
});
