import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readingRates } from '@/lib/reading-rates';
import { countReadingUnits, readingMinutes } from '@/lib/reading-time';

describe('countReadingUnits', () => {
  it('counts English by the word, keeping apostrophes and hyphens inside words', () => {
    expect(countReadingUnits('the Science City campus of Chongqing Fourth People’s Hospital', 'words')).toBe(9);
    expect(countReadingUnits('a cross-provincial “one industry, one permit” licence', 'words')).toBe(7);
  });

  it('counts Chinese by the character, leaving out punctuation and taking a number as one', () => {
    // 西部重庆科学城 (7) + 2023 (1) + 年 (1) + 开工 (2) + 11 (1) + 个项目 (3)
    expect(countReadingUnits('西部（重庆）科学城2023年开工11个项目。', 'characters')).toBe(15);
  });
});

describe('readingMinutes', () => {
  const words = (count: number) => Array.from({ length: count }, () => 'word').join(' ');

  it('rounds to the nearest minute at 238 English words a minute, and never says zero', () => {
    expect(readingMinutes(words(10), readingRates.english)).toBe(1);
    expect(readingMinutes(words(238), readingRates.english)).toBe(1);
    expect(readingMinutes(words(595), readingRates.english)).toBe(3);
    expect(readingMinutes(words(700), readingRates.english)).toBe(3);
  });

  it('reads the original article, 2,296 characters as counted, in 9 minutes at 255 a minute', () => {
    const article = readFileSync('tests/fixtures/article.zh.txt', 'utf8');
    expect(countReadingUnits(article, 'characters')).toBe(2296);
    expect(readingMinutes(article, readingRates.chinese)).toBe(9);
  });
});
