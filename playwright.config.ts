import { defineConfig, devices } from '@playwright/test';
import { chromiumFlags, chromiumPath } from './tests/e2e/chromium';
import { reportsDir } from './tests/e2e/reports-dir';

/**
 * End-to-end tests drive Debian's Chromium (`apt-get install chromium`), never
 * a downloaded browser, against `next start` of the production build. Build
 * first (`npm run build`). `E2E_PORT` and `NEXT_DIST_DIR` let several runs
 * share a machine and a checkout; reports then go to `reports/<name>/` for a
 * build in `.next-<name>` (see tests/e2e/reports-dir.ts).
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
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], channel: undefined } }],
  webServer: {
    command: `node_modules/.bin/next start -p ${port}`,
    url: `${baseURL}/zh`,
    reuseExistingServer: false,
    timeout: 60_000,
    // Merged with the environment, so NEXT_DIST_DIR reaches the server.
    env: { NEXT_TELEMETRY_DISABLED: '1' },
  },
});
