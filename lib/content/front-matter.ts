import { CST, isMap, isScalar, isSeq, LineCounter, Parser, parseDocument, visit, type Document, type YAMLError } from 'yaml';
import type { VFile } from 'vfile';
import { z } from 'zod';
import { nearest, suggestionDistance } from '@/lib/content/edit-distance';
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
    /** The position of every key and list item in the file's YAML, by its path as JSON (`["figures","a.jpg"]`). */
    yamlPositions: Record<string, FieldPosition>;
  }
}

interface FrontMatterSource {
  yaml: string;
  /** The file line on which the YAML text starts (the line after the opening `---`). */
  firstLine: number;
}

type YamlPath = readonly (string | number)[];

/** How messages name a place in the YAML: a front matter's `field "figures.a.jpg"`, a glossary's entry. */
export interface YamlWording {
  /** The rule messages carry. */
  ruleId: string;
  /** Names the place at `path`, such as `field "order"`; `value` is the whole parsed YAML. */
  name: (path: YamlPath, value: unknown) => string;
}

const frontMatterWording: YamlWording = {
  ruleId: 'front-matter',
  name: (path) => (path.length > 0 ? `field "${path.join('.')}"` : 'the front matter'),
};

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
  return parseYaml(file, source, schema, frontMatterWording);
}

/**
 * Parses YAML text of a file (front matter, or a whole file such as the
 * glossary) and validates it against a schema, reporting each problem once,
 * where it starts, in an editor's words (`wording` names the places).
 */
export function parseYaml<Schema extends z.ZodType>(
  file: VFile,
  source: FrontMatterSource,
  schema: Schema,
  wording: YamlWording,
): z.infer<Schema> | null {
  const lineCounter = new LineCounter();
  const doc = parseDocument(source.yaml, { lineCounter, uniqueKeys: true });
  const at = (offset: number) => {
    const { line, col } = lineCounter.linePos(offset);
    return { line: source.firstLine + line - 1, column: col };
  };

  const first = doc.errors[0];
  if (first) {
    // The parser's later errors follow from its first (an unclosed quote swallows the lines after it): one message.
    const { reason, offset } = describeYamlError(first, source.yaml);
    reportError(file, reason, at(offset), wording.ruleId);
    return null;
  }

  file.data.frontMatterFields = fieldPositions(doc, at);
  file.data.yamlPositions = allPositions(doc, at);
  warnOfComments(file, doc, at, wording.ruleId);
  let value: unknown;
  try {
    value = doc.toJS() ?? {};
  } catch (error) {
    // The YAML library refuses aliases that multiply into a huge value ("billion laughs") here.
    reportError(
      file,
      `the front matter cannot be read: ${error instanceof Error ? error.message : String(error)}; write each value out instead of repeating anchors (&name, *name)`,
      { line: source.firstLine, column: 1 },
      wording.ruleId,
    );
    return null;
  }
  const result = schema.safeParse(value);
  if (result.success) return result.data;

  // A misspelt field is also a missing one: `summery:` is reported once, as "did you mean summary", not again as "missing summary".
  const suggested = new Set<string>();
  const issues = [...result.error.issues].sort((a, b) => Number(b.code === 'unrecognized_keys') - Number(a.code === 'unrecognized_keys'));
  for (const issue of issues) {
    const path = issue.path.filter((key): key is string | number => typeof key !== 'symbol');
    if (issue.code === 'unrecognized_keys') {
      const known = knownKeys(schema, path);
      for (const key of issue.keys) {
        const offset = keyOffset(doc, [...path, key]) ?? 0;
        const likely = nearest(key, known, suggestionDistance(key));
        if (likely) suggested.add(JSON.stringify([...path, likely]));
        const fix = likely ? `did you mean "${likely}"? Correct the name` : 'remove it or correct its name';
        reportError(
          file,
          `unknown ${wording.name([...path, key], value)}: ${fix} (see docs/editing.md for the fields)`,
          at(offset),
          wording.ruleId,
        );
      }
      continue;
    }
    const node = doc.getIn(path, true);
    if (node === undefined && suggested.has(JSON.stringify(path))) continue;
    if (node === undefined && path.length > 0) {
      const parentOffset = nodeOffset(doc, path.slice(0, -1)) ?? 0;
      // Zod's own words for a missing object ("Invalid input: expected object…") tell an editor nothing.
      const detail = issue.message.startsWith('Invalid input') ? '' : ` (${issue.message})`;
      reportError(file, `missing ${wording.name(path, value)}: add it${detail}`, at(parentOffset), wording.ruleId);
    } else {
      const offset = (isScalar(node) || isMap(node)) && node.range ? node.range[0] : (nodeOffset(doc, path) ?? 0);
      reportError(file, `${wording.name(path, value)}: ${issue.message}`, at(offset), wording.ruleId);
    }
  }
  return null;
}

/** Where a key or list item of a file's YAML is written; undefined when the file has no such place. */
export function fieldPosition(file: VFile, path: YamlPath): FieldPosition | undefined {
  return file.data.yamlPositions?.[JSON.stringify(path)];
}

/**
 * A YAML error in an editor's words, at the place the problem starts. The
 * parser says where it gave up ("Missing closing quote" at the end of the
 * text); the editor needs the quote that was opened, and a hint for the
 * mistakes of typing Chinese: a full-width colon, curly quotes, tabs.
 */
function describeYamlError(error: YAMLError, yaml: string): { reason: string; offset: number } {
  const hint = typingHint(yaml, error.pos[0]);
  if (hint) return hint;
  const parserWords = error.message.split('\n')[0]?.replace(/ at line \d+, column \d+:?$/, '') ?? '';
  if (error.code === 'MISSING_CHAR' && /quote/.test(parserWords)) {
    const opened = unclosedQuote(yaml, error.pos[0]);
    if (opened) {
      const quote = yaml[opened] ?? '"';
      return {
        offset: opened,
        reason: `the quote ${quote} opened here is never closed: end the value with ${quote} (to write ${quote} inside the value, ${quote === '"' ? 'use \\" or “curly quotes”' : "write it twice, ''"})`,
      };
    }
  }
  if (error.code === 'DUPLICATE_KEY') {
    const key = /^[^:\n]*/.exec(yaml.slice(error.pos[0]))?.[0].trim() ?? '';
    return { offset: error.pos[0], reason: `"${key}" is given twice: keep one of them` };
  }
  if (error.code === 'TAB_AS_INDENT') {
    return { offset: error.pos[0], reason: 'this line is indented with a tab: YAML indents with spaces only; replace the tab with spaces' };
  }
  return { offset: error.pos[0], reason: `not valid YAML: ${parserWords}; check the quotes and the indentation of this line and the one before` };
}

/**
 * The editor's likely slip on the lines up to the error, when there is one:
 * a key typed with a full-width colon (`title：`), a tab in the indentation,
 * or a value opened with a curly quote, which YAML does not read as a quote.
 */
function typingHint(yaml: string, errorOffset: number): { reason: string; offset: number } | null {
  let lineStart = 0;
  for (const line of yaml.split('\n')) {
    if (lineStart > errorOffset) break;
    const colon = /^\s*(?:- )?([\p{L}\p{N}_-]+)\s*：/u.exec(line);
    if (colon?.[1]) {
      return {
        offset: lineStart + line.indexOf('：'),
        reason: `"${colon[1]}：" has a full-width colon "：": YAML needs a plain colon and a space, "${colon[1]}: " (switch the keyboard to half-width for the field name)`,
      };
    }
    const tab = /^ *\t/.exec(line);
    if (tab) {
      return {
        offset: lineStart + tab[0].length - 1,
        reason: 'this line is indented with a tab: YAML indents with spaces only; replace the tab with spaces',
      };
    }
    const curly = /^(\s*(?:- )?[\p{L}\p{N}_-]+:\s+)([“”‘’])/u.exec(line);
    if (curly?.[1] && curly[2] && lineStart + line.length >= errorOffset) {
      return {
        offset: lineStart + curly[1].length,
        reason: `the value starts with a curly quote ${curly[2]}, which YAML does not read as a quote: put straight double quotes around the whole value, such as ${curly[1].trim()} "…" (curly quotes may stay inside them)`,
      };
    }
    lineStart += line.length + 1;
  }
  return null;
}

/** The offset of the quote that opens the quoted value the parser could not close: the last one starting before it gave up. */
function unclosedQuote(yaml: string, errorOffset: number): number | null {
  let found: number | null = null;
  const consider = (token: CST.Token | undefined) => {
    if (!token || (token.type !== 'double-quoted-scalar' && token.type !== 'single-quoted-scalar')) return;
    if (token.offset <= errorOffset && (found === null || token.offset > found)) found = token.offset;
  };
  for (const token of new Parser().parse(yaml)) {
    if (token.type !== 'document') continue;
    consider(token.value);
    CST.visit(token, (item) => {
      consider(item.key ?? undefined);
      consider(item.value);
    });
  }
  return found;
}

/** The field names a schema allows at `path` (into objects, arrays, records and optional fields), for "did you mean". */
function knownKeys(schema: z.ZodType, path: YamlPath): string[] {
  let current: z.ZodType | undefined = schema;
  for (const key of [...path, null]) {
    current = unwrap(current);
    if (key === null) break;
    if (current instanceof z.ZodObject) current = current.shape[String(key)] as z.ZodType | undefined;
    else if (current instanceof z.ZodArray) current = current.element as z.ZodType;
    else if (current instanceof z.ZodRecord) current = current.valueType as z.ZodType;
    else return [];
  }
  return current instanceof z.ZodObject ? Object.keys(current.shape) : [];
}

function unwrap(schema: z.ZodType | undefined): z.ZodType | undefined {
  let current = schema;
  for (let depth = 0; depth < 10 && current; depth++) {
    if (current instanceof z.ZodOptional || current instanceof z.ZodDefault || current instanceof z.ZodNullable) {
      current = current.unwrap() as z.ZodType;
    } else if (current instanceof z.ZodPipe) {
      current = current.in as z.ZodType;
    } else break;
  }
  return current;
}

/**
 * In YAML, ` #` ends an unquoted value and starts a comment: `title: 第一 #2`
 * is the title "第一". An editor rarely means that, so it is pointed out.
 */
function warnOfComments(file: VFile, doc: Document, at: (offset: number) => FieldPosition, ruleId: string): void {
  visit(doc, {
    Scalar(_key, node) {
      if (node.type !== 'PLAIN' || !node.comment || !node.range) return;
      reportWarning(
        file,
        `the text after " #" is a YAML comment, not part of the value "${String(node.value).slice(0, 40)}": put the whole value in double quotes if the # belongs to it`,
        at(node.range[1]),
        ruleId,
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

/** Every key and list item with its position, by path; the content's YAML is small, so all of it is kept. */
function allPositions(doc: Document, at: (offset: number) => FieldPosition): Record<string, FieldPosition> {
  const positions: Record<string, FieldPosition> = {};
  const walk = (node: unknown, path: (string | number)[], depth: number) => {
    if (depth > 8) return;
    if (isMap(node)) {
      for (const item of node.items) {
        if (!isScalar(item.key) || !item.key.range) continue;
        const here = [...path, String(item.key.value)];
        positions[JSON.stringify(here)] = at(item.key.range[0]);
        walk(item.value, here, depth + 1);
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, i) => {
        const range = (item as { range?: [number, number, number] }).range;
        if (range) positions[JSON.stringify([...path, i])] = at(range[0]);
        walk(item, [...path, i], depth + 1);
      });
    }
  };
  walk(doc.contents, [], 0);
  return positions;
}

/** The offset of a key in the YAML text, so a message can point at the field's own line. */
function keyOffset(doc: Document, path: YamlPath): number | undefined {
  if (path.length === 0) return 0;
  const parent = path.length === 1 ? doc.contents : doc.getIn(path.slice(0, -1), true);
  const name = path[path.length - 1];
  if (isSeq(parent) && typeof name === 'number') {
    return (parent.items[name] as { range?: [number, number, number] } | undefined)?.range?.[0];
  }
  if (!isMap(parent)) return undefined;
  const pair = parent.items.find((item) => isScalar(item.key) && item.key.value === name);
  return isScalar(pair?.key) ? pair.key.range?.[0] : undefined;
}

/** The offset of the place at `path`: its key in a map, its item in a list. */
function nodeOffset(doc: Document, path: YamlPath): number | undefined {
  if (path.length === 0) return 0;
  return keyOffset(doc, path);
}
