// @vitest-environment node
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { expectedOutput } from '@/tests/expected-file';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'expected-'));
});
afterEach(() => {
  vi.unstubAllEnvs();
  rmSync(dir, { recursive: true, force: true });
});

describe('expectedOutput', () => {
  it('fails under CI when the expected file is missing, and writes nothing', () => {
    vi.stubEnv('CI', '1');
    vi.stubEnv('UPDATE_FIXTURES', '1');
    const file = path.join(dir, 'expected.txt');
    expect(() => expectedOutput(file, 'actual')).toThrow(/expected\.txt is missing: run this test locally/);
    expect(existsSync(file)).toBe(false);
  });

  it('writes a missing file locally, for the author to review', () => {
    vi.stubEnv('CI', '');
    const file = path.join(dir, 'expected.txt');
    expect(expectedOutput(file, 'actual')).toBe('actual');
    expect(readFileSync(file, 'utf8')).toBe('actual');
  });
});
