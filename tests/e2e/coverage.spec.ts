import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { getSitePages } from '@/lib/site-pages';

/*
 * The page list the other tests walk is derived from the content, so it
 * cannot go stale by hand; this checks it against what the build actually
 * rendered, so a new kind of page (a route the list does not know) fails here
 * instead of going untested.
 */

test('the tested pages are exactly the pages the build rendered', async () => {
  const distDir = process.env.NEXT_DIST_DIR || '.next';
  const manifest = JSON.parse(readFileSync(path.join(distDir, 'prerender-manifest.json'), 'utf8')) as {
    routes: Record<string, { dataRoute: string | null }>;
  };
  // Pages carry an RSC data route; route handlers (the icon, feeds, the sitemap) do not.
  const rendered = Object.entries(manifest.routes)
    .filter(([route, { dataRoute }]) => dataRoute !== null && !route.startsWith('/_'))
    .map(([route]) => route)
    .sort();
  const tested = (await getSitePages()).map((page) => page.path).sort();
  expect(tested).toEqual(rendered);
});
