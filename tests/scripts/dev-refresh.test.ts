// @vitest-environment node
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumFlags, chromiumPath } from '@/scripts/lib/chromium';
import { keepTsconfig } from '@/tests/lib/keep-tsconfig';

/*
 * `npm run dev`: saving a content file refreshes the open page, with no
 * reload and no restart (lib/content/watch-content.ts). It runs a real dev
 * server and edits content/zh/labs.md for a few seconds (restoring it after),
 * since only content/ is watched; so it runs only when asked, in a checkout
 * nobody else is using: `npm run test:dev-refresh`. DEV_REFRESH_PORT and
 * NEXT_DIST_DIR let it run beside other servers and builds.
 */
const enabled = Boolean(process.env.DEV_REFRESH_TEST);
const port = Number(process.env.DEV_REFRESH_PORT ?? 3401);
const base = `http://localhost:${port}`;
const file = path.join(process.cwd(), 'content/zh/labs.md');

let server: ChildProcess | null = null;
/** What the dev server printed. */
let terminal = '';
let browser: Browser | null = null;

async function waitForServer(): Promise<void> {
  for (let i = 0; i < 240; i++) {
    try {
      if ((await fetch(`${base}/zh/labs`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`next dev did not answer on ${base} within 2 minutes`);
}

/** The report's line for the `order` mistake the tests make in content/zh/labs.md. */
const orderError = /zh\/labs\.md:\d+:\d+: error: field "order"/;
const timesPrinted = (text: string) => text.split(new RegExp(orderError, 'g')).length - 1;
const withOrderError = (text: string) => text.replace(/^order: 1$/m, 'order: one');

describe.runIf(enabled)('npm run dev', () => {
  let restoreTsconfig: () => void = () => {};
  const original = readFileSync(file, 'utf8');

  beforeAll(async () => {
    restoreTsconfig = keepTsconfig();
    // The server starts on a file with errors: no content has loaded yet (the first test fixes it).
    writeFileSync(file, withOrderError(original));
    server = spawn('node_modules/.bin/next', ['dev', '-p', String(port)], {
      env: {
        ...process.env,
        NEXT_DIST_DIR: process.env.NEXT_DIST_DIR ?? '.next-dev-refresh',
        NEXT_TELEMETRY_DISABLED: '1',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    server.stdout?.on('data', (chunk: Buffer) => (terminal += chunk.toString()));
    server.stderr?.on('data', (chunk: Buffer) => (terminal += chunk.toString()));
    await waitForServer();
    browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumFlags });
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    server?.kill();
    writeFileSync(file, original);
    restoreTsconfig();
  });

  it('started on a file with errors, shows the editor’s page at every address and the page once the file is fixed', async () => {
    const page = await (browser as Browser).newPage();
    try {
      for (const address of ['/zh/labs', '/en', '/zh-hant/labs', '/zh/bilingual/labs', '/zh/full']) {
        await page.goto(`${base}${address}`, { waitUntil: 'networkidle', timeout: 120_000 });
        await expect.poll(() => page.getByRole('heading', { name: /The content has errors/ }).count()).toBe(1);
        await expect.poll(() => page.getByText(orderError).count()).toBe(1);
      }
      expect(await page.locator('body').innerText()).not.toMatch(/lib\/content\/|\bat \w+ \(/);
      // Five pages with the same mistake: one report in the terminal.
      expect(timesPrinted(terminal)).toBe(1);
      writeFileSync(file, original);
      await page.getByText('凭借一张病理图像').first().waitFor({ timeout: 60_000 });
    } finally {
      writeFileSync(file, original);
    }
  }, 300_000);

  it('shows a saved edit on the open page by itself, without reloading it', async () => {
    const page = await (browser as Browser).newPage();
    await page.goto(`${base}/zh/labs`, { waitUntil: 'networkidle', timeout: 120_000 });
    await page.evaluate(() => {
      (window as Window & { notReloaded?: boolean }).notReloaded = true;
    });
    const edited = '凭借一张病理图像（已保存的修改）';
    try {
      writeFileSync(file, original.replace('凭借一张病理图像', edited));
      await page.getByText(edited).waitFor({ timeout: 30_000 });
      expect(await page.evaluate(() => (window as Window & { notReloaded?: boolean }).notReloaded)).toBe(true);
    } finally {
      writeFileSync(file, original);
    }
  }, 180_000);

  it('shows a content error as the editor’s messages, none of our code, and recovers by itself once the file is fixed', async () => {
    const page = await (browser as Browser).newPage();
    await page.goto(`${base}/zh/labs`, { waitUntil: 'networkidle', timeout: 120_000 });
    const printedBefore = terminal.length;
    try {
      writeFileSync(file, withOrderError(original));
      const message = page.getByText(orderError).first();
      await message.waitFor({ timeout: 60_000 });
      const shown = (await page.locator('body').innerText()) + (await message.innerText());
      expect(shown).not.toMatch(/lib\/content\/load\.ts|\bat readContent\b/);
      // An editor's page of ours, in place of the page (no render fails, so Next has no error to show).
      await expect.poll(() => page.getByRole('heading', { name: /The content has errors/ }).count()).toBe(1);
      // The terminal names the problem, and never prints the files' text.
      await expect.poll(() => terminal.slice(printedBefore), { timeout: 30_000 }).toMatch(orderError);
      // Printed once: not again for another page, nor for each of Next's bundles that read the content.
      await page.goto(`${base}/en/labs`, { waitUntil: 'networkidle', timeout: 120_000 });
      await page.getByText(orderError).first().waitFor({ timeout: 60_000 });
      expect(timesPrinted(terminal.slice(printedBefore))).toBe(1);
      expect(terminal.slice(printedBefore)).not.toContain('凭借一张病理图像');
      expect(terminal.slice(printedBefore)).not.toMatch(/\n\s+at .*lib\/content\//);
      writeFileSync(file, original);
      await page.getByText('Jinfeng Laboratory').first().waitFor({ timeout: 60_000 });
      await expect.poll(() => page.getByText(orderError).count(), { timeout: 30_000 }).toBe(0);
    } finally {
      writeFileSync(file, original);
    }
  }, 180_000);
});
