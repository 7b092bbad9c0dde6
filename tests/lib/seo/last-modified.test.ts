// @vitest-environment node
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getCommitDate, getLastModified } from '@/lib/seo/last-modified';

const run = promisify(execFile);
const published = '2023-03-08T08:00:00+08:00';
let repo: string;
let plain: string;

async function commit(cwd: string, file: string, date: string): Promise<void> {
  await writeFile(path.join(cwd, file), `${file} at ${date}\n`);
  await run('git', ['add', file], { cwd });
  const env = { ...process.env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date };
  await run('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.org', 'commit', '-qm', file], { cwd, env });
}

beforeAll(async () => {
  repo = await mkdtemp(path.join(tmpdir(), 'last-modified-'));
  plain = await mkdtemp(path.join(tmpdir(), 'no-git-'));
  await run('git', ['init', '-q'], { cwd: repo });
  await commit(repo, 'labs.md', '2024-05-01T10:00:00+00:00');
  await commit(repo, 'index.md', '2024-06-01T10:00:00+00:00');
  await writeFile(path.join(repo, 'draft.md'), 'never committed\n');
  await writeFile(path.join(plain, 'labs.md'), 'no history\n');
});

afterAll(async () => {
  await rm(repo, { recursive: true, force: true });
  await rm(plain, { recursive: true, force: true });
});

describe('getCommitDate', () => {
  it('is the date of the last commit that touched the file', async () => {
    expect(new Date((await getCommitDate('labs.md', repo)) ?? '').toISOString()).toBe('2024-05-01T10:00:00.000Z');
  });

  it('is null in a shallow clone, whose one commit would date every file to the clone', async () => {
    const shallow = path.join(plain, 'shallow');
    await run('git', ['clone', '-q', '--depth', '1', `file://${repo}`, shallow]);
    expect(await getCommitDate('labs.md', shallow)).toBeNull();
  });

  it('is null for a file never committed, or outside a repository', async () => {
    expect(await getCommitDate('draft.md', repo)).toBeNull();
    expect(await getCommitDate('labs.md', plain)).toBeNull();
  });
});

describe('getLastModified', () => {
  it('takes the latest commit of the page’s files, in Beijing time', async () => {
    expect(await getLastModified(published, [{ sourcePath: 'labs.md' }, { sourcePath: 'index.md' }], repo)).toBe(
      '2024-06-01T18:00:00+08:00',
    );
  });

  it('lets the editor’s updated date override the commit', async () => {
    expect(
      await getLastModified(published, [{ sourcePath: 'labs.md', updated: '2023-03-10T09:00:00+08:00' }], repo),
    ).toBe('2023-03-10T09:00:00+08:00');
  });

  it('falls back to the publication date when there is no history', async () => {
    expect(await getLastModified(published, [{ sourcePath: 'labs.md' }], plain)).toBe(published);
  });

  it('is never earlier than the publication date', async () => {
    expect(
      await getLastModified(published, [{ sourcePath: 'labs.md', updated: '2020-01-01T00:00:00+08:00' }], repo),
    ).toBe(published);
  });
});
