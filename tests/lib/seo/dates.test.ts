import { describe, expect, it } from 'vitest';
import { latestOf, toBeijingIso } from '@/lib/seo/dates';

describe('toBeijingIso', () => {
  it('writes a moment in Beijing time with its +08:00 offset', () => {
    expect(toBeijingIso('2023-03-08T00:00:00Z')).toBe('2023-03-08T08:00:00+08:00');
    expect(toBeijingIso(new Date('2026-11-29T16:30:05+00:00'))).toBe('2026-11-30T00:30:05+08:00');
  });

  it('refuses what is not a date', () => {
    expect(() => toBeijingIso('soon')).toThrow('not a date: "soon"');
  });
});

describe('latestOf', () => {
  it('compares moments, not strings, across offsets', () => {
    expect(latestOf('2023-03-08T08:00:00+08:00', '2023-03-08T01:00:00+00:00')).toBe('2023-03-08T09:00:00+08:00');
  });
});
