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
    expect(() => expectedOutput(file, 'actual')).toThrow(/expected\.txt is missing/);
    expect(existsSync(file)).toBe(false);
  });

  it('fails locally too when the expected file is missing, and writes nothing', () => {
    vi.stubEnv('CI', '');
    vi.stubEnv('UPDATE_FIXTURES', '');
    const file = path.join(dir, 'expected.txt');
    expect(() => expectedOutput(file, 'actual')).toThrow(/expected\.txt is missing/);
    expect(existsSync(file)).toBe(false);
  });

  it('writes the file from the output only when asked to with UPDATE_FIXTURES=1, outside CI', () => {
    vi.stubEnv('CI', '');
    vi.stubEnv('UPDATE_FIXTURES', '1');
    const file = path.join(dir, 'expected.txt');
    expect(expectedOutput(file, 'actual')).toBe('actual');
    expect(readFileSync(file, 'utf8')).toBe('actual');
  });
});
