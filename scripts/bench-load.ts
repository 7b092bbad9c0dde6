/**
 * How many readers one `next start` process serves: autocannon against the
 * front page, a section page and a static asset (the site's stylesheet) of
 * the production build, then against the same bytes from a minimal in-memory
 * Node server, the ceiling for any Node server on this machine, as a ratio.
 * Prints figures; it does not pass or fail.
 *
 *   npm run build && npm run bench:load
 *   npm run bench:load -- --connections=50 --duration=10
 *
 * Loopback only. The load generator shares the machine with the servers, so
 * figures compare runs on one machine, not machines. Starts `next start` of
 * the build in NEXT_DIST_DIR on PORT (default 3996), or measures BASE_URL.
 */
import { fork } from 'node:child_process';
import { once } from 'node:events';
import os from 'node:os';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { defaultLocale } from '@/lib/i18n';
import { frontPagePath } from '@/lib/routes';
import { getSitePages } from '@/lib/site-pages';
import type { MemoryResponse } from './lib/memory-server';
import { startSite } from './lib/next-server';
import { collectPageAssets } from './lib/page-assets';

const { values: options } = parseArgs({
  options: {
    connections: { type: 'string', default: '50' },
    duration: { type: 'string', default: '10' },
  },
});
const connections = Number(options.connections);
const duration = Number(options.duration);

interface Figures {
  requestsPerSecond: number;
  p50: number;
  p99: number;
  errors: number;
}

async function load(url: string): Promise<Figures> {
  // A short warm-up, not counted: the first requests pay for compilation and caches.
  await autocannon({ url, connections: 10, duration: 2 });
  const result = await autocannon({ url, connections, duration });
  return {
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts + result.non2xx,
  };
}

const sectionPage = (await getSitePages()).find((page) => page.kind === 'section' && page.locale === defaultLocale);
const site = await startSite(3996);
const memory = fork(new URL('./lib/memory-server.ts', import.meta.url), { execArgv: ['--import', 'tsx'] });

try {
  const front = frontPagePath(defaultLocale);
  const frontHtml = await (await fetch(`${site.origin}${front}`)).text();
  const stylesheet = collectPageAssets(frontHtml, `${site.origin}${front}`).stylesheets[0];
  const targets = [
    { name: 'front page', path: front },
    ...(sectionPage ? [{ name: 'section page', path: sectionPage.path }] : []),
    ...(stylesheet ? [{ name: 'static asset (CSS)', path: new URL(stylesheet).pathname }] : []),
  ];

  // The same bytes and type Next sends to a client that, like autocannon, asks for no compression.
  const responses: MemoryResponse[] = [];
  for (const target of targets) {
    const response = await fetch(`${site.origin}${target.path}`, { headers: { 'accept-encoding': 'identity' } });
    if (!response.ok) throw new Error(`${target.path} answered ${response.status}`);
    responses.push({
      path: target.path,
      contentType: response.headers.get('content-type') ?? 'application/octet-stream',
      body: Buffer.from(await response.arrayBuffer()).toString('base64'),
    });
  }
  memory.send({ responses });
  const [{ port: memoryPort }] = (await once(memory, 'message')) as [{ port: number }];

  const cpus = os.cpus();
  console.log(
    `Machine: ${cpus.length} × ${cpus[0]?.model ?? 'unknown CPU'}, ${Math.round(os.totalmem() / 2 ** 30)} GB RAM, ${os.type()} ${os.release()}; Node ${process.version}`,
  );
  console.log(`autocannon: ${connections} connections for ${duration} s per target, loopback, after a 2 s warm-up\n`);
  console.log('| target | bytes | server | requests/s | p50 | p99 | errors |');
  console.log('| --- | --: | --- | --: | --: | --: | --: |');
  for (const target of targets) {
    const bytes = Buffer.from(
      responses.find((response) => response.path === target.path)?.body ?? '',
      'base64',
    ).byteLength;
    const next = await load(`${site.origin}${target.path}`);
    const baseline = await load(`http://127.0.0.1:${memoryPort}${target.path}`);
    const row = (server: string, figures: Figures) =>
      `| ${target.name} \`${target.path}\` | ${bytes} | ${server} | ${Math.round(figures.requestsPerSecond)} | ${figures.p50} ms | ${figures.p99} ms | ${figures.errors} |`;
    console.log(row('next start', next));
    console.log(row('in-memory Node', baseline));
    console.log(
      `| | | **next ÷ in-memory** | **${(next.requestsPerSecond / baseline.requestsPerSecond).toFixed(2)}** | | | |`,
    );
  }
} finally {
  memory.kill();
  await site.stop();
}
