// @vitest-environment node
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, realpathSync, rmSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSite, type SiteUnderTest } from '@/scripts/lib/site-server';

/*
 * Republishing is atomic: a server pointed at a publication link serves the
 * old site or the new one, never a mix, while `npm run build` replaces it.
 * It starts from a copy of the current publication (`out/`, so build first),
 * serves it with `npm start`, builds anew into the same link with another
 * SITE_URL (so every page changes) while requesting pages without pause, and
 * checks that every answer is a complete page, byte for byte the old one or
 * the new one. It costs a build, so it runs only when asked:
 * `npm run test:republish`.
 */
const enabled = Boolean(process.env.REPUBLISH_TEST);
const link = '.out-republish';
const pages = ['/zh', '/en/labs', '/zh/bilingual/labs', '/en/feed.xml', '/sitemap.xml'];
const port = Number(process.env.PORT ?? 3989);

/** A page's bytes as published in a site folder. */
function publishedBytes(siteDir: string, page: string): string {
  return readFileSync(path.join(siteDir, page.endsWith('.xml') ? page : `${page}.html`), 'utf8');
}

describe.runIf(enabled)('republishing while a server serves', () => {
  let site: SiteUnderTest;
  let oldSite = '';
  const answers: { page: string; status: number; body: string }[] = [];
  let build: { status: number | null; output: string } = { status: null, output: '' };

  beforeAll(async () => {
    const current = realpathSync('out');
    const publications = path.resolve('.publish', link);
    rmSync(publications, { recursive: true, force: true });
    rmSync(link, { force: true });
    mkdirSync(publications, { recursive: true });
    const copy = path.join(publications, '00000000-old');
    cpSync(path.dirname(current), copy, { recursive: true });
    oldSite = path.join(copy, 'site');
    symlinkSync(path.relative('.', oldSite), link);

    process.env.SITE_DIR = link;
    site = await startSite('start', port);
    delete process.env.SITE_DIR;

    const child = spawn('npm', ['run', 'build'], {
      env: {
        ...process.env,
        PUBLISH_LINK: link,
        SITE_URL: 'https://republished.example',
        NEXT_TELEMETRY_DISABLED: '1',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const done = new Promise<number | null>((resolve) => child.on('exit', resolve));
    let finished = false;
    void done.then(() => (finished = true));
    // Requests without pause until the build is done, and for a moment after the swap.
    const request = async () => {
      let after = 0;
      while (!finished || after++ < 20) {
        for (const page of pages) {
          const response = await fetch(`${site.origin}${page}`);
          answers.push({ page, status: response.status, body: await response.text() });
        }
        // A breath between rounds, so the build still gets the machine's cores.
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
    };
    await Promise.all([request(), request(), request()]);
    build = { status: await done, output };
  }, 900_000);

  afterAll(async () => {
    await site?.stop();
    rmSync(link, { force: true });
    rmSync(path.resolve('.publish', link), { recursive: true, force: true });
  });

  it('builds and swaps the link to the new publication', () => {
    expect(build.status, build.output).toBe(0);
    expect(realpathSync(link)).not.toBe(realpathSync(oldSite));
  });

  it('answers every request with a whole page, the old one or the new one, and the new one after the swap', () => {
    const newSite = realpathSync(link);
    const mixed: string[] = [];
    for (const { page, status, body } of answers) {
      const isOld = body === publishedBytes(oldSite, page);
      const isNew = body === publishedBytes(newSite, page);
      if (status !== 200 || (!isOld && !isNew)) mixed.push(`${page}: status ${status}, ${body.length} bytes`);
    }
    expect(mixed).toEqual([]);
    expect(answers.length).toBeGreaterThan(pages.length * 10);
    const last = answers.at(-1);
    expect(last && last.body === publishedBytes(newSite, last.page)).toBe(true);
    expect(answers.some(({ page, body }) => body === publishedBytes(oldSite, page))).toBe(true);
  });
});
