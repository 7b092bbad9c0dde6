/**
 * How many readers each server of the publication serves: autocannon against
 * the front page, a section page and the stylesheet, through `npm start`
 * (sirv with the manifest's rules), nginx (the generated config) and a
 * minimal in-memory Node server that answers with the same bytes, the
 * ceiling for any Node server on this machine. One run, one table, with the
 * ratios. Prints figures; it does not pass or fail.
 *
 *   npm run build && npm run bench:load
 *   npm run bench:load -- --connections=50 --duration=10
 *
 * Loopback only, bounded in time. The load generator shares the machine with
 * the servers, so figures compare runs on one machine, not machines. Ports:
 * PORT (default 3996) and the one above it.
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
import { collectPageAssets } from './lib/page-assets';
import { startSite, type SiteUnderTest } from './lib/site-server';

const { values: options } = parseArgs({
  options: {
    connections: { type: 'string', default: '50' },
    duration: { type: 'string', default: '10' },
  },
});
const connections = Number(options.connections);
const duration = Number(options.duration);
const basePort = Number(process.env.PORT ?? 3996);

interface Figures {
  requestsPerSecond: number;
  p50: number;
  p99: number;
  errors: number;
}

async function load(url: string): Promise<Figures> {
  // A short warm-up, not counted: the first requests pay for caches and connection set-up.
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
const servers: SiteUnderTest[] = [];
const memory = fork(new URL('./lib/memory-server.ts', import.meta.url), { execArgv: ['--import', 'tsx'] });

try {
  const start = await startSite('start', basePort);
  servers.push(start);
  const nginx = await startSite('nginx', basePort + 1);
  servers.push(nginx);

  const front = frontPagePath(defaultLocale);
  const frontHtml = await (await fetch(`${start.origin}${front}`)).text();
  const stylesheet = collectPageAssets(frontHtml, `${start.origin}${front}`).stylesheets[0];
  const targets = [
    { name: 'front page', path: front },
    ...(sectionPage ? [{ name: 'section page', path: sectionPage.path }] : []),
    ...(stylesheet ? [{ name: 'stylesheet', path: new URL(stylesheet).pathname }] : []),
  ];

  // The bytes and type served to a client that, like autocannon, asks for no compression.
  const responses: MemoryResponse[] = [];
  for (const target of targets) {
    const response = await fetch(`${start.origin}${target.path}`, { headers: { 'accept-encoding': 'identity' } });
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
    `Machine: ${cpus.length} × ${cpus[0]?.model ?? 'unknown CPU'}, ${Math.round(os.totalmem() / 2 ** 30)} GB RAM, ${os.type()} ${os.release()}; Node ${process.version}; load average ${os
      .loadavg()
      .map((value) => value.toFixed(2))
      .join(' ')}`,
  );
  console.log(
    `autocannon: ${connections} connections for ${duration} s per target and server, loopback, after a 2 s warm-up\n`,
  );
  console.log('| target | bytes | server | requests/s | p50 | p99 | errors |');
  console.log('| --- | --: | --- | --: | --: | --: | --: |');
  for (const target of targets) {
    const bytes = Buffer.from(
      responses.find((response) => response.path === target.path)?.body ?? '',
      'base64',
    ).byteLength;
    const figures = {
      'npm start': await load(`${start.origin}${target.path}`),
      nginx: await load(`${nginx.origin}${target.path}`),
      'in-memory Node': await load(`http://127.0.0.1:${memoryPort}${target.path}`),
    };
    for (const [server, result] of Object.entries(figures)) {
      console.log(
        `| ${target.name} \`${target.path}\` | ${bytes} | ${server} | ${Math.round(result.requestsPerSecond)} | ${result.p50} ms | ${result.p99} ms | ${result.errors} |`,
      );
    }
    const ratio = (a: Figures, b: Figures) => (a.requestsPerSecond / b.requestsPerSecond).toFixed(2);
    console.log(
      `| | | **nginx ÷ in-memory ${ratio(figures.nginx, figures['in-memory Node'])}; npm start ÷ in-memory ${ratio(figures['npm start'], figures['in-memory Node'])}** | | | | |`,
    );
  }
} finally {
  memory.kill();
  for (const server of servers) await server.stop();
}
