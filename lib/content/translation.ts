import { createHash } from 'node:crypto';
import { parse } from 'yaml';

/*
 * Translation freshness. Each English file records, in `originalVersion`, a
 * short hash of the Chinese file it translates; the check compares it with
 * the Chinese file as it is now. The hash covers what a translator
 * translates (the words of the body and of the front matter) and leaves out
 * what they do not (`order`, `draft`, `originalVersion`), so moving a section
 * or publishing a draft does not mark its translation as behind.
 */

/** Front-matter fields that are not words to translate; changing them leaves the translation current. */
const untranslatedFields = new Set(['order', 'draft', 'originalVersion']);

const frontMatterPattern = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

/**
 * The version of an original (a Chinese content file's text), as recorded
 * in its translation's `originalVersion`: 12 hex digits of a SHA-256 over
 * its normalised words. Whitespace at line ends, line endings and YAML
 * quoting do not change it; any change of wording does.
 */
export function originalVersion(source: string): string {
  const match = frontMatterPattern.exec(source);
  const fields: unknown = match ? parse(match[1] ?? '') : null;
  const words =
    fields && typeof fields === 'object' && !Array.isArray(fields)
      ? Object.fromEntries(
          Object.entries(fields)
            .filter(([key]) => !untranslatedFields.has(key))
            .sort(([a], [b]) => a.localeCompare(b)),
        )
      : {};
  const body = (match ? source.slice(match[0].length) : source)
    .split(/\r?\n/)
    .map((line) => line.trimEnd())
    .join('\n')
    .trim();
  return createHash('sha256')
    .update(JSON.stringify(words))
    .update('\0')
    .update(body)
    .digest('hex')
    .slice(0, 12);
}

/**
 * A translation's text with `originalVersion` set to `version`: the line is
 * replaced where it is, or added as the front matter's last field. The rest
 * of the file is kept byte for byte, so the change reads as one line in a
 * diff. Returns null when the text has no front matter to write into.
 */
export function withOriginalVersion(translation: string, version: string): string | null {
  const match = frontMatterPattern.exec(translation);
  if (!match) return null;
  const newline = match[0].includes('\r\n') ? '\r\n' : '\n';
  const yaml = match[1] ?? '';
  const line = `originalVersion: "${version}"`;
  const existing = /^originalVersion:.*$/m;
  const updated = existing.test(yaml) ? yaml.replace(existing, line) : `${yaml}${newline}${line}`;
  return `---${newline}${updated}${newline}---${newline}${translation.slice(match[0].length)}`;
}

/** Where a translation stands against its original. */
export type TranslationState = 'current' | 'stale' | 'unrecorded';

/**
 * Compares the version a translation records with its original's text as it
 * is now: `unrecorded` when the translation records none.
 */
export function translationState(original: string, recorded: string | undefined): TranslationState {
  if (recorded === undefined) return 'unrecorded';
  return recorded === originalVersion(original) ? 'current' : 'stale';
}
