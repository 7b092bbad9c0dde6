import { describe, expect, it } from 'vitest';
import { formatQuantity, formatYuan } from '@/lib/format';

const shown = (...args: Parameters<typeof formatQuantity>) => {
  const { before, number, after } = formatQuantity(...args);
  return `${before}${number}${after}`;
};

describe('formatQuantity', () => {
  it('counts in 万 and 亿 in Chinese, in thousands and billions in English', () => {
    expect(shown(170_000, 'zh')).toBe('17万');
    expect(shown(170_000, 'en')).toBe('170,000');
    expect(shown(16_000, 'zh')).toBe('1.6万');
    expect(shown(35_150_000_000, 'zh')).toBe('351.5亿');
    expect(shown(35_150_000_000, 'en')).toBe('35.15 billion');
    expect(shown(327, 'zh')).toBe('327');
  });

  it('keeps the article’s hedges with the number', () => {
    expect(shown(170_000, 'zh', 'nearly')).toBe('近17万');
    expect(shown(170_000, 'en', 'nearly')).toBe('nearly 170,000');
    expect(shown(190, 'zh', 'more-than')).toBe('190余');
    expect(shown(190, 'en', 'more-than')).toBe('190+');
  });
});

describe('formatYuan', () => {
  it('writes amounts as the article does', () => {
    expect(formatYuan(6_000_000_000, 'zh')).toBe('60亿元');
    expect(formatYuan(2_500_000_000, 'en')).toBe('2.5 billion yuan');
  });
});
