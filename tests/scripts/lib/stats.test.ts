import { describe, expect, it } from 'vitest';
import { median } from '@/scripts/lib/stats';

describe('median', () => {
  it('takes the middle of an odd number of runs, so one slow run does not move it', () => {
    expect(median([98, 12, 99])).toBe(98);
  });

  it('takes the mean of the two middle values of an even number of runs', () => {
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it('is NaN when there are no runs, rather than a made-up figure', () => {
    expect(median([])).toBeNaN();
  });
});
