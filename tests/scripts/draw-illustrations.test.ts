// @vitest-environment node
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildPlaceholderXmp, readImageFacts } from '@/lib/placeholder-image';
import { ILLUSTRATIONS, drawIllustrations, writeIllustration, type Illustration } from '@/scripts/draw-illustrations';

let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'draw-illustrations-'));
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

function illustration(name: string): Illustration {
  const found = ILLUSTRATIONS.find((item) => item.name === name);
  if (!found) throw new Error(`${name} missing from ILLUSTRATIONS`);
  return found;
}

describe('writeIllustration', () => {
  it('never overwrites a real photo', async () => {
    const file = path.join(dir, 'science-city-corner.jpg');
    await sharp({ create: { width: 80, height: 60, channels: 3, background: '#336699' } })
      .jpeg()
      .toFile(file);
    const photo = await readFile(file);

    const result = await writeIllustration(illustration('science-city-corner.jpg'), file);

    expect(result.outcome).toBe('skipped');
    expect((await readFile(file)).equals(photo)).toBe(true);
  });

  it('never overwrites a file it cannot read', async () => {
    const file = path.join(dir, 'science-city-corner.jpg');
    await writeFile(file, 'half-uploaded photo');

    const result = await writeIllustration(illustration('science-city-corner.jpg'), file);

    expect(result.outcome).toBe('skipped');
    expect(await readFile(file, 'utf8')).toBe('half-uploaded photo');
  });

  it('replaces an earlier placeholder, and leaves an identical one untouched', async () => {
    const file = path.join(dir, 'jinfeng-software-park.jpg');
    await sharp({ create: { width: 80, height: 60, channels: 3, background: '#336699' } })
      .jpeg()
      .withXmp(buildPlaceholderXmp({ title: 'old drawing' }))
      .toFile(file);

    const first = await writeIllustration(illustration('jinfeng-software-park.jpg'), file);
    const second = await writeIllustration(illustration('jinfeng-software-park.jpg'), file);

    expect(first.outcome).toBe('written');
    expect(second.outcome).toBe('unchanged');
    await expect(readImageFacts(file)).resolves.toEqual({ width: 1920, height: 1280, isPlaceholder: true });
  });
});

describe('drawIllustrations', () => {
  it('draws all six as marked 1920×1280 JPEGs of at most 120 KB', { timeout: 60_000 }, async () => {
    const lines: string[] = [];

    await drawIllustrations(dir, (line) => lines.push(line));

    expect(lines).toHaveLength(6);
    for (const { name } of ILLUSTRATIONS) {
      const file = path.join(dir, name);
      expect((await sharp(file).metadata()).format).toBe('jpeg');
      expect((await readFile(file)).length).toBeLessThanOrEqual(120 * 1024);
      await expect(readImageFacts(file)).resolves.toEqual({ width: 1920, height: 1280, isPlaceholder: true });
    }
  });
});
