import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * Next.js adds the type folders of any build folder it runs with
 * (NEXT_DIST_DIR) to tsconfig.json and rewrites its layout. A test that
 * starts Next in a folder of its own keeps the file as it was: call this
 * before starting Next, and the function it returns when done.
 */
export function keepTsconfig(root = process.cwd()): () => void {
  const file = path.join(root, 'tsconfig.json');
  const original = readFileSync(file, 'utf8');
  return () => writeFileSync(file, original);
}
