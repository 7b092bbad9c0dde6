import { describe, expect, it } from 'vitest';
import { reportsDirFor } from '@/scripts/lib/reports-dir';

describe('reportsDirFor', () => {
  it('reports to reports/ for npm start, the default server', () => {
    expect(reportsDirFor('start')).toBe('reports');
  });

  it('gives every other server its own folder, so the runs of one CI job do not overwrite each other', () => {
    expect(reportsDirFor('nginx')).toBe('reports/nginx');
    expect(reportsDirFor('cdn')).toBe('reports/cdn');
  });
});
