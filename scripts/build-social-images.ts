/**
 * Renders the images that link previews and search engines use: for every
 * source in `content/images/`, the crops in `lib/seo/social-images.ts`
 * (`public/img/social/<stem>-<width>x<height>.jpg`), and the publisher's logo
 * as a PNG from `app/icon.svg`. Runs before `dev` and `build`, after
 * `build-images.ts`; everything it writes is derived and git-ignored.
 *
 * Usage: tsx scripts/build-social-images.ts [--force]
 */
import { mkdir, readdir, readFile, rename, stat, unlink } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import sharp, { type Sharp } from 'sharp';
import { SOURCE_EXTENSIONS } from './build-images';
import { publisherLogo, socialCrops, socialImageName, type SocialCropName } from '../lib/seo/social-images';

const TEMP_MARK = '.tmp-';
const DERIVATIVE = /^.+-\d+x\d+\.jpg$/;

export type BuildSocialImagesOptions = {
  sourceDir: string;
  outDir: string;
  /** The SVG drawn as the publisher's logo. */
  logoSource: string;
  force?: boolean;
};

export type BuildSocialImagesSummary = {
  images: number;
  written: number;
  skipped: number;
  removed: number;
  /** Sources smaller than a crop: enlarged, so they will look soft. Paths, for the warning. */
  enlarged: string[];
};

/**
 * Writes every crop that is missing or older than its source, and the logo,
 * and removes crops whose source is gone, so a second run is nearly free and
 * `outDir` always matches `sourceDir`.
 *
 * The crop keeps the most detailed region (sharp's "attention" strategy)
 * rather than the centre: a news photo's subject is often off-centre. A
 * source smaller than a crop is enlarged rather than refused, because a
 * preview that is soft is better than a build that fails; the CLI warns.
 */
export async function buildSocialImages({
  sourceDir,
  outDir,
  logoSource,
  force = false,
}: BuildSocialImagesOptions): Promise<BuildSocialImagesSummary> {
  const names = (await readdir(sourceDir))
    .filter((name) => SOURCE_EXTENSIONS.includes(path.extname(name).toLowerCase()))
    .sort();
  await mkdir(outDir, { recursive: true });
  const summary: BuildSocialImagesSummary = { images: names.length, written: 0, skipped: 0, removed: 0, enlarged: [] };
  const expected = new Set<string>();

  for (const name of names) {
    const source = path.join(sourceDir, name);
    const stem = path.basename(name, path.extname(name));
    const sourceTime = (await stat(source)).mtimeMs;
    const outdated: SocialCropName[] = [];
    for (const crop of Object.keys(socialCrops) as SocialCropName[]) {
      const file = socialImageName(stem, crop);
      expected.add(file);
      if (!force && ((await stat(path.join(outDir, file)).catch(() => null))?.mtimeMs ?? -1) >= sourceTime) {
        summary.skipped += 1;
      } else {
        outdated.push(crop);
      }
    }
    if (outdated.length === 0) continue;

    const input = await readFile(source);
    let size: { width: number; height: number };
    try {
      size = (await sharp(input).metadata()).autoOrient;
    } catch (error) {
      throw new Error(`${source}: not a readable image: ${messageOf(error)}`, { cause: error });
    }
    for (const crop of outdated) {
      const { width, height } = socialCrops[crop];
      if (size.width < width || size.height < height) summary.enlarged.push(`${source} (${crop} ${width}×${height})`);
      const pipeline = sharp(input)
        .autoOrient()
        .resize({ width, height, fit: 'cover', position: sharp.strategy.attention })
        .jpeg({ quality: 82, progressive: true, mozjpeg: true });
      await writeAtomically(pipeline, path.join(outDir, socialImageName(stem, crop)));
      summary.written += 1;
    }
  }

  const logoName = path.basename(publisherLogo.path);
  expected.add(logoName);
  const logoTime = (await stat(logoSource)).mtimeMs;
  if (force || ((await stat(path.join(outDir, logoName)).catch(() => null))?.mtimeMs ?? -1) < logoTime) {
    const svg = await readFile(logoSource);
    // A high density so the vector is drawn at full size, not scaled up from 32 px.
    const pipeline = sharp(svg, { density: 1200 })
      .resize(publisherLogo.width, publisherLogo.height)
      .png({ compressionLevel: 9 });
    await writeAtomically(pipeline, path.join(outDir, logoName));
    summary.written += 1;
  } else {
    summary.skipped += 1;
  }

  for (const name of await readdir(outDir)) {
    // Only names this script could have written: anything else is not ours to delete.
    const ours = DERIVATIVE.test(name) || name.includes(TEMP_MARK);
    if (!ours || expected.has(name)) continue;
    await unlink(path.join(outDir, name));
    summary.removed += 1;
  }
  return summary;
}

async function writeAtomically(pipeline: Sharp, file: string): Promise<void> {
  // Beside the target, then renamed: an interrupted run never leaves a
  // truncated file that looks up to date.
  const temp = `${file}${TEMP_MARK}${process.pid}`;
  try {
    await pipeline.toFile(temp);
    await rename(temp, file);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw new Error(`${file}: cannot write: ${messageOf(error)}`, { cause: error });
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

async function main(argv: readonly string[]): Promise<void> {
  const root = fileURLToPath(new URL('..', import.meta.url));
  const summary = await buildSocialImages({
    sourceDir: path.join(root, 'content', 'images'),
    outDir: path.join(root, 'public', 'img', 'social'),
    logoSource: path.join(root, 'app', 'icon.svg'),
    force: argv.includes('--force'),
  });
  for (const what of summary.enlarged) {
    console.warn(`warning: ${what}: the image is smaller than the crop and was enlarged; use a larger original`);
  }
  console.log(
    `build-social-images: ${summary.images} images, ${summary.written} files written, ` +
      `${summary.skipped} skipped, ${summary.removed} removed`,
  );
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  main(process.argv.slice(2)).catch((error: unknown) => {
    console.error(messageOf(error));
    process.exitCode = 1;
  });
}
