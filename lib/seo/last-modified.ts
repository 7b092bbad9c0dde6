import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { latestOf } from '@/lib/seo/dates';

const run = promisify(execFile);

/** A content file that a page is made from, with the editor's own `updated` date when there is one. */
export interface PageSource {
  /** Relative to `cwd`, as the loader records it. */
  sourcePath: string;
  updated?: string | undefined;
}

const commitDates = new Map<string, Promise<string | null>>();
const shallowRepos = new Map<string, Promise<boolean | null>>();

/**
 * The committer date of the last commit that touched `file`, or null when
 * there is no usable history: git missing, not a repository, the file never
 * committed, or a shallow clone (whose one commit would claim every file was
 * changed on the day of the clone). Read once per file and process.
 */
export function getCommitDate(file: string, cwd: string = process.cwd()): Promise<string | null> {
  const key = `${cwd}\0${file}`;
  let date = commitDates.get(key);
  if (!date) {
    date = readCommitDate(file, cwd);
    commitDates.set(key, date);
  }
  return date;
}

async function readCommitDate(file: string, cwd: string): Promise<string | null> {
  if ((await isShallow(cwd)) !== false) return null;
  try {
    const { stdout } = await run('git', ['log', '-1', '--format=%cI', '--', file], { cwd });
    return stdout.trim() || null;
  } catch {
    return null;
  }
}

function isShallow(cwd: string): Promise<boolean | null> {
  let shallow = shallowRepos.get(cwd);
  if (!shallow) {
    shallow = run('git', ['rev-parse', '--is-shallow-repository'], { cwd }).then(
      ({ stdout }) => stdout.trim() === 'true',
      () => null,
    );
    shallowRepos.set(cwd, shallow);
  }
  return shallow;
}

/**
 * When a page last changed, for `dateModified`, the sitemap's `lastmod` and
 * the feeds: for each of its files, the editor's `updated` date when given
 * (so a typo fix committed later does not count as news), else the file's
 * last commit, else the publication date; the latest of these, and never
 * earlier than `published`. Computed at build time, in Beijing time.
 */
export async function getLastModified(
  published: string,
  sources: readonly PageSource[],
  cwd: string = process.cwd(),
): Promise<string> {
  const dates = await Promise.all(
    sources.map(async (source) => source.updated ?? (await getCommitDate(source.sourcePath, cwd)) ?? published),
  );
  return latestOf(published, ...dates);
}
