import { describe, expect, it } from 'vitest';
import type { Investments } from '@/lib/content/schema';
import { layoutInvestmentChart, wrap } from '@/lib/investment-chart';

const investments: Investments = {
  title: 'Planned investment',
  total: { label: 'The 11 projects started together', yuan: 35_150_000_000, source: 'projects#p2' },
  parts: [
    { label: 'Shiban Health Industrial Park', yuan: 6_000_000_000, source: 'projects#p3' },
    { label: 'Science City campus of Chongqing Fourth People’s Hospital', yuan: 2_500_000_000, source: 'projects#p4' },
  ],
};

describe('layoutInvestmentChart', () => {
  const { rows, height, barHeight } = layoutInvestmentChart(investments, 'en', 'of which');

  it('draws the total first, full length, and each part as its share of it', () => {
    expect(rows.map((row) => [row.kind, row.amount, Number(row.share.toFixed(4))])).toEqual([
      ['total', '35.15 billion yuan', 1],
      ['part', '6 billion yuan', 0.1707],
      ['part', '2.5 billion yuan', 0.0711],
    ]);
  });

  it('says “of which” before each part, and puts an amount inside a bar only when the bar is long', () => {
    expect(rows[1]?.label).toBe('of which: Shiban Health Industrial Park');
    expect(rows.map((row) => row.amountInside)).toEqual([true, false, false]);
  });

  it('stacks the rows without overlap and makes the chart as tall as its rows', () => {
    for (let i = 1; i < rows.length; i++) {
      const previous = rows[i - 1];
      const row = rows[i];
      if (!previous || !row) continue;
      expect(row.labelY[0]).toBeGreaterThan(previous.barY + barHeight);
      expect(row.barY).toBeGreaterThan(row.labelY.at(-1) ?? 0);
    }
    expect(height).toBe((rows.at(-1)?.barY ?? 0) + barHeight);
  });
});

describe('wrap', () => {
  it('breaks English at spaces and Chinese anywhere, within the width', () => {
    expect(wrap('of which: Science City campus of Chongqing Fourth People’s Hospital', 'en', 40)).toEqual([
      'of which: Science City campus of',
      'Chongqing Fourth People’s Hospital',
    ]);
    expect(wrap('其中：重庆市第四人民医院科学城院区', 'zh', 10)).toEqual(['其中：重庆市第四人民', '医院科学城院区']);
  });

  it('keeps a word longer than a line whole, on its own line', () => {
    expect(wrap('a supercalifragilistic word', 'en', 10)).toEqual(['a', 'supercalifragilistic', 'word']);
  });
});
