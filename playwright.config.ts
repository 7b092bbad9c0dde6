import { defineConfig, devices } from '@playwright/test';
import { chromiumFlags, chromiumPath } from './scripts/lib/chromium';
import { reportsDir } from './tests/e2e/reports-dir';
import { serverScripts } from './scripts/lib/site-server';
import { e2eServer } from './tests/e2e/servers';

/**
 * End-to-end tests drive Debian's Chromium (`apt-get install chromium`), never
 * a downloaded browser, against the published site in `out/` (`npm run build`
 * first), served by the server E2E_SERVER names: `start` (npm start, the
 * default), `nginx` or `cdn` (tests/e2e/servers.ts), on E2E_PORT.
 */
const port = Number(process.env.E2E_PORT ?? 3999);
const baseURL = `http://localhost:${port}`;

export default defineConfig({
  testDir: 'tests/e2e',
  // Only specs: unit tests of the helpers beside them (*.test.ts) belong to Vitest.
  testMatch: '**/*.spec.ts',
  outputDir: `${reportsDir}/test-results`,
  fullyParallel: true,
  workers: 2,
  // A page test loads, scrolls, photographs and audits a page four times over.
  timeout: 60_000,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  reporter: [['list'], ['html', { open: 'never', outputFolder: `${reportsDir}/playwright` }]],
  use: {
    baseURL,
    launchOptions: { executablePath: chromiumPath, args: chromiumFlags },
  },
  projects: [{ name: `chromium, ${e2eServer}`, use: { ...devices['Desktop Chrome'], channel: undefined } }],
  webServer: {
    command: `node_modules/.bin/tsx ${serverScripts[e2eServer]}`,
    url: `${baseURL}/zh`,
    reuseExistingServer: false,
    timeout: 60_000,
    // The CDN runtime starts children of its own: let them stop with it.
    gracefulShutdown: { signal: 'SIGTERM', timeout: 5_000 },
    env: { PORT: String(port), NEXT_TELEMETRY_DISABLED: '1', WRANGLER_SEND_METRICS: 'false' },
  },
});
