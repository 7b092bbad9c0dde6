import type { z } from 'zod';

/**
 * Characters a content file must not hold, or should hold only on purpose.
 * One list, used by the check of the text as written
 * (lib/content/plugins/remark-characters.ts) and by the front-matter schema
 * (for what YAML escapes such as "\u0001" produce).
 */

export type CharacterKind = 'control' | 'noncharacter' | 'surrogate' | 'bidi' | 'invisible';

export interface CharacterProblem {
  /** Offset in the text, in UTF-16 code units. */
  index: number;
  /** The code point, such as `U+202E`. */
  codePoint: string;
  kind: CharacterKind;
  /** Whether the character stops the build; invisible ones only warn, as they may be meant. */
  fatal: boolean;
}

/*
 * C0 and C1 controls but tab and line breaks, and DEL: invisible, and XML
 * (the feeds) cannot carry most of them. Non-characters and lone surrogates
 * are not text at all. Bidirectional overrides and isolates make text read
 * in another order than it is stored ("Trojan Source"). Zero-width
 * characters and direction marks hide in text; they warn, since a zero-width
 * joiner in an emoji or a direction mark may be meant.
 */
const patterns: readonly { kind: CharacterKind; fatal: boolean; pattern: RegExp }[] = [
  { kind: 'control', fatal: true, pattern: /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/ },
  { kind: 'noncharacter', fatal: true, pattern: /[\uFDD0-\uFDEF\uFFFE\uFFFF]/ },
  { kind: 'surrogate', fatal: true, pattern: /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/ },
  { kind: 'bidi', fatal: true, pattern: /[\u202A-\u202E\u2066-\u2069]/ },
  { kind: 'invisible', fatal: false, pattern: /[\u200B-\u200F\u2060\u061C\uFEFF]/ },
];

const anyProblem = new RegExp(patterns.map(({ pattern }) => pattern.source).join('|'), 'g');

const names: Record<string, string> = {
  'U+202A': 'LEFT-TO-RIGHT EMBEDDING',
  'U+202B': 'RIGHT-TO-LEFT EMBEDDING',
  'U+202C': 'POP DIRECTIONAL FORMATTING',
  'U+202D': 'LEFT-TO-RIGHT OVERRIDE',
  'U+202E': 'RIGHT-TO-LEFT OVERRIDE',
  'U+2066': 'LEFT-TO-RIGHT ISOLATE',
  'U+2067': 'RIGHT-TO-LEFT ISOLATE',
  'U+2068': 'FIRST STRONG ISOLATE',
  'U+2069': 'POP DIRECTIONAL ISOLATE',
  'U+200B': 'ZERO WIDTH SPACE',
  'U+200C': 'ZERO WIDTH NON-JOINER',
  'U+200D': 'ZERO WIDTH JOINER',
  'U+200E': 'LEFT-TO-RIGHT MARK',
  'U+200F': 'RIGHT-TO-LEFT MARK',
  'U+2060': 'WORD JOINER',
  'U+061C': 'ARABIC LETTER MARK',
  'U+FEFF': 'ZERO WIDTH NO-BREAK SPACE',
};

/** Every character of `text` that is not allowed, or should be looked at, in reading order. */
export function findCharacterProblems(text: string): CharacterProblem[] {
  const problems: CharacterProblem[] = [];
  for (const match of text.matchAll(anyProblem)) {
    const character = match[0];
    const rule = patterns.find(({ pattern }) => pattern.test(character));
    if (!rule) continue;
    problems.push({ index: match.index, codePoint: codePointOf(character), kind: rule.kind, fatal: rule.fatal });
  }
  return problems;
}

/** What is wrong with the character and what to do, for a message. */
export function describeCharacterProblem({ codePoint, kind }: CharacterProblem): string {
  const named = names[codePoint] ? `${codePoint} (${names[codePoint]})` : codePoint;
  switch (kind) {
    case 'control':
      return `${named} is a control character: it is invisible, and pages and feeds cannot carry it; delete it`;
    case 'noncharacter':
    case 'surrogate':
      return `${named} is not a character text may hold (often the trace of a broken copy and paste): delete it`;
    case 'bidi':
      return `${named} is a bidirectional control character: it makes text display in another order than it is written, so a reader sees something else than the check and the editors do; delete it`;
    case 'invisible':
      return `${named} is an invisible character: delete it unless it is meant to be there`;
    default: {
      const unhandled: never = kind;
      throw new Error(`no description for ${String(unhandled)}`);
    }
  }
}

/**
 * The first character of `value` that stops the build, described for a
 * front-matter message, or null. Invisible characters are left to the check
 * of the text as written, which warns at their place.
 */
export function forbiddenCharacterIn(value: string): string | null {
  const problem = findCharacterProblems(value).find(({ fatal }) => fatal);
  return problem ? describeCharacterProblem(problem) : null;
}

/**
 * A text field may not hold a control character, a bidirectional override
 * or what is not a character at all: a YAML escape such as "\u0001" writes
 * one that the check of the file's text cannot see.
 */
export function refuseForbiddenCharacters(value: string, context: z.RefinementCtx): void {
  const problem = forbiddenCharacterIn(value);
  if (problem) context.addIssue({ code: 'custom', message: problem });
}

function codePointOf(character: string): string {
  return `U+${(character.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
}
