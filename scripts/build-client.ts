import { readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { build } from 'esbuild';
import { clientScriptPath } from '@/lib/publication/client-script';

/*
 * Bundles the reader's script (lib/client/site.ts) into public/, where the dev
 * server serves it and the export copies it. Minified ES2022 for the browsers
 * that have popovers; the publication step fingerprints it. Code it imports
 * with `import()` (the search dialog) is split into chunks named after their
 * content (`search-1A2B3C4D.js`), loaded only when used.
 */
const root = process.cwd();
const outdir = path.join(root, 'public', path.dirname(clientScriptPath));

// Chunks of an earlier build would be copied into the export too.
for (const name of await readdir(outdir).catch(() => [])) {
  if (/\.js$/.test(name)) await rm(path.join(outdir, name));
}

await build({
  entryPoints: { [path.basename(clientScriptPath, '.js')]: path.join(root, 'lib/client/site.ts') },
  outdir,
  splitting: true,
  chunkNames: '[name]-[hash]',
  bundle: true,
  format: 'esm',
  target: 'es2022',
  minify: true,
  legalComments: 'none',
  alias: { '@': root },
  logLevel: 'warning',
});
