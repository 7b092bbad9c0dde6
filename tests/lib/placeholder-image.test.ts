// @vitest-environment node
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import sharp, { type Sharp } from 'sharp';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  PLACEHOLDER_XMP_NAMESPACE,
  buildPlaceholderXmp,
  isPlaceholderImage,
  readImageFacts,
} from '@/lib/placeholder-image';
import { ILLUSTRATIONS, writeIllustration } from '@/scripts/draw-illustrations';

let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'placeholder-image-'));
});

afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

function plainJpeg(width: number, height: number): Sharp {
  return sharp({ create: { width, height, channels: 3, background: '#6699aa' } }).jpeg();
}

function xmpPacket(description: string): Buffer {
  return Buffer.from(
    `<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">${description}</rdf:RDF></x:xmpmeta>`,
  );
}

describe('readImageFacts', () => {
  it('reports an illustration from the drawing script as a placeholder, at its full size', async () => {
    const illustration = ILLUSTRATIONS.find((item) => item.name === 'jinfeng-laboratory.jpg');
    if (!illustration) throw new Error('illustration missing from the list');
    const file = path.join(dir, illustration.name);
    await writeIllustration(illustration, file);

    await expect(readImageFacts(file)).resolves.toEqual({ width: 1920, height: 1280, isPlaceholder: true });
  });

  it('reports a plain JPEG as a real photo', async () => {
    const file = path.join(dir, 'photo.jpg');
    await plainJpeg(640, 480).toFile(file);

    await expect(readImageFacts(file)).resolves.toEqual({ width: 640, height: 480, isPlaceholder: false });
  });

  it('reports a sideways camera photo with its displayed width and height', async () => {
    const file = path.join(dir, 'portrait.jpg');
    // Stored landscape, EXIF orientation 6: shown rotated, so portrait.
    await plainJpeg(300, 200).withMetadata({ orientation: 6 }).toFile(file);

    await expect(readImageFacts(file)).resolves.toMatchObject({ width: 200, height: 300 });
  });

  it('names the file when it cannot be read as an image', async () => {
    const file = path.join(dir, 'broken.jpg');
    await writeFile(file, 'not an image');

    await expect(readImageFacts(file)).rejects.toThrow(`${file}: cannot read image`);
  });
});

describe('isPlaceholderImage', () => {
  it('finds the marker written by buildPlaceholderXmp', () => {
    expect(isPlaceholderImage({ xmp: Buffer.from(buildPlaceholderXmp({ title: 'Test & <title>' })) })).toBe(true);
  });

  it('finds the marker after a tool has rewritten it with another prefix, as an element', () => {
    const xmp = xmpPacket(
      `<rdf:Description rdf:about="" xmlns:ph="${PLACEHOLDER_XMP_NAMESPACE}"><ph:placeholder>True</ph:placeholder></rdf:Description>`,
    );
    expect(isPlaceholderImage({ xmp })).toBe(true);
  });

  it('is false without XMP', () => {
    expect(isPlaceholderImage({})).toBe(false);
  });

  it('is false for XMP from a camera or photo editor', () => {
    const xmp = xmpPacket(
      '<rdf:Description rdf:about="" xmlns:xmp="http://ns.adobe.com/xap/1.0/" xmp:CreatorTool="Camera" xmp:placeholder="True"/>',
    );
    expect(isPlaceholderImage({ xmp })).toBe(false);
  });

  it('is false when the marker says False', () => {
    const xmp = xmpPacket(
      `<rdf:Description rdf:about="" xmlns:scf="${PLACEHOLDER_XMP_NAMESPACE}" scf:placeholder="False"/>`,
    );
    expect(isPlaceholderImage({ xmp })).toBe(false);
  });
});
