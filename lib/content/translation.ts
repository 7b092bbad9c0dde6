import { createHash } from 'node:crypto';
import { parse } from 'yaml';
import { withoutByteOrderMark } from '@/lib/content/encoding';

/*
 * Translation freshness. Each English file records, in `originalVersion`, a
 * short hash of each block of the Chinese file it translates, and one of the
 * words of its front matter (`fm:3be1a0 p1:9c2d4e h1:07aa5f …`); the check
 * compares them with the Chinese file as it is now, so it can say which
 * paragraphs changed. The hashes cover what a translator translates (the
 * words of the body and of the front matter) and leave out what they do not
 * (`order`, `draft`, `only`, `originalVersion`), so moving a section or
 * publishing a draft does not mark its translation as behind. A record of
 * the earlier form, one hash of the whole file, is still read: it says
 * whether the original changed, not where.
 */

/** Front-matter fields that are not words to translate; changing them leaves the translation current. */
const untranslatedFields = new Set(['order', 'draft', 'only', 'originalVersion']);

const frontMatterPattern = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

/**
 * The version of an original (a Chinese content file's text), as recorded
 * in its translation's `originalVersion`: 12 hex digits of a SHA-256 over
 * its normalised words. Whitespace at line ends, line endings and YAML
 * quoting do not change it; any change of wording does.
 */
export function originalVersion(written: string): string {
  const source = withoutByteOrderMark(written);
  const match = frontMatterPattern.exec(source);
  const body = normalised((match ? source.slice(match[0].length) : source).split(/\r?\n/));
  return createHash('sha256')
    .update(JSON.stringify(translatedWords(source)))
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
export function withOriginalVersion(written: string, version: string): string | null {
  // A byte-order mark is kept where it is: the change stays one line.
  const bom = written.startsWith('\uFEFF') ? '\uFEFF' : '';
  const translation = written.slice(bom.length);
  const match = frontMatterPattern.exec(translation);
  if (!match) return null;
  const newline = match[0].includes('\r\n') ? '\r\n' : '\n';
  const yaml = match[1] ?? '';
  const line = `originalVersion: "${version}"`;
  const existing = /^originalVersion:.*$/m;
  const updated = existing.test(yaml) ? yaml.replace(existing, line) : `${yaml}${newline}${line}`;
  return `${bom}---${newline}${updated}${newline}---${newline}${translation.slice(match[0].length)}`;
}

/** Where a translation stands against its original. */
export type TranslationState = 'current' | 'stale' | 'unrecorded';

/** A block of the original as the record knows it: its id (shared with its twins) and its first line. */
export interface BlockPlace {
  id: string;
  line: number;
}

/** What changed in an original since its translation was recorded. */
export interface OriginalChanges {
  /** The ids of the original's blocks that changed or are new, in order. */
  blocks: readonly string[];
  /** Whether the words of its front matter (title, summary, lead…) changed. */
  frontMatter: boolean;
  /** How many recorded blocks are gone from the original. */
  removed: number;
  /** The record is of the earlier form (one hash per file): the original changed, but where is not known. */
  unknown: boolean;
}

export interface Freshness {
  state: TranslationState;
  changes: OriginalChanges;
}

/** Nothing changed: what an original, or a current translation, carries. */
export const noChanges: OriginalChanges = { blocks: [], frontMatter: false, removed: 0, unknown: false };

/** Whether a recorded `originalVersion` is of the earlier form, one hash of the whole file. */
export function isWholeFileVersion(recorded: string): boolean {
  return /^[0-9a-f]{12}$/.test(recorded);
}

/**
 * The record of an original, as a translation keeps it in `originalVersion`:
 * `fm:` and a hash of its front matter's words, then each block's id and a
 * hash of its text. `blocks` are the original's blocks as parsed (their ids
 * and lines), `source` its text.
 */
export function originalRecord(written: string, blocks: readonly BlockPlace[]): string {
  const source = withoutByteOrderMark(written);
  return [`fm:${frontMatterHash(source)}`, ...blockTexts(source, blocks).map(({ id, text }) => `${id}:${shortHash(text)}`)].join(' ');
}

/**
 * Compares what a translation records with its original as it is now, and
 * says which blocks changed. Blocks are matched by their hashes in order
 * (a longest common subsequence), not by id, so a paragraph added to the
 * original marks that paragraph and not every one after it.
 */
export function translationFreshness(written: string, blocks: readonly BlockPlace[], recorded: string | undefined): Freshness {
  if (recorded === undefined) return { state: 'unrecorded', changes: noChanges };
  const source = withoutByteOrderMark(written);
  if (isWholeFileVersion(recorded)) {
    return recorded === originalVersion(source)
      ? { state: 'current', changes: noChanges }
      : { state: 'stale', changes: { ...noChanges, unknown: true } };
  }
  const entries = recorded.split(/\s+/).filter(Boolean).map((entry) => entry.split(':'));
  const frontMatter = entries.find(([id]) => id === 'fm')?.[1] !== frontMatterHash(source);
  const before = entries.filter(([id]) => id !== 'fm').map(([, hash]) => hash ?? '');
  const now = blockTexts(source, blocks).map(({ id, text }) => ({ id, hash: shortHash(text) }));
  const kept = commonSubsequence(before, now.map(({ hash }) => hash));
  const changed = now.filter((_, i) => !kept.has(i)).map(({ id }) => id);
  const removed = Math.max(0, before.length - kept.size - changed.length);
  const changes = { blocks: changed, frontMatter, removed, unknown: false };
  return { state: changed.length > 0 || frontMatter || removed > 0 ? 'stale' : 'current', changes };
}

/** The indexes in `b` of a longest common subsequence of `a` and `b`. */
function commonSubsequence(a: readonly string[], b: readonly string[]): Set<number> {
  const lengths = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      const row = lengths[i] as number[];
      row[j] = a[i] === b[j] ? (lengths[i + 1]?.[j + 1] ?? 0) + 1 : Math.max(lengths[i + 1]?.[j] ?? 0, row[j + 1] ?? 0);
    }
  }
  const kept = new Set<number>();
  let [i, j] = [0, 0];
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      kept.add(j);
      i++;
      j++;
    } else if ((lengths[i + 1]?.[j] ?? 0) >= (lengths[i]?.[j + 1] ?? 0)) i++;
    else j++;
  }
  return kept;
}

/** The front-matter fields a translator translates, in a fixed order; none when the front matter is not a map. */
function translatedWords(source: string): Record<string, unknown> {
  const match = frontMatterPattern.exec(source);
  const fields: unknown = match ? parse(match[1] ?? '') : null;
  if (!fields || typeof fields !== 'object' || Array.isArray(fields)) return {};
  return Object.fromEntries(
    Object.entries(fields)
      .filter(([key]) => !untranslatedFields.has(key))
      .sort(([a], [b]) => a.localeCompare(b)),
  );
}

/** The words of the front matter that a translator translates, hashed. */
function frontMatterHash(source: string): string {
  return shortHash(JSON.stringify(translatedWords(source)));
}

/** Lines as one text, whatever their line ends and trailing spaces. */
function normalised(lines: readonly string[]): string {
  return lines
    .map((line) => line.trimEnd())
    .join('\n')
    .trim();
}

/** Each block's Markdown, from its first line to the next block's, with line ends and trailing spaces normalised. */
function blockTexts(source: string, blocks: readonly BlockPlace[]): { id: string; text: string }[] {
  const lines = source.split(/\r?\n/);
  return blocks.map((block, i) => {
    const end = blocks[i + 1]?.line ?? lines.length + 1;
    return { id: block.id, text: normalised(lines.slice(block.line - 1, end - 1)) };
  });
}

function shortHash(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 6);
}
