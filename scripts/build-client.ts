import path from 'node:path';
import { build } from 'esbuild';
import { clientScriptPath } from '@/lib/publication/client-script';

/*
 * Bundles the reader's script (lib/client/site.ts) into public/, where the dev
 * server serves it and the export copies it. Minified ES2022 for the browsers
 * that have popovers; the publication step fingerprints it.
 */
const root = process.cwd();

await build({
  entryPoints: [path.join(root, 'lib/client/site.ts')],
  outfile: path.join(root, 'public', clientScriptPath),
  bundle: true,
  format: 'esm',
  target: 'es2022',
  minify: true,
  legalComments: 'none',
  alias: { '@': root },
  logLevel: 'warning',
});
