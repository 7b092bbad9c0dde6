// @vitest-environment node
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { publisherLogo } from '@/lib/seo/social-images';
import { buildSocialImages } from '@/scripts/build-social-images';

let root: string;
let sourceDir: string;
let outDir: string;
let logoSource: string;

beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'build-social-images-'));
  sourceDir = path.join(root, 'images');
  outDir = path.join(root, 'public', 'img', 'social');
  logoSource = path.join(root, 'icon.svg');
  await mkdir(sourceDir);
  await writeFile(
    logoSource,
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" fill="#a8211a"/></svg>',
  );
});

afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

async function addSource(name: string, width: number, height: number): Promise<void> {
  await sharp({ create: { width, height, channels: 3, background: '#88aa99' } })
    .jpeg()
    .toFile(path.join(sourceDir, name));
}

async function sizeOf(name: string): Promise<[number, number, string]> {
  const { width, height, format } = await sharp(path.join(outDir, name)).metadata();
  return [width, height, format];
}

describe('buildSocialImages', () => {
  it('crops every image to 1200×630 and to 16:9, 4:3 and 1:1 at 1200 px wide, as JPEG', async () => {
    await addSource('lake.jpg', 1920, 1280);
    const summary = await buildSocialImages({ sourceDir, outDir, logoSource });
    expect(summary).toMatchObject({ images: 1, written: 5, skipped: 0, enlarged: [] });
    expect(await sizeOf('lake-1200x630.jpg')).toEqual([1200, 630, 'jpeg']);
    expect(await sizeOf('lake-1200x675.jpg')).toEqual([1200, 675, 'jpeg']);
    expect(await sizeOf('lake-1200x900.jpg')).toEqual([1200, 900, 'jpeg']);
    expect(await sizeOf('lake-1200x1200.jpg')).toEqual([1200, 1200, 'jpeg']);
  });

  it('draws the publisher logo as a PNG of the declared size', async () => {
    await buildSocialImages({ sourceDir, outDir, logoSource });
    expect(await sizeOf(path.basename(publisherLogo.path))).toEqual([publisherLogo.width, publisherLogo.height, 'png']);
  });

  it('does nothing the second time, and removes the crops of a deleted image', async () => {
    await addSource('lake.jpg', 1920, 1280);
    await addSource('map.jpg', 1920, 1280);
    await buildSocialImages({ sourceDir, outDir, logoSource });
    expect(await buildSocialImages({ sourceDir, outDir, logoSource })).toMatchObject({ written: 0, skipped: 9 });

    await rm(path.join(sourceDir, 'map.jpg'));
    expect(await buildSocialImages({ sourceDir, outDir, logoSource })).toMatchObject({ removed: 4 });
    expect((await readdir(outDir)).sort()).toEqual([
      'lake-1200x1200.jpg',
      'lake-1200x630.jpg',
      'lake-1200x675.jpg',
      'lake-1200x900.jpg',
      'logo.png',
    ]);
  });

  it('enlarges an image smaller than a crop, and says so', async () => {
    await addSource('small.jpg', 800, 600);
    const { enlarged } = await buildSocialImages({ sourceDir, outDir, logoSource });
    expect(enlarged).toHaveLength(4);
    expect(enlarged[0]).toContain('small.jpg');
    expect(await sizeOf('small-1200x1200.jpg')).toEqual([1200, 1200, 'jpeg']);
  });
});
