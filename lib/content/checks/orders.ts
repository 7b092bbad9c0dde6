import { fieldAt, finding, type CheckContext, type Finding } from '@/lib/content/check-helpers';
import type { Section, SectionEntry } from '@/lib/content/types';

/**
 * `order` places a section in the nav, the front page's list and the pager,
 * so it must be the same in both files of a section and differ between
 * sections. Two sections in one language each that share an order are
 * usually one section whose files were named differently: the message says so.
 */
export function checkOrders(context: CheckContext): Finding[] {
  const findings: Finding[] = [];
  const at = (section: Section) => fieldAt(context, section.sourcePath, 'order');
  const error = (section: Section, reason: string) => {
    const { line, column } = at(section);
    findings.push(finding(true, 'order', section.sourcePath, line, reason, column));
  };

  for (const entry of context.sections) {
    const versions = Object.values(entry.versions);
    const orders = [...new Set(versions.map((section) => section.order))];
    if (orders.length > 1) {
      for (const section of versions) {
        error(
          section,
          `"${entry.slug}" has a different order in each language (${orders.join(' and ')}): give both files the same order`,
        );
      }
    }
  }

  for (const entry of context.sections) {
    for (const section of Object.values(entry.versions)) {
      const other = context.sections.find(
        (candidate) =>
          candidate !== entry && Object.values(candidate.versions).some((version) => version.order === section.order),
      );
      if (!other) continue;
      const otherFiles = Object.values(other.versions).map((version) => version.sourcePath);
      error(
        section,
        `order ${section.order} is also used by ${otherFiles.join(' and ')}: give each section its own order${renameHint(entry, other)}`,
      );
    }
  }
  return findings;
}

/** Two one-language sections in different languages sharing an order: probably a translation under another name. */
function renameHint(entry: SectionEntry, other: SectionEntry): string {
  const [mine] = Object.keys(entry.versions);
  const [theirs] = Object.keys(other.versions);
  const oneLanguageEach = Object.keys(entry.versions).length === 1 && Object.keys(other.versions).length === 1;
  if (!oneLanguageEach || mine === theirs) return '';
  return `; if the two files are one section in two languages, give them the same name (${other.slug}.md or ${entry.slug}.md)`;
}
