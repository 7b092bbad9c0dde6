import { existsSync, readFileSync, writeFileSync } from 'node:fs';

/**
 * The expected output a fixture test compares with. A missing file fails the
 * test, locally as in CI: a fixture can never pass by approving itself. Only
 * UPDATE_FIXTURES=1, outside CI, writes the files from the actual output, for
 * the author to review (`git diff`) before committing.
 */
export function expectedOutput(expectedPath: string, actual: string): string {
  if (process.env.UPDATE_FIXTURES && !process.env.CI) writeFileSync(expectedPath, actual);
  if (!existsSync(expectedPath)) {
    throw new Error(
      `${expectedPath} is missing: write it by hand, or run the test with UPDATE_FIXTURES=1 to write it from the output, review it and commit it`,
    );
  }
  return readFileSync(expectedPath, 'utf8');
}
