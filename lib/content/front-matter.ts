import { isMap, isScalar, LineCounter, parseDocument, visit, type Document } from 'yaml';
import type { VFile } from 'vfile';
import type { z } from 'zod';
import { reportError, reportWarning } from '@/lib/content/report';

/** Where a front-matter field is written, for messages about its value. */
export interface FieldPosition {
  line: number;
  column: number;
}

declare module 'vfile' {
  interface DataMap {
    /** The position of each top-level front-matter field, by name: checks point at `order:` or `draft:`. */
    frontMatterFields: Record<string, FieldPosition>;
  }
}

interface FrontMatterSource {
  yaml: string;
  /** The file line on which the YAML text starts (the line after the opening `---`). */
  firstLine: number;
}

/**
 * Parses and validates a file's front matter against its schema. Every YAML
 * or schema problem is reported at the line of the field it concerns, with
 * the field's name; returns null when any was found.
 */
export function parseFrontMatter<Schema extends z.ZodType>(
  file: VFile,
  source: FrontMatterSource | null,
  schema: Schema,
): z.infer<Schema> | null {
  if (!source) {
    reportError(
      file,
      'the file has no front matter: start it with a `---` line, the fields (title, summary, …), and another `---` line',
      { line: 1, column: 1 },
      'front-matter',
    );
    return null;
  }

  const lineCounter = new LineCounter();
  const doc = parseDocument(source.yaml, { lineCounter, uniqueKeys: true });
  const at = (offset: number) => {
    const { line, col } = lineCounter.linePos(offset);
    return { line: source.firstLine + line - 1, column: col };
  };

  if (doc.errors.length > 0) {
    for (const error of doc.errors) {
      reportError(file, `not valid YAML: ${error.message.split('\n')[0]}`, at(error.pos[0]), 'front-matter');
    }
    return null;
  }

  file.data.frontMatterFields = fieldPositions(doc, at);
  warnOfComments(file, doc, at);
  let value: unknown;
  try {
    value = doc.toJS() ?? {};
  } catch (error) {
    // The YAML library refuses aliases that multiply into a huge value ("billion laughs") here.
    reportError(
      file,
      `the front matter cannot be read: ${error instanceof Error ? error.message : String(error)}; write each value out instead of repeating anchors (&name, *name)`,
      { line: source.firstLine, column: 1 },
      'front-matter',
    );
    return null;
  }
  const result = schema.safeParse(value);
  if (result.success) return result.data;

  for (const issue of result.error.issues) {
    const path = issue.path.filter((key): key is string | number => typeof key !== 'symbol');
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        const offset = keyOffset(doc, [...path, key]) ?? 0;
        reportError(
          file,
          `unknown field "${[...path, key].join('.')}": remove it or correct its name (see docs/editing.md for the fields)`,
          at(offset),
          'front-matter',
        );
      }
      continue;
    }
    const field = path.join('.') || '(front matter)';
    const node = doc.getIn(path, true);
    if (node === undefined && path.length > 0) {
      const parentOffset = keyOffset(doc, path.slice(0, -1)) ?? 0;
      reportError(file, `missing field "${field}": add it (${issue.message})`, at(parentOffset), 'front-matter');
    } else {
      const offset = (isScalar(node) || isMap(node)) && node.range ? node.range[0] : (keyOffset(doc, path) ?? 0);
      reportError(file, `field "${field}": ${issue.message}`, at(offset), 'front-matter');
    }
  }
  return null;
}

/**
 * In YAML, ` #` ends an unquoted value and starts a comment: `title: 第一 #2`
 * is the title "第一". An editor rarely means that, so it is pointed out.
 */
function warnOfComments(file: VFile, doc: Document, at: (offset: number) => FieldPosition): void {
  visit(doc, {
    Scalar(_key, node) {
      if (node.type !== 'PLAIN' || !node.comment || !node.range) return;
      reportWarning(
        file,
        `the text after " #" is a YAML comment, not part of the value "${String(node.value).slice(0, 40)}": put the whole value in double quotes if the # belongs to it`,
        at(node.range[1]),
        'front-matter',
      );
    },
  });
}

function fieldPositions(doc: Document, at: (offset: number) => FieldPosition): Record<string, FieldPosition> {
  if (!isMap(doc.contents)) return {};
  const positions: Record<string, FieldPosition> = {};
  for (const item of doc.contents.items) {
    if (isScalar(item.key) && item.key.range) positions[String(item.key.value)] = at(item.key.range[0]);
  }
  return positions;
}

/** The offset of a key in the YAML text, so a message can point at the field's own line. */
function keyOffset(doc: Document, path: readonly (string | number)[]): number | undefined {
  if (path.length === 0) return 0;
  const parent = path.length === 1 ? doc.contents : doc.getIn(path.slice(0, -1), true);
  if (!isMap(parent)) return undefined;
  const name = path[path.length - 1];
  const pair = parent.items.find((item) => isScalar(item.key) && item.key.value === name);
  return isScalar(pair?.key) ? pair.key.range?.[0] : undefined;
}
