import { existsSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { convertedLocales, profileOf, sourceOf, writtenLocales, type Locale } from '@/lib/i18n';

/** A file or folder under the content root that the site does not read, and what to do about it. */
export interface StrayEntry {
  /** Absolute path. */
  path: string;
  reason: string;
}

/** The image files the site reads from `images/`. */
export const imageFilePattern = /\.(jpe?g|png|webp)$/;

/**
 * Everything under the content root that the site would ignore: a section
 * named `talent.MD` or `talent.md.txt`, a folder no language reads, a
 * document in `images/`. Each would otherwise drop out of the site without a
 * word. Hidden files (`.DS_Store`, `.gitkeep`) are the system's, not an
 * editor's, and are left alone.
 */
export async function findStrayFiles(root: string): Promise<StrayEntry[]> {
  if (!existsSync(root)) return [];
  const written = new Map(writtenLocales.map((locale) => [profileOf(locale).segment, locale]));
  const generated = new Map(convertedLocales.map((locale) => [profileOf(locale).segment, locale]));
  const stray: StrayEntry[] = [];
  for (const entry of await visible(root)) {
    const absolute = path.join(root, entry.name);
    if (entry.isDirectory()) {
      const locale = written.get(entry.name);
      if (locale) stray.push(...(await strayInLocale(absolute, locale)));
      else if (entry.name === 'images') stray.push(...(await strayInImages(absolute)));
      else stray.push({ path: absolute, reason: unknownFolderReason(entry.name, generated.get(entry.name)) });
    } else if (entry.name !== 'glossary.yaml') {
      stray.push({ path: absolute, reason: strayTopLevelReason(entry.name) });
    }
  }
  return stray;
}

async function visible(dir: string) {
  return (await readdir(dir, { withFileTypes: true }))
    .filter((entry) => !entry.name.startsWith('.'))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

async function strayInLocale(dir: string, locale: Locale): Promise<StrayEntry[]> {
  const folder = profileOf(locale).segment;
  const stray: StrayEntry[] = [];
  for (const entry of await visible(dir)) {
    const absolute = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      stray.push({
        path: absolute,
        reason: `the site does not read folders inside ${folder}/: move its Markdown files up into ${folder}/ (one file per section), or remove the folder`,
      });
      continue;
    }
    if (entry.name.endsWith('.md')) continue;
    const intended = intendedMarkdownName(entry.name);
    stray.push({
      path: absolute,
      reason: intended
        ? `the site reads only files ending in .md (lowercase), so this file is not published: rename it ${intended}`
        : `the site reads only Markdown files (name.md) in ${folder}/, so this file is not published: rename it to end in .md if it is a section, or move it out of content/`,
    });
  }
  return stray;
}

async function strayInImages(dir: string): Promise<StrayEntry[]> {
  const stray: StrayEntry[] = [];
  for (const entry of await visible(dir)) {
    if (entry.isFile() && imageFilePattern.test(entry.name.toLowerCase())) continue;
    const reason = entry.isDirectory()
      ? 'the site does not read folders inside images/: move the images up into images/'
      : 'images/ holds only .jpg, .jpeg, .png and .webp images, so the site does not use this: convert it to one of those, or move it out of content/';
    stray.push({ path: path.join(dir, entry.name), reason });
  }
  return stray;
}

/** `talent.MD` → `talent.md`, `talent.md.txt` → `talent.md`, `talent.markdown` → `talent.md`; null when the name is no Markdown file. */
function intendedMarkdownName(name: string): string | null {
  const match = /^(.+?)\.(md|markdown)(\.[a-z0-9]+)*$/i.exec(name);
  return match ? `${match[1]}.md` : null;
}

function unknownFolderReason(name: string, generated: Locale | undefined): string {
  if (generated) {
    const from = sourceOf(generated) ?? '';
    return `${name}/ is not read: the ${profileOf(generated).messageName} edition is generated from ${profileOf(from as Locale).segment}/ at build, so edit ${profileOf(from as Locale).segment}/ instead and remove this folder (a wrong conversion is corrected in glossary.yaml)`;
  }
  const folders = [...writtenLocales.map((locale) => `${profileOf(locale).segment}/`), 'images/'].join(', ');
  return `the site does not read this folder (it reads ${folders} and glossary.yaml): move its files where they belong, or remove it`;
}

function strayTopLevelReason(name: string): string {
  if (/\.md$/i.test(name)) {
    const folders = writtenLocales.map((locale) => `${profileOf(locale).segment}/`).join(' or ');
    return `Markdown files go in a language folder (${folders}), so this one is not published: move it there`;
  }
  if (/^glossary\.ya?ml$/i.test(name)) return 'the glossary is read only as glossary.yaml (lowercase, .yaml): rename it';
  if (imageFilePattern.test(name.toLowerCase())) return 'images go in images/, so this one is not used: move it there';
  const folders = [...writtenLocales.map((locale) => `${profileOf(locale).segment}/`), 'images/'].join(', ');
  return `the site does not read this file (it reads ${folders} and glossary.yaml): move it where it belongs, or out of content/`;
}
