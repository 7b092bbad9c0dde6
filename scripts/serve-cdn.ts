import { spawn } from 'node:child_process';
import path from 'node:path';

/*
 * `npm run serve:cdn`: Cloudflare's own runtime (workerd, through
 * `wrangler pages dev`) serving `out/` on PORT (default 3000) as Cloudflare
 * Pages would, applying `out/_headers` and `out/_redirects`. It proves the CDN
 * files by a CDN's rules rather than by reading them. Offline; no account.
 */
const port = String(process.env.PORT ?? 3000);
const wrangler = spawn(
  path.resolve('node_modules/.bin/wrangler'),
  ['pages', 'dev', process.env.SITE_DIR ?? 'out', '--port', port, '--ip', '127.0.0.1', '--log-level', 'warn'],
  { stdio: 'inherit', env: { ...process.env, WRANGLER_SEND_METRICS: 'false' } },
);
// wrangler and its workerd children share this process group: whoever started it stops the group.
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => wrangler.kill(signal));
wrangler.on('exit', (code) => process.exit(code ?? 0));
