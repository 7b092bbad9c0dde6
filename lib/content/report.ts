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
  const message = file.message(reason, { place: placeOf(place), ruleId, source: 'content' });
  message.fatal = true;
}

/** Records a problem worth fixing that does not stop the build. */
export function reportWarning(file: VFile, reason: string, place?: Place, ruleId = 'content'): void {
  const message = file.message(reason, { place: placeOf(place), ruleId, source: 'content' });
  message.fatal = false;
}

/** Whether any message on these files stops the build. */
export function hasErrors(files: readonly VFile[]): boolean {
  return files.some((file) => file.messages.some((message) => message.fatal === true));
}
