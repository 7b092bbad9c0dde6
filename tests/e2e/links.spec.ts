import { expect, test } from '@playwright/test';
import { LinkChecker, LinkState } from 'linkinator';
import { getSitePages } from '@/lib/site-pages';

/*
 * linkinator crawls the running site from every page: every link, image,
 * stylesheet and script on our own host must answer, and every `#fragment`
 * must name an element on its page. Other hosts are skipped: there is no
 * internet here, and their health is not ours to gate on.
 */

test('no page links to a missing page, image, file or fragment', async ({ baseURL }) => {
  test.setTimeout(180_000);
  const origin = new URL(baseURL as string).origin;
  const starts = (await getSitePages()).map((page) => `${origin}${page.path}`);
  const result = await new LinkChecker().check({
    path: starts,
    recurse: true,
    checkFragments: true,
    concurrency: 8,
    timeout: 20_000,
    linksToSkip: async (link) => new URL(link, origin).origin !== origin,
  });
  const broken = result.links
    .filter((link) => link.state === LinkState.BROKEN)
    .map((link) => `${link.url} (status ${link.status ?? 'none'}) linked from ${link.parent ?? 'the start list'}`);
  expect(broken).toEqual([]);
  const checked = result.links.filter((link) => link.state === LinkState.OK).length;
  expect(checked, 'links checked').toBeGreaterThan(starts.length);
});
