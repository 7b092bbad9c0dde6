import { readFileSync, realpathSync } from 'node:fs';
import path from 'node:path';
import type { Publication } from '@/lib/publication/manifest';
import { manifestFileName } from '@/lib/publication/static-server';

/** The publication `out` (or SITE_DIR) points at now: its manifest, or an error saying to build first. */
export function readCurrentPublication(siteLink = path.resolve(process.env.SITE_DIR ?? 'out')): Publication {
  let siteDir: string;
  try {
    siteDir = realpathSync(siteLink);
  } catch {
    throw new Error(`${path.relative(process.cwd(), siteLink)}/ does not exist: run npm run build first.`);
  }
  return JSON.parse(readFileSync(path.join(siteDir, '..', manifestFileName), 'utf8')) as Publication;
}
