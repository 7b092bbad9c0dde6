import { describe, expect, it } from 'vitest';
import { reportsDirFor } from '@/tests/e2e/reports-dir';

describe('reportsDirFor', () => {
  it('reports to reports/ for the default build folder', () => {
    expect(reportsDirFor(undefined)).toBe('reports');
    expect(reportsDirFor('.next')).toBe('reports');
  });

  it('gives a build in .next-<name> its own folder, so parallel runs do not overwrite each other', () => {
    expect(reportsDirFor('.next-qa')).toBe('reports/qa');
  });
});
