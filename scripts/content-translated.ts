/**
 * Marks English translations as up to date with their Chinese originals:
 * writes the original's current version into each English file's
 * `originalVersion`. Run it after bringing a translation up to date; until
 * the Chinese file changes again, the check stays quiet and the English page
 * shows no "may be behind" notice.
 *
 * The content root is `content/`, or `CONTENT_DIR` when set.
 *
 * Usage: npm run content:translated -- <slug> [<slug>…]   (index for the front page)
 */
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { contentRoot } from '../lib/content/load';
import { originalVersion, withOriginalVersion } from '../lib/content/translation';

/**
 * Records, in `en/<slug>.md`, the version of `zh/<slug>.md` it translates.
 * Returns the line to print; throws `path: what to do` when it cannot.
 */
export async function markTranslated(root: string, slug: string): Promise<string> {
  const original = path.join(root, 'zh', `${slug}.md`);
  const translation = path.join(root, 'en', `${slug}.md`);
  const shown = (file: string) => path.relative(process.cwd(), file) || file;
  if (!existsSync(original)) {
    throw new Error(
      `${shown(original)}: no such file; name a section written in Chinese (its file name without .md), or index for the front page`,
    );
  }
  if (!existsSync(translation)) {
    throw new Error(`${shown(translation)}: no such file; write the translation first, then mark it`);
  }
  const version = originalVersion(await readFile(original, 'utf8'));
  const text = await readFile(translation, 'utf8');
  const updated = withOriginalVersion(text, version);
  if (updated === null) {
    throw new Error(
      `${shown(translation)}: the file has no front matter to record the version in; start it with the --- lines`,
    );
  }
  if (updated !== text) await writeFile(translation, updated);
  const what = updated === text ? 'already records' : 'now records';
  return `${shown(translation)} ${what} originalVersion ${version}: it translates ${shown(original)} as it is now`;
}

async function main(slugs: readonly string[]): Promise<void> {
  if (slugs.length === 0) {
    console.error('Usage: npm run content:translated -- <slug> [<slug>…]   (such as labs; index for the front page)');
    process.exitCode = 1;
    return;
  }
  const root = contentRoot();
  for (const slug of slugs) {
    try {
      console.log(await markTranslated(root, slug.replace(/\.md$/, '')));
    } catch (error) {
      console.error(error instanceof Error ? error.message : String(error));
      process.exitCode = 1;
    }
  }
}

// Runs only as a CLI, so tests can import `markTranslated` without side effects.
if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  void main(process.argv.slice(2));
}
