import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/*
 * Content fixtures: tests/fixtures/content/base/ is a small valid site (both
 * front pages, one section, a glossary); each other folder there is a case
 * that adds files to it or replaces some of its files (or removes some, listed
 * in its remove.txt), and holds the report
 * `npm run content:check` gives for it in expected.txt.
 */
export const contentFixtures = path.join(process.cwd(), 'tests/fixtures/content');

/** The case folders, in name order. */
export function fixtureCases(): string[] {
  return readdirSync(contentFixtures, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && entry.name !== 'base')
    .map((entry) => entry.name)
    .sort();
}

/** Copies the base site and then the case over it into a new folder (a fresh temporary one unless given); returns it. */
export function materialiseFixture(name: string, into = mkdtempSync(path.join(tmpdir(), `content-${name}-`))): string {
  cpSync(path.join(contentFixtures, 'base'), into, { recursive: true });
  const overlay = path.join(contentFixtures, name);
  if (!existsSync(overlay)) throw new Error(`no content fixture named ${name}`);
  const own = new Set(['expected.txt', 'remove.txt']);
  cpSync(overlay, into, { recursive: true, filter: (source) => !own.has(path.basename(source)) });
  // remove.txt lists files of the base the case takes away, one path a line (such as en/index.md).
  const removals = path.join(overlay, 'remove.txt');
  if (existsSync(removals)) {
    for (const line of readFileSync(removals, 'utf8').split('\n').filter(Boolean)) rmSync(path.join(into, line.trim()));
  }
  return into;
}
