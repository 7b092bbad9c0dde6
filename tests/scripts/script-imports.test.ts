// @vitest-environment node
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/** Every import specifier of a TypeScript file. */
function importsOf(source: string): string[] {
  return [...source.matchAll(/(?:^|\n)\s*(?:import|export)\b[^'"]*?from\s+['"]([^'"]+)['"]/g)].map(
    (match) => match[1] ?? '',
  );
}

describe('scripts/', () => {
  it('imports nothing from tests/: the tools stand on their own, the tests lean on them', () => {
    const root = process.cwd();
    const offenders: string[] = [];
    const files = readdirSync(path.join(root, 'scripts'), { recursive: true, encoding: 'utf8' }).filter((file) =>
      /\.tsx?$/.test(file),
    );
    for (const file of files) {
      const absolute = path.join(root, 'scripts', file);
      for (const specifier of importsOf(readFileSync(absolute, 'utf8'))) {
        const target = specifier.startsWith('@/')
          ? path.join(root, specifier.slice(2))
          : specifier.startsWith('.')
            ? path.resolve(path.dirname(absolute), specifier)
            : null;
        if (target && path.relative(root, target).split(path.sep)[0] === 'tests') {
          offenders.push(`scripts/${file} imports ${specifier}`);
        }
      }
    }
    expect(files.length).toBeGreaterThan(5);
    expect(offenders).toEqual([]);
  });
});
