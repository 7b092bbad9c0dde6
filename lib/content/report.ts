import type { Node, Point, Position } from 'unist';
import type { VFile } from 'vfile';


type Place = Node | Position | Point | undefined;

/** Where a message points: the start of a node or range, so every message reads `path:line:column`, as compilers print. */
function placeOf(place: Place): Point | undefined {
  if (!place) return undefined;
  if ('type' in place) return place.position?.start;
  return 'start' in place ? place.start : place;
}

/**
 * Records a problem that stops the build. Messages carry the file's path and
 * the line and column, so `vfile-reporter` prints them compiler-style.
 */
export function reportError(file: VFile, reason: string, place?: Place, ruleId = 'content'): void {
  record(file, reason, place, ruleId, true);
}

/** Records a problem worth fixing that does not stop the build. */
export function reportWarning(file: VFile, reason: string, place?: Place, ruleId = 'content'): void {
  record(file, reason, place, ruleId, false);
}

/**
 * How many messages of one rule a file gets before the rest are summed up in
 * one: enough to see the pattern, and a file of 10,000 broken tags is
 * reported in milliseconds rather than buried in its own report.
 */
export const maxMessagesPerRule = 50;

const counts = new WeakMap<VFile, Map<string, number>>();

function record(file: VFile, reason: string, place: Place, ruleId: string, fatal: boolean): void {
  const byRule = counts.get(file) ?? new Map<string, number>();
  counts.set(file, byRule);
  const seen = (byRule.get(ruleId) ?? 0) + 1;
  byRule.set(ruleId, seen);
  if (seen > maxMessagesPerRule + 1) return;
  const text =
    seen > maxMessagesPerRule
      ? `more problems of this kind from here on (only the first ${maxMessagesPerRule} are listed): fix those above, then check again`
      : reason;
  const message = file.message(text, { place: placeOf(place), ruleId, source: 'content' });
  // The summary stops the build when what it stands for might.
  message.fatal = fatal || (seen > maxMessagesPerRule && file.messages.some((other) => other.ruleId === ruleId && other.fatal === true));
}

/** Whether any message on these files stops the build. */
export function hasErrors(files: readonly VFile[]): boolean {
  return files.some((file) => file.messages.some((message) => message.fatal === true));
}

/** A message recorded on a file. */
type VFileMessage = VFile['messages'][number];

/** `content/en/labs.md:31:1: error: paragraph 6 has no counterpart … (alignment)`: the message's name is vfile's `path:line:column`. */
export function formatMessage(message: VFileMessage): string {
  const label = message.fatal === true ? 'error' : 'warning';
  const rule = message.ruleId ? ` (${message.ruleId})` : '';
  return `${message.name}: ${label}: ${message.reason}${rule}`;
}

/** Messages by file, then by position, so a file's problems read top to bottom. */
export function sortMessages(files: readonly VFile[]): VFileMessage[] {
  const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return [...files]
    .sort((a, b) => compare(a.path, b.path))
    .flatMap((file) =>
      [...file.messages].sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0)),
    );
}
