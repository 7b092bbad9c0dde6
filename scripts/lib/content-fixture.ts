import { cpSync, existsSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/*
 * Content fixtures: tests/fixtures/content/base/ is a small valid site (both
 * front pages, one section, a glossary); each other folder there is a case
 * that adds files to it or replaces some of its files, and holds the report
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
  cpSync(overlay, into, { recursive: true, filter: (source) => path.basename(source) !== 'expected.txt' });
  return into;
}
