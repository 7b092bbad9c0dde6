import { describe, expect, it } from 'vitest';
import { maxHeadlineLength, toHeadline } from '@/lib/seo/headline';

describe('toHeadline', () => {
  it('keeps a title that fits', () => {
    expect(toHeadline('en', 'Reforms pick up speed')).toBe('Reforms pick up speed');
  });

  it('prefers the editor’s own short headline', () => {
    expect(toHeadline('en', 'A very long title '.repeat(10), 'Short')).toBe('Short');
  });

  it('cuts a long English title after the last whole word, keeping hyphenated names whole', () => {
    const title =
      'Western (Chongqing) Science City writes a new chapter of high-quality development in building the Chengdu-Chongqing Economic Circle';
    const headline = toHeadline('en', title);
    expect(headline.length).toBeLessThanOrEqual(maxHeadlineLength);
    expect(headline).toBe(
      'Western (Chongqing) Science City writes a new chapter of high-quality development in building the…',
    );
  });

  it('cuts a long Chinese title between words, not inside one', () => {
    const title = '西部科学城书写推动双城经济圈建设高质量发展新篇章'.repeat(5);
    const headline = toHeadline('zh', title);
    expect(headline.length).toBeLessThanOrEqual(maxHeadlineLength);
    expect(headline.endsWith('…')).toBe(true);
    expect(title.startsWith(headline.slice(0, -1))).toBe(true);
  });

  it('cuts inside a single word longer than the limit rather than return nothing', () => {
    const headline = toHeadline('en', 'x'.repeat(200));
    expect(headline).toBe(`${'x'.repeat(maxHeadlineLength - 1)}…`);
  });
});
