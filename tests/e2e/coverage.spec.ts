import { readdirSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { notFoundRules, urlPathOf } from '@/lib/publication/manifest';
import { getSitePages } from '@/lib/site-pages';

/*
 * The page list the other tests walk is derived from the content, so it
 * cannot go stale by hand; this checks it against what the build actually
 * published, so a new kind of page (a route the list does not know) fails
 * here instead of going untested.
 */

test('the tested pages are exactly the pages the build published', async () => {
  const site = path.resolve(process.env.SITE_DIR ?? 'out');
  const notFoundPages = new Set(notFoundRules().map((rule) => rule.page));
  const published = readdirSync(site, { recursive: true, encoding: 'utf8' })
    .map((file) => file.split(path.sep).join('/'))
    .filter((file) => file.endsWith('.html') && !notFoundPages.has(`/${file}`))
    .map(urlPathOf)
    // `/` is the static page that chooses a language, tested by the front-door tests.
    .filter((urlPath) => urlPath !== '/')
    .sort();
  const tested = (await getSitePages()).map((page) => page.path).sort();
  expect(tested).toEqual(published);
});
