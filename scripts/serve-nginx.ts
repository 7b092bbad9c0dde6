import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { renderNginxConfig } from '@/lib/publication/nginx-config';
import { readCurrentPublication } from './lib/publication-files';

/*
 * `npm run serve:nginx`: Debian's nginx in the foreground on PORT (default
 * 3000), serving `out/` with the config generated from the publication's
 * manifest, from a temporary prefix (no root, no system config). Stops with
 * the process; `exec`-like, so the PID a test keeps is nginx's own parent.
 */
const port = Number(process.env.PORT ?? 3000);
const siteLink = path.resolve(process.env.SITE_DIR ?? 'out');
const prefix = mkdtempSync(path.join(tmpdir(), 'site-nginx-'));
for (const folder of ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']) mkdirSync(path.join(prefix, folder));
const config = path.join(prefix, 'nginx.conf');
// Started as root, nginx hands its workers to `nobody`, who may not read this checkout: they stay with us.
const user = process.getuid?.() === 0 ? 'root' : undefined;
writeFileSync(
  config,
  renderNginxConfig(readCurrentPublication(siteLink), { root: siteLink, listen: `127.0.0.1:${port}`, prefix, user }),
);

const nginx = spawn('nginx', ['-p', prefix, '-c', config, '-e', path.join(prefix, 'error.log'), '-g', 'daemon off;'], {
  stdio: 'inherit',
});
nginx.on('spawn', () => console.log(`serve:nginx: out/ on http://localhost:${port} (config ${config})`));
nginx.on('error', (error) => {
  console.error(`serve:nginx: could not start nginx (${error.message}); install it with apt-get install -y nginx`);
  process.exit(1);
});
nginx.on('exit', (code) => process.exit(code ?? 0));
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => nginx.kill('SIGQUIT'));
