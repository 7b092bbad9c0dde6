// @vitest-environment node
import madge from 'madge';
import { describe, expect, it } from 'vitest';

describe('the import graph', () => {
  it('has no cycle among app, components, lib and scripts (what `npm run check:cycles` reports)', async () => {
    const graph = await madge(['app', 'components', 'lib', 'scripts'], {
      fileExtensions: ['ts', 'tsx'],
      tsConfig: 'tsconfig.json',
    });
    expect(graph.circular()).toEqual([]);
  });
});
