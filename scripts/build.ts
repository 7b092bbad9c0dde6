import { spawnSync } from 'node:child_process';
import { lstat, mkdir, readdir, readlink, rename, rm, symlink } from 'node:fs/promises';
import path from 'node:path';
import { publish } from '@/lib/publication/publish';

/*
 * `npm run build`: Next exports the site into a fresh folder under
 * `.publish/`, the publication step finishes it there, and only then is
 * `out` swapped to it, in one rename of a symbolic link. A server pointed at
 * `out` serves the old site or the new one, never a mix; a failed build
 * leaves `out` as it was. The previous publication is kept for requests
 * still reading it; older ones are removed.
 */

const root = process.cwd();
// PUBLISH_LINK names another link than `out`, for a test's build beside the real one; each has its own publications.
const outLink = path.join(root, process.env.PUBLISH_LINK ?? 'out');
const publishRoot = path.join(root, '.publish', path.basename(outLink));
const id = new Date().toISOString().replace(/[-:.]/g, '').replace('T', '-').slice(0, 15) + `-${process.pid}`;
const staging = path.join(publishRoot, id);
const siteDir = path.join(staging, 'site');

if (!process.env.SITE_URL) {
  console.log('build: SITE_URL is not set, so absolute URLs use http://localhost:3000; set it for a deployment.');
}

await mkdir(staging, { recursive: true });
try {
  const next = spawnSync(path.join(root, 'node_modules/.bin/next'), ['build'], {
    stdio: 'inherit',
    env: { ...process.env, NEXT_EXPORT_DIR: path.relative(root, siteDir), NEXT_TELEMETRY_DISABLED: '1' },
  });
  if (next.status !== 0) throw new Error(`next build failed (exit ${next.status ?? next.signal})`);
  const publication = await publish(siteDir);
  await swapLink(siteDir, outLink);
  console.log(
    `build: published ${path.relative(root, siteDir)} as ${path.relative(root, outLink)}/ ` +
      `(${publication.headerRules.length} header rules, ${publication.redirects.length} redirects)`,
  );
} catch (error) {
  await rm(staging, { recursive: true, force: true });
  console.error(`build: ${error instanceof Error ? error.message : String(error)}`);
  console.error(`build: nothing was published; ${path.relative(root, outLink)}/ is unchanged.`);
  process.exit(1);
}
await prune();

/** Points `link` at `target` in one step: a new link is made beside it and renamed over it. */
async function swapLink(target: string, link: string) {
  const existing = await lstat(link).catch(() => null);
  if (existing && !existing.isSymbolicLink()) {
    // An `out/` folder from an older kind of build: set it aside once; the link takes its place.
    await rename(link, path.join(publishRoot, `replaced-${id}`));
  }
  const temporary = `${link}.${process.pid}.tmp`;
  await rm(temporary, { force: true });
  await symlink(path.relative(path.dirname(link), target), temporary);
  await rename(temporary, link);
}

/** Keeps the publication `out` points at and the one before it. */
async function prune() {
  const current = path.basename(path.dirname(path.resolve(path.dirname(outLink), await readlink(outLink))));
  const all = (await readdir(publishRoot)).sort();
  const keep = new Set([current, all.filter((name) => name !== current && name < current).at(-1)]);
  await Promise.all(
    all
      .filter((name) => !keep.has(name))
      .map((name) => rm(path.join(publishRoot, name), { recursive: true, force: true })),
  );
}
