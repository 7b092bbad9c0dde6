/**
 * Checks every content file and reports each problem in compiler style,
 * `path:line:column: error|warning: what is wrong and what to do (rule)`, so
 * editors and terminals can jump to the line. Exits with 1 when there is an
 * error (the build runs this first and stops there); warnings are shown but
 * do not stop anything.
 *
 * The content root is `content/`, or `CONTENT_DIR` when set.
 *
 * Usage: npm run content:check
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { contentRoot, readContent } from '../lib/content/load';
import { formatMessage, sortMessages } from '../lib/content/report';

export interface CheckResult {
  /** The report, one line per message, then a summary line. */
  report: string;
  errors: number;
  warnings: number;
}

/**
 * Reads and checks the content under `root` and formats what it found. Each
 * line starts with the message's own name, which vfile makes
 * `path:line:column`; vfile-reporter's layout (a header per file, then
 * `line:column` rows) is made for reading, not for jumping to a line.
 */
export async function checkContent(root: string): Promise<CheckResult> {
  const { files } = await readContent(root);
  const messages = sortMessages(files);
  const errors = messages.filter((message) => message.fatal === true).length;
  const warnings = messages.length - errors;
  const lines = messages.map(formatMessage);
  const checked = files.filter((file) => file.value !== undefined).length;
  lines.push(summary(checked, errors, warnings));
  return { report: lines.join('\n'), errors, warnings };
}

function summary(files: number, errors: number, warnings: number): string {
  const count = (n: number, what: string) => `${n} ${what}${n === 1 ? '' : 's'}`;
  const checked = `content:check: ${count(files, 'file')} checked`;
  const found = `${count(errors, 'error')}, ${count(warnings, 'warning')}`;
  if (errors > 0) return `${checked}: ${found}. Fix the errors to build; docs/editing.md explains each message.`;
  if (warnings > 0) return `${checked}: ${found}. The site builds; the warnings are worth fixing.`;
  return `${checked}, no problems.`;
}

async function main(): Promise<void> {
  const { report, errors } = await checkContent(contentRoot());
  (errors > 0 ? console.error : console.log)(report);
  if (errors > 0) process.exitCode = 1;
}

// Runs only as a CLI, so tests can import `checkContent` without side effects.
if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
    process.exitCode = 1;
  });
}
