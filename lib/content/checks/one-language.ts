import path from 'node:path';
import { finding, fieldAt, type CheckContext, type Finding } from '@/lib/content/check-helpers';
import { nearest } from '@/lib/content/edit-distance';
import type { Section } from '@/lib/content/types';
import { profileOf, writtenLocales } from '@/lib/i18n';

/**
 * A section missing from a written language is published in the other only:
 * right when intended, and said so with `only: <locale>` in its front matter;
 * otherwise most often a misnamed file, which would quietly halve the
 * section. A section that says `only` but has the other file too is told so.
 */
export function checkOneLanguage(context: CheckContext): Finding[] {
  const findings: Finding[] = [];
  const read = new Set(context.files.map((file) => file.path));
  const folder = (locale: (typeof writtenLocales)[number]) => profileOf(locale).segment;

  for (const entry of context.sections) {
    const present = writtenLocales.flatMap((locale) => entry.versions[locale] ?? []);
    const absent = writtenLocales.filter((locale) => !entry.versions[locale]);
    for (const section of present) {
      const at = fieldAt(context, section.sourcePath, 'only');
      if (section.only !== undefined && section.only !== section.locale) {
        findings.push(
          finding(
            true,
            'one-language',
            section.sourcePath,
            at.line,
            `only: ${section.only} is in the ${profileOf(section.locale).messageName} file: a file says only its own language, "only: ${section.locale}"`,
            at.column,
          ),
        );
      } else if (section.only !== undefined && absent.length === 0) {
        findings.push(
          finding(
            false,
            'one-language',
            section.sourcePath,
            at.line,
            `this section says only: ${section.only}, but it exists in every language: remove the "only" line`,
            at.column,
          ),
        );
      }
    }
    // A section that says `only` is intended to be one-language; a wrong value has its own error above.
    if (absent.length === 0 || present.some((section) => section.only !== undefined)) continue;
    // A draft is not published: it may well wait for its translation.
    if (present.every((section) => section.draft)) continue;
    for (const locale of absent) {
      const [section] = present as [Section];
      const missing = path.join(path.dirname(path.dirname(section.sourcePath)), folder(locale), `${entry.slug}.md`);
      // That file was read but could not be parsed: its own error says why; this one would only repeat it.
      if (read.has(missing)) continue;
      const twin = likelyTwin(context, entry.slug, locale);
      const misnamed = twin
        ? ` If ${twin} is its translation, give both files the same name.`
        : ` If its ${profileOf(locale).messageName} file exists under another name, give both files the same name.`;
      findings.push(
        finding(
          false,
          'one-language',
          section.sourcePath,
          1,
          `this section exists in ${profileOf(section.locale).messageName} only (there is no ${missing}), so ${profileOf(locale).messageName} readers are sent to this version.${misnamed} If one language is intended, add "only: ${section.locale}" to this file's front matter`,
        ),
      );
    }
  }
  return findings;
}

/** The other language's one-language section whose name is closest to this one, as a file path: the likely misnamed twin. */
function likelyTwin(context: CheckContext, slug: string, locale: (typeof writtenLocales)[number]): string | null {
  const alone = context.sections.filter(
    (entry) =>
      writtenLocales.some((other) => !entry.versions[other]) &&
      entry.versions[locale] !== undefined &&
      entry.versions[locale].only === undefined,
  );
  const name = nearest(slug, alone.map((entry) => entry.slug), Math.max(2, Math.floor(slug.length / 3)));
  return name ? (alone.find((entry) => entry.slug === name)?.versions[locale]?.sourcePath ?? null) : null;
}
