import { allPages, finding, isDraft, type CheckContext, type Finding } from '@/lib/content/check-helpers';

/** What `npm run new-section` leaves where words are still to be written. */
export const todoMarker = 'TODO';

const marker = new RegExp(`\\b${todoMarker}\\b`, 'g');

/**
 * A TODO marker means the text is unfinished. A draft may have them (the
 * page is not published), so there they are warnings; anywhere else they
 * would reach readers, so they stop the build.
 */
export function checkTodoMarkers(context: CheckContext): Finding[] {
  const drafts = new Set(
    allPages(context)
      .filter(isDraft)
      .map((page) => page.sourcePath),
  );
  return context.files
    .filter((file) => file.path.endsWith('.md'))
    .flatMap((file) => {
      const found = String(file.value)
        .split(/\r?\n/)
        .flatMap((text, index) => [...text.matchAll(marker)].map((match) => ({ line: index + 1, column: (match.index ?? 0) + 1 })));
      const [first] = found;
      if (!first) return [];
      // A draft's markers are expected: one warning for the file is enough.
      if (drafts.has(file.path)) {
        const count = found.length === 1 ? `a ${todoMarker} marker` : `${found.length} ${todoMarker} markers, the first here`;
        return [
          finding(false, 'todo', file.path, first.line, `unfinished: ${count}; write those parts and remove the markers before publishing`, first.column),
        ];
      }
      return found.map(({ line, column }) =>
        finding(
          true,
          'todo',
          file.path,
          line,
          `unfinished: a ${todoMarker} marker is left here; write this part and remove the marker (only a draft, \`draft: true\`, may keep markers: it is not published)`,
          column,
        ),
      );
    });
}
