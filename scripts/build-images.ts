/**
 * Renders the responsive WebP derivatives that `lib/image-loader.ts` points
 * `next/image` at: `public/img/<stem>-<width>.webp` for every source in
 * `content/images/` and every width in `next.config.js`.
 *
 * Usage: tsx scripts/build-images.ts [--force]
 */
import { mkdir, readdir, readFile, rename, stat, unlink } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import sharp, { type WebpOptions } from 'sharp';
import { images } from '../next.config.js';

/** File extensions (lower case) treated as source images. */
export const SOURCE_EXTENSIONS: readonly string[] = ['.jpg', '.jpeg', '.png', '.webp'];

// One quality for every derivative: the loader cannot ask for another, so
// `next/image`'s `quality` prop has no effect on this site.
const WEBP_OPTIONS: WebpOptions = { quality: 78, effort: 5 };

const DERIVATIVE = /^(.+)-(\d+)\.webp$/;
const TEMP_MARK = '.tmp-';

export type BuildImagesOptions = {
  sourceDir: string;
  outDir: string;
  widths: readonly number[];
  /** Re-render even derivatives that are newer than their source. */
  force?: boolean;
};

export type BuildImagesSummary = {
  /** Source images found. */
  images: number;
  /** Derivatives rendered in this run. */
  written: number;
  /** Derivatives left alone because they were newer than their source. */
  skipped: number;
  /** Derivatives deleted because their source or width is gone. */
  removed: number;
  /** Size of all derivatives now in the output directory. */
  bytes: number;
};

/**
 * Renders every derivative that is missing or older than its source, and
 * deletes the ones nothing asks for any more, so `outDir` always matches
 * `sourceDir` × `widths` exactly and a second run is nearly free.
 *
 * A derivative wider than its source is rendered at the source width but
 * keeps the requested width in its name: `next/image` may ask for any
 * configured width, and every URL it builds must exist.
 *
 * Throws `path: message` errors naming the file at fault.
 */
export async function buildImages({
  sourceDir,
  outDir,
  widths,
  force = false,
}: BuildImagesOptions): Promise<BuildImagesSummary> {
  const targetWidths = normaliseWidths(widths);
  const sources = await listSources(sourceDir);
  await mkdir(outDir, { recursive: true });

  const expected = new Set<string>();
  const summary: BuildImagesSummary = { images: sources.length, written: 0, skipped: 0, removed: 0, bytes: 0 };

  for (const source of sources) {
    const sourceTime = (await stat(source.path)).mtimeMs;
    const outdated: { width: number; file: string }[] = [];
    for (const width of targetWidths) {
      const file = path.join(outDir, `${source.stem}-${width}.webp`);
      expected.add(path.basename(file));
      const existing = await statOrNull(file);
      // Same test as make: up to date when the target is not older.
      if (!force && existing && existing.mtimeMs >= sourceTime) {
        summary.skipped += 1;
        summary.bytes += existing.size;
      } else {
        outdated.push({ width, file });
      }
    }
    if (outdated.length === 0) continue;

    // Read once; each width decodes from memory (JPEG shrink-on-load keeps
    // the small widths cheap).
    const input = await readSource(source.path);
    const sourceWidth = await orientedWidth(source.path, input);
    const results = await Promise.all(
      outdated.map(({ width, file }) => renderDerivative(input, Math.min(width, sourceWidth), file)),
    );
    for (const size of results) {
      summary.written += 1;
      summary.bytes += size;
    }
  }

  summary.removed = await removeStale(outDir, expected);
  return summary;
}

/** Formats the one line the CLI prints. */
export function formatSummary(summary: BuildImagesSummary): string {
  const megabytes = (summary.bytes / 1024 / 1024).toFixed(1);
  return (
    `build-images: ${summary.images} images, ${summary.written} files written, ` +
    `${summary.skipped} skipped, ${summary.removed} removed, ${summary.bytes} bytes (${megabytes} MB) in total`
  );
}

/**
 * The widths `next/image` can ask the loader for: all device sizes and image
 * sizes from `next.config.js`, the single place they are declared.
 */
export function getConfiguredWidths(): number[] {
  if (!images?.deviceSizes || !images.imageSizes) {
    throw new Error('next.config.js: images.deviceSizes and images.imageSizes must both be set');
  }
  return [...images.deviceSizes, ...images.imageSizes];
}

type Source = { path: string; stem: string };

async function listSources(sourceDir: string): Promise<Source[]> {
  let names: string[];
  try {
    names = await readdir(sourceDir);
  } catch (error) {
    throw new Error(`${sourceDir}: cannot list source images: ${messageOf(error)}`, { cause: error });
  }
  const sources = names
    .filter((name) => SOURCE_EXTENSIONS.includes(path.extname(name).toLowerCase()))
    .sort()
    .map((name) => ({ path: path.join(sourceDir, name), stem: path.basename(name, path.extname(name)) }));

  // `a.jpg` and `a.png` would both become `/img/a-<width>.webp`.
  const byStem = new Map<string, string>();
  for (const source of sources) {
    const other = byStem.get(source.stem);
    if (other) {
      throw new Error(`${source.path}: has the same name as ${other}; rename or remove one of them`);
    }
    byStem.set(source.stem, source.path);
  }
  return sources;
}

function normaliseWidths(widths: readonly number[]): number[] {
  for (const width of widths) {
    if (!Number.isInteger(width) || width <= 0) {
      throw new Error(`next.config.js: image width ${width} is not a positive whole number`);
    }
  }
  return [...new Set(widths)].sort((a, b) => a - b);
}

async function readSource(file: string): Promise<Buffer> {
  try {
    return await readFile(file);
  } catch (error) {
    throw new Error(`${file}: cannot read: ${messageOf(error)}`, { cause: error });
  }
}

async function orientedWidth(file: string, input: Buffer): Promise<number> {
  try {
    // Derivatives are auto-oriented, so "wider than the source" must be
    // judged on the displayed width, not the stored one.
    return (await sharp(input).metadata()).autoOrient.width;
  } catch (error) {
    throw new Error(`${file}: not a readable image: ${messageOf(error)}`, { cause: error });
  }
}

async function renderDerivative(input: Buffer, width: number, file: string): Promise<number> {
  // Write beside the target and rename, so an interrupted run never leaves a
  // truncated file that looks newer than its source and gets skipped forever.
  const temp = `${file}${TEMP_MARK}${process.pid}`;
  try {
    const info = await sharp(input).autoOrient().resize({ width }).webp(WEBP_OPTIONS).toFile(temp);
    await rename(temp, file);
    return info.size;
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw new Error(`${file}: cannot write derivative: ${messageOf(error)}`, { cause: error });
  }
}

async function removeStale(outDir: string, expected: ReadonlySet<string>): Promise<number> {
  let removed = 0;
  for (const name of await readdir(outDir)) {
    // Only touch names this script could have written; anything else in the
    // folder is not ours to delete.
    const ours = DERIVATIVE.test(name) || name.includes(`.webp${TEMP_MARK}`);
    if (!ours || expected.has(name)) continue;
    await unlink(path.join(outDir, name));
    removed += 1;
  }
  return removed;
}

async function statOrNull(file: string): Promise<{ mtimeMs: number; size: number } | null> {
  try {
    return await stat(file);
  } catch {
    return null;
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

async function main(argv: readonly string[]): Promise<void> {
  const root = fileURLToPath(new URL('..', import.meta.url));
  const summary = await buildImages({
    sourceDir: path.join(root, 'content', 'images'),
    outDir: path.join(root, 'public', 'img'),
    widths: getConfiguredWidths(),
    force: argv.includes('--force'),
  });
  console.log(formatSummary(summary));
}

// Runs only as a CLI, so tests can import `buildImages` without side effects.
if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  main(process.argv.slice(2)).catch((error: unknown) => {
    console.error(messageOf(error));
    process.exitCode = 1;
  });
}
