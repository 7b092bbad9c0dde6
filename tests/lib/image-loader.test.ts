import { describe, expect, it } from 'vitest';
import imageLoader from '@/lib/image-loader';

describe('imageLoader', () => {
  it('points at the pre-rendered WebP for the requested width', () => {
    expect(imageLoader({ src: '/img/jinfeng-laboratory.jpg', width: 960 })).toBe('/img/jinfeng-laboratory-960.webp');
  });

  it('drops any source extension, since every derivative is WebP', () => {
    expect(imageLoader({ src: '/img/map.png', width: 320 })).toBe('/img/map-320.webp');
    expect(imageLoader({ src: '/img/photo.JPEG', width: 480 })).toBe('/img/photo-480.webp');
  });

  it('keeps dots inside the name', () => {
    expect(imageLoader({ src: '/img/site.plan.v2.webp', width: 720 })).toBe('/img/site.plan.v2-720.webp');
  });

  it('ignores quality, because derivatives are encoded once', () => {
    expect(imageLoader({ src: '/img/a.jpg', width: 1280, quality: 40 })).toBe('/img/a-1280.webp');
  });

  it('refuses a src it has no derivatives for', () => {
    expect(() => imageLoader({ src: 'https://example.com/a.jpg', width: 320 })).toThrow(/\/img\/<name>\.jpg/);
    expect(() => imageLoader({ src: '/img/nested/a.jpg', width: 320 })).toThrow();
    expect(() => imageLoader({ src: '/img/no-extension', width: 320 })).toThrow();
  });
});
