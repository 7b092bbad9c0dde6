/**
 * Marks English translations as up to date with their Chinese originals:
 * writes the original's current version, block by block (a short hash of
 * each paragraph, heading and figure, and one of the front matter's words),
 * into each English file's `originalVersion`. Run it after bringing a translation up to date; until
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
import { VFile } from 'vfile';
import { decodeContentFile, notUtf8Reason } from '../lib/content/encoding';
import { contentRoot } from '../lib/content/load';
import { parseMarkdown } from '../lib/content/markdown';
import { originalRecord, withOriginalVersion } from '../lib/content/translation';
import { originalLocale } from '../lib/i18n';

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
  const source = await readUtf8(original, shown);
  await readUtf8(translation, shown);
  const { blocks } = parseMarkdown(new VFile({ path: original, value: source }), originalLocale);
  const version = originalRecord(source, blocks);
  // Written back as read, byte-order mark included, so that only the record's line changes.
  const written = await readFile(translation, 'utf8');
  const updated = withOriginalVersion(written, version);
  if (updated === null) {
    throw new Error(
      `${shown(translation)}: the file has no front matter to record the version in; start it with the --- lines`,
    );
  }
  if (updated !== written) await writeFile(translation, updated);
  const what = updated === written ? 'already records' : 'now records';
  return `${shown(translation)} ${what} the version of each of the ${blocks.length} blocks of ${shown(original)}: it translates the original as it is now`;
}

/** A file's text; throws `path:line:column: …` when it is not UTF-8, as the check would say. */
async function readUtf8(file: string, shown: (file: string) => string): Promise<string> {
  const decoded = decodeContentFile(await readFile(file));
  if (!decoded.ok) throw new Error(`${shown(file)}:${decoded.line}:${decoded.column}: ${notUtf8Reason(decoded)}`);
  return decoded.text;
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
