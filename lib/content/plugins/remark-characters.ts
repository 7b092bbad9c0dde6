import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import { describeCharacterProblem, findCharacterProblems, type CharacterProblem } from '@/lib/content/characters';
import { reportError, reportWarning } from '@/lib/content/report';

/**
 * Reports characters a content file must not hold (controls, bidirectional
 * overrides, non-characters) and warns of invisible ones, at their line and
 * column: in the file as written (front matter included), and where a
 * character reference such as `&#x202E;` writes one in the body.
 */
export function remarkCharacters() {
  return (tree: Root, file: VFile) => {
    const source = String(file.value ?? '');
    const found: { problem: CharacterProblem; line: number; column: number }[] = [];
    const lines = lineStarts(source);
    for (const problem of findCharacterProblems(source)) {
      // A byte-order mark at the very start is how some editors save UTF-8; it is not in the text.
      if (problem.index === 0 && problem.codePoint === 'U+FEFF') continue;
      found.push({ problem, ...pointAt(lines, problem.index) });
    }

    // Decoded text that holds a character its source does not came from a character reference.
    visit(tree, (node) => {
      if (!('value' in node) || typeof node.value !== 'string' || node.type === 'yaml') return;
      const start = node.position?.start;
      const end = node.position?.end;
      if (start?.offset === undefined || end?.offset === undefined) return;
      const written = source.slice(start.offset, end.offset);
      for (const problem of findCharacterProblems(node.value)) {
        if (!written.includes(String.fromCodePoint(Number.parseInt(problem.codePoint.slice(2), 16)))) {
          found.push({ problem, line: start.line, column: start.column });
        }
      }
    });

    // Thousands of them are summed up after the first few by the report (lib/content/report.ts).
    for (const { problem, line, column } of found) {
      const report = problem.fatal ? reportError : reportWarning;
      report(file, describeCharacterProblem(problem), { line, column }, 'characters');
    }
  };
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) starts.push(index + 1);
  return starts;
}

function pointAt(starts: readonly number[], offset: number): { line: number; column: number } {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if ((starts[middle] ?? 0) <= offset) low = middle;
    else high = middle - 1;
  }
  return { line: low + 1, column: offset - (starts[low] ?? 0) + 1 };
}
