// @vitest-environment node
import { mkdir, mkdtemp, readdir, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildImages, formatSummary, getConfiguredWidths } from '@/scripts/build-images';

const widths = [320, 480, 960, 1920];

let sourceDir: string;
let outDir: string;

beforeEach(async () => {
  const root = await mkdtemp(path.join(tmpdir(), 'build-images-'));
  sourceDir = path.join(root, 'images');
  outDir = path.join(root, 'public', 'img');
  await mkdir(sourceDir);
});

afterEach(async () => {
  await rm(path.dirname(sourceDir), { recursive: true, force: true });
});

async function addSource(
  name: string,
  width: number,
  height: number,
  format: 'jpeg' | 'png' = 'jpeg',
): Promise<string> {
  const file = path.join(sourceDir, name);
  await sharp({ create: { width, height, channels: 3, background: '#88aa99' } })
    .toFormat(format)
    .toFile(file);
  return file;
}

async function widthOf(file: string): Promise<number> {
  return (await sharp(file).metadata()).width;
}

describe('buildImages', () => {
  it('writes a WebP for every source and every width', async () => {
    await addSource('lake.jpg', 1000, 500);
    await addSource('map.png', 400, 300, 'png');

    const summary = await buildImages({ sourceDir, outDir, widths });

    expect((await readdir(outDir)).sort()).toEqual([
      'lake-1920.webp',
      'lake-320.webp',
      'lake-480.webp',
      'lake-960.webp',
      'map-1920.webp',
      'map-320.webp',
      'map-480.webp',
      'map-960.webp',
    ]);
    expect(summary).toMatchObject({ images: 2, written: 8, skipped: 0, removed: 0 });
    expect((await sharp(path.join(outDir, 'lake-320.webp')).metadata()).format).toBe('webp');
  });

  it('never upscales: a width beyond the source keeps the source width under the requested name', async () => {
    await addSource('lake.jpg', 1000, 500);

    await buildImages({ sourceDir, outDir, widths });

    expect(await widthOf(path.join(outDir, 'lake-480.webp'))).toBe(480);
    expect(await widthOf(path.join(outDir, 'lake-960.webp'))).toBe(960);
    expect(await widthOf(path.join(outDir, 'lake-1920.webp'))).toBe(1000);
  });

  it('turns a sideways camera photo upright', async () => {
    const file = path.join(sourceDir, 'portrait.jpg');
    await sharp({ create: { width: 600, height: 400, channels: 3, background: '#88aa99' } })
      .jpeg()
      .withMetadata({ orientation: 6 })
      .toFile(file);

    await buildImages({ sourceDir, outDir, widths: [320, 960] });

    const small = await sharp(path.join(outDir, 'portrait-320.webp')).metadata();
    expect([small.width, small.height]).toEqual([320, 480]);
    expect(await widthOf(path.join(outDir, 'portrait-960.webp'))).toBe(400);
  });

  it('skips derivatives that are newer than their source on the next run', async () => {
    await addSource('lake.jpg', 1000, 500);
    await buildImages({ sourceDir, outDir, widths });

    const again = await buildImages({ sourceDir, outDir, widths });

    expect(again).toMatchObject({ written: 0, skipped: 4 });
    expect(again.bytes).toBeGreaterThan(0);
  });

  it('renders again when the source changes', async () => {
    const lake = await addSource('lake.jpg', 1000, 500);
    await addSource('map.png', 400, 300, 'png');
    await buildImages({ sourceDir, outDir, widths });

    const later = new Date(Date.now() + 60_000);
    await utimes(lake, later, later);
    const again = await buildImages({ sourceDir, outDir, widths });

    expect(again).toMatchObject({ written: 4, skipped: 4 });
  });

  it('deletes derivatives whose source or width is gone, and nothing else', async () => {
    const lake = await addSource('lake.jpg', 1000, 500);
    await addSource('map.png', 400, 300, 'png');
    await buildImages({ sourceDir, outDir, widths });
    await writeFile(path.join(outDir, 'README.txt'), 'not a derivative');

    await rm(lake);
    const again = await buildImages({ sourceDir, outDir, widths: [320, 480, 960] });

    expect(again.removed).toBe(5);
    expect((await readdir(outDir)).sort()).toEqual(['README.txt', 'map-320.webp', 'map-480.webp', 'map-960.webp']);
  });

  it('names the file when a source cannot be read', async () => {
    const broken = path.join(sourceDir, 'broken.jpg');
    await writeFile(broken, 'not really a JPEG');

    await expect(buildImages({ sourceDir, outDir, widths })).rejects.toThrow(`${broken}: not a readable image`);
  });

  it('refuses two sources that would share derivative names', async () => {
    await addSource('lake.jpg', 100, 100);
    await addSource('lake.png', 100, 100, 'png');

    await expect(buildImages({ sourceDir, outDir, widths })).rejects.toThrow(
      /lake\.png: has the same name as .*lake\.jpg/,
    );
  });

  it('ignores files that are not images', async () => {
    await addSource('lake.jpg', 100, 100);
    await writeFile(path.join(sourceDir, 'notes.md'), '# notes');

    const summary = await buildImages({ sourceDir, outDir, widths: [320] });

    expect(summary.images).toBe(1);
    expect((await stat(path.join(outDir, 'lake-320.webp'))).isFile()).toBe(true);
  });
});

describe('getConfiguredWidths', () => {
  it('takes every device size and image size from next.config.js', () => {
    expect(getConfiguredWidths()).toEqual([480, 720, 960, 1280, 1600, 1920, 320]);
  });
});

describe('formatSummary', () => {
  it('says what happened in one line', () => {
    expect(formatSummary({ images: 6, written: 42, skipped: 0, removed: 1, bytes: 2_097_152 })).toBe(
      'build-images: 6 images, 42 files written, 0 skipped, 1 removed, 2097152 bytes (2.0 MB) in total',
    );
  });
});
