import type { Page } from '@playwright/test';

/**
 * Collects what a reader's browser would complain about while a page is open:
 * console errors, uncaught exceptions, requests that fail and responses with
 * an error status. The one expected failure, the 404 status of a 404 page's
 * own document, is left out by passing its address.
 */
export function watchForProblems(page: Page, options: { expectedMissing?: string } = {}): () => string[] {
  const problems: string[] = [];
  const expectedMissing = options.expectedMissing ? new URL(options.expectedMissing, 'http://localhost') : null;
  const isExpectedMissing = (url: string) => {
    if (!expectedMissing) return false;
    return new URL(url).pathname === expectedMissing.pathname;
  };

  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const location = message.location().url;
    // Chromium reports the 404 document it was asked to load as a console error.
    if (location && isExpectedMissing(location) && /status of 404/.test(message.text())) return;
    problems.push(`console error: ${message.text()}${location ? ` (${location})` : ''}`);
  });
  page.on('pageerror', (error) => problems.push(`uncaught exception: ${error.message}`));
  page.on('requestfailed', (request) =>
    problems.push(`request failed: ${request.url()} (${request.failure()?.errorText ?? 'unknown error'})`),
  );
  page.on('response', (response) => {
    if (response.status() < 400) return;
    if (response.status() === 404 && isExpectedMissing(response.url())) return;
    problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  return () => [...problems];
}

/**
 * Scrolls to the bottom and back, so that lazy images load (and any that fail
 * are reported), then waits until every image has finished loading.
 */
export async function loadWholePage(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const step = Math.max(window.innerHeight, 400);
    for (let y = 0; y < document.documentElement.scrollHeight; y += step) {
      window.scrollTo(0, y);
      await new Promise((resolve) => requestAnimationFrame(() => resolve(null)));
    }
    window.scrollTo(0, 0);
  });
  await page.waitForFunction(() => [...document.images].every((image) => image.complete));
  await page.waitForLoadState('networkidle');
}
