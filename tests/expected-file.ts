import { existsSync, readFileSync, writeFileSync } from 'node:fs';

/**
 * The expected output a fixture test compares with. Locally, a missing file
 * (or any, with UPDATE_FIXTURES=1) is written from the actual output for the
 * author to review before committing. Under CI nothing is written: a missing
 * file fails the test, so a fixture can never pass by approving itself.
 */
export function expectedOutput(expectedPath: string, actual: string): string {
  const exists = existsSync(expectedPath);
  if (process.env.CI) {
    if (!exists) {
      throw new Error(
        `${expectedPath} is missing: run this test locally, where it writes the file, review it and commit it`,
      );
    }
    return readFileSync(expectedPath, 'utf8');
  }
  if (process.env.UPDATE_FIXTURES || !exists) writeFileSync(expectedPath, actual);
  return readFileSync(expectedPath, 'utf8');
}
