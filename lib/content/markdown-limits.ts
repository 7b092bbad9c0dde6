import type { VFile } from 'vfile';
import { reportError } from '@/lib/content/report';

/**
 * How large and how deep a content file may be. The Markdown parser
 * (micromark) slows down faster than the text grows on some inputs (long runs
 * of emphasis marks, brackets or table cells) and overflows the stack on
 * thousands of nested quotes or lists, so a file is measured before it is
 * parsed and refused, with the reason at its line, when it is beyond these.
 * Each is far above what the article needs (its largest file is under 4 KB,
 * with lines under 1,300 characters and nesting 2 deep) and low enough that
 * the worst file within them is checked in well under 2 s on the 2-core
 * machine (`npm run bench:content`). docs/editing.md states them to editors.
 */
export const markdownLimits = {
  /** Bytes of UTF-8: about 10,000 Chinese characters, or 5,000 English words. */
  fileBytes: 32 * 1024,
  lines: 1_000,
  lineCharacters: 10_000,
  /** Quotes and list levels inside one another. */
  nesting: 16,
  /** Emphasis, link, code and tag marks (`*`, `_`, `~`, `[`, `]`, `` ` ``, `<`) in one paragraph or other block, outside code blocks. */
  marksPerBlock: 1_000,
  marksPerFile: 3_000,
  /** Table cells (`|`) in the file, outside code blocks. */
  tableCells: 1_000,
} as const;

const marks = new Set(['*', '_', '~', '[', ']', '`', '<']);

/**
 * Measures a content file against `markdownLimits` before it is parsed.
 * Reports each limit it passes at the line (and column) where it does, and
 * returns false when the file must not be parsed.
 */
export function isWithinMarkdownLimits(file: VFile): boolean {
  const text = String(file.value ?? '');
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes > markdownLimits.fileBytes) {
    refuse(
      file,
      `the file is ${kilobytes(bytes)}, more than the ${kilobytes(markdownLimits.fileBytes)} a content file may have: split it into two sections`,
      1,
      1,
    );
    return false;
  }

  let within = true;
  const once = new Set<string>();
  const report = (kind: string, reason: string, line: number, column = 1) => {
    within = false;
    if (once.has(kind)) return;
    once.add(kind);
    refuse(file, reason, line, column);
  };

  const lines = text.split('\n');
  if (lines.length > markdownLimits.lines) {
    report(
      'lines',
      `the file has ${count(lines.length)} lines, more than the ${count(markdownLimits.lines)} a content file may have: split it into two sections`,
      markdownLimits.lines + 1,
    );
  }

  let fence: string | null = null;
  let blockMarks = 0;
  let fileMarks = 0;
  let cells = 0;
  lines.forEach((line, index) => {
    const number = index + 1;
    if (line.length > markdownLimits.lineCharacters) {
      report(
        'line',
        `this line is ${count(line.length)} characters long, more than the ${count(markdownLimits.lineCharacters)} allowed: break it into paragraphs`,
        number,
        markdownLimits.lineCharacters + 1,
      );
    }
    const { depth, rest, column } = containerPrefix(line);
    // Code is not parsed for nesting, emphasis or tables, so what it holds costs nothing.
    const fenceMatch = /^(`{3,}|~{3,})/.exec(rest);
    if (fence) {
      if (fenceMatch && fenceMatch[1]?.[0] === fence[0] && (fenceMatch[1]?.length ?? 0) >= fence.length) fence = null;
      return;
    }
    if (depth > markdownLimits.nesting) {
      report(
        'nesting',
        `quotes and lists are nested ${depth} deep here, more than the ${markdownLimits.nesting} allowed: flatten them`,
        number,
        column,
      );
    }
    if (fenceMatch) {
      fence = fenceMatch[1] ?? null;
      return;
    }
    if (rest.trim() === '') {
      blockMarks = 0;
      return;
    }
    for (let at = 0; at < line.length; at += 1) {
      const character = line[at] ?? '';
      if (character === '\\') {
        // An escaped mark (`\*`) is text to the parser, and costs nothing.
        at += 1;
        continue;
      }
      if (character === '|') {
        cells += 1;
        if (cells > markdownLimits.tableCells) {
          report(
            'cells',
            `the file has more than ${count(markdownLimits.tableCells)} table cells: split the table, or the section`,
            number,
            at + 1,
          );
        }
        continue;
      }
      if (!marks.has(character)) continue;
      blockMarks += 1;
      fileMarks += 1;
      if (blockMarks > markdownLimits.marksPerBlock) {
        report(
          'block-marks',
          `this paragraph has more than ${count(markdownLimits.marksPerBlock)} emphasis, link, code and tag marks (* _ ~ [ ] \` <): split it, or write a mark meant as text with a backslash before it (\\*)`,
          number,
          at + 1,
        );
      }
      if (fileMarks > markdownLimits.marksPerFile) {
        report(
          'file-marks',
          `the file has more than ${count(markdownLimits.marksPerFile)} emphasis, link, code and tag marks (* _ ~ [ ] \` <): split it into two sections`,
          number,
          at + 1,
        );
      }
    }
  });
  return within;
}

/**
 * How many quotes and lists a line opens or continues, estimated from its
 * start: each `>` and list marker is one, and so are each two columns of
 * indentation (a nested list item is indented at least two). It never
 * counts less than the parser will nest, which is what matters.
 */
function containerPrefix(line: string): { depth: number; rest: string; column: number } {
  let depth = 0;
  let columns = 0;
  let at = 0;
  while (at < line.length) {
    const character = line[at];
    if (character === ' ') {
      columns += 1;
      at += 1;
    } else if (character === '\t') {
      columns += 4;
      at += 1;
    } else {
      // A `>` and its space, or a list marker and the spaces after it: one level, whatever its width.
      const marker = /^(?:> ?|(?:[-+*]|\d{1,9}[.)])(?:[ \t]{1,4}|$))/.exec(line.slice(at, at + 14));
      if (!marker) break;
      depth += 1;
      at += marker[0].length;
    }
  }
  return { depth: depth + Math.floor(columns / 2), rest: line.slice(at), column: at + 1 };
}

function refuse(file: VFile, reason: string, line: number, column: number): void {
  reportError(file, `${reason} (see "Limits" in docs/editing.md)`, { line, column }, 'limits');
}

function kilobytes(bytes: number): string {
  return `${Math.ceil(bytes / 1024)} KB`;
}

function count(n: number): string {
  return n.toLocaleString('en-US');
}
