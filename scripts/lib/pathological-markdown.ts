import { markdownLimits } from '../../lib/content/markdown-limits';

/**
 * Inputs that make Markdown parsers slow or crash, by class: for each, the
 * worst file the limits let through (which must still be checked quickly)
 * and one far beyond them (which must be refused at once, with its line).
 * `npm run bench:content` times them; tests/lib/content/markdown-limits.test.ts
 * asserts on them.
 */
export interface PathologicalClass {
  name: string;
  /** The worst body within the limits. */
  within: () => string;
  /** A body beyond them, as an attacker or a broken export would write it. */
  beyond: () => string;
}

const { lineCharacters, marksPerBlock, marksPerFile, nesting, tableCells, fileBytes, lines } = markdownLimits;

/** Repeats `unit` as often as fits in `characters`. */
const fill = (unit: string, characters: number) => unit.repeat(Math.floor(characters / unit.length));

/** Paragraphs of `unit`, each with at most `perBlock` marks, `total` marks in all. */
function markParagraphs(
  unit: string,
  marksInUnit: number,
  perBlock: number = marksPerBlock,
  total: number = marksPerFile,
): string {
  const perParagraph = Math.floor(perBlock / marksInUnit);
  const paragraphs = Math.floor(total / marksInUnit / perParagraph);
  return Array.from({ length: paragraphs }, () => unit.repeat(perParagraph)).join('\n\n');
}

export const pathologicalClasses: readonly PathologicalClass[] = [
  {
    name: 'emphasis runs (*a_)',
    within: () => markParagraphs('*a_', 2),
    // The issue's 30 KB in one paragraph (about 30 s in micromark unguarded), in lines of 900 characters.
    beyond: () => Array.from({ length: 11 }, () => '*a_'.repeat(300)).join('\n'),
  },
  {
    name: 'strong and strikethrough runs (**a ~~b)',
    within: () => markParagraphs('**a ~~b ', 4),
    beyond: () => markParagraphs('**a ~~b ', 4, marksPerBlock, marksPerFile * 2),
  },
  {
    name: 'brackets and links ([a](',
    within: () => markParagraphs('[a](', 2),
    beyond: () => '[a]('.repeat(2_000),
  },
  {
    name: 'reference links and definitions',
    within: () => {
      const n = Math.floor(marksPerFile / 8);
      const references = Array.from({ length: n }, (_, i) => `[a][r${i}]`);
      const paragraphs = [];
      for (let i = 0; i < references.length; i += marksPerBlock / 4 - 1) {
        paragraphs.push(references.slice(i, i + marksPerBlock / 4 - 1).join(' '));
      }
      const definitions = Array.from({ length: n }, (_, i) => `[r${i}]: https://example.org/${i}`);
      return `${paragraphs.join('\n\n')}\n\n${definitions.join('\n\n')}`;
    },
    beyond: () =>
      `${Array.from({ length: 1_000 }, (_, i) => `[a][r${i}]`).join('\n\n')}\n\n${Array.from({ length: 1_000 }, (_, i) => `[r${i}]: /x${i}`).join('\n')}`,
  },
  {
    name: 'code spans (`a``)',
    within: () => markParagraphs('`a`` ', 3),
    beyond: () => '`a`` '.repeat(1_000),
  },
  {
    name: 'nested quotes',
    within: () => `${'>'.repeat(nesting)} a quote ${nesting} deep`,
    beyond: () => `${'>'.repeat(5_000)} a`,
  },
  {
    name: 'nested lists (indented)',
    within: () => Array.from({ length: nesting }, (_, level) => `${'  '.repeat(level)}- level ${level + 1}`).join('\n'),
    beyond: () => Array.from({ length: 100 }, (_, level) => `${' '.repeat(level * 2)}- a`).join('\n'),
  },
  {
    name: 'nested list markers (- - -)',
    within: () => `${'- '.repeat(nesting)}a`,
    beyond: () => `${'- '.repeat(3_000)}a`,
  },
  {
    name: 'tables',
    within: () => {
      const columns = 10;
      const rows = Math.floor(tableCells / (columns + 1)) - 2;
      const row = (cell: string) => `${`| ${cell} `.repeat(columns)}|`;
      return [row('h'), row('-'), ...Array.from({ length: rows }, () => row('x'))].join('\n');
    },
    beyond: () => ['|a|b|', '|-|-|', ...Array.from({ length: 900 }, () => '|x|y|')].join('\n'),
  },
  {
    name: 'long lines',
    within: () => fill('word ', lineCharacters),
    beyond: () => fill('word ', 2 * lineCharacters),
  },
  {
    name: 'many blocks',
    within: () =>
      Array.from({ length: Math.floor(lines / 2) - 10 }, (_, i) =>
        i % 2 ? `## Heading ${i}` : `- [ ] item ${i}`,
      ).join('\n\n'),
    beyond: () => Array.from({ length: lines }, (_, i) => `## Heading ${i}`).join('\n\n'),
  },
  {
    name: 'large files of prose',
    within: () => {
      const paragraph = `${fill('An ordinary sentence with *some* emphasis and a [link](https://example.org/). ', 900)}`;
      const count = Math.floor((fileBytes - 1_024) / (paragraph.length + 2));
      // As many paragraphs as fit, keeping within the marks allowed in a file.
      return Array.from({ length: count }, (_, i) =>
        i * 48 < marksPerFile ? paragraph : fill('plain words ', 900),
      ).join('\n\n');
    },
    beyond: () => fill('A sentence of plain prose. ', 5_000_000),
  },
  {
    name: 'character references',
    within: () => fill('&amp;&#x4e2d;&lt; ', fileBytes - 1_024).replace(/(.{1000})/g, '$1\n\n'),
    beyond: () => fill('&amp;', 5_000_000),
  },
  {
    name: 'raw HTML',
    within: () => markParagraphs('<b>a</b> ', 2),
    beyond: () => fill('<a ', 5_000_000),
  },
  {
    name: 'control and bidirectional characters',
    within: () => fill('a\u0001\u202e\u200b', fileBytes / 3).replace(/(.{900})/g, '$1\n\n'),
    beyond: () => fill('\u0001', 5_000_000),
  },
];
