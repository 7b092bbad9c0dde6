/**
 * A soak of the two servers of the publication: 60 s (SOAK_SECONDS) of
 * mixed normal and hostile requests at 50 connections against `npm start`
 * and nginx, on loopback, bounded in time. Afterwards there must be no 5xx,
 * every normal page must be byte for byte what it was before, and the Node
 * server's memory must be within 10% of its level after the warm-up. Prints
 * its figures; exits 1 when one of those fails.
 *
 *   npm run build && npm run bench:soak
 *
 * Ports: PORT (default 3994) and the one above it.
 */
import { execFileSync } from 'node:child_process';
import autocannon, { type AutocannonRequest } from 'autocannon';
import { getSitePages } from '@/lib/site-pages';
import { startSite, type SiteUnderTest } from './lib/site-server';

const seconds = Number(process.env.SOAK_SECONDS ?? 60);
const connections = 50;
const basePort = Number(process.env.PORT ?? 3994);
const pages = (await getSitePages()).map((page) => page.path);

/** Requests an attacker sends that an HTTP client can still write; the malformed ones are tests/e2e/hostile-requests.spec.ts's. */
const hostile: AutocannonRequest[] = [
  { method: 'GET', path: '/%2e%2e/%2e%2e/etc/passwd' },
  { method: 'GET', path: '/zh/%zz' },
  { method: 'GET', path: '/zh/%C0%AF' },
  { method: 'GET', path: `/zh/${'a'.repeat(6000)}` },
  { method: 'GET', path: '/zh/labs.rsc' },
  { method: 'GET', path: '/zh/labs/__next._tree.txt' },
  { method: 'GET', path: '/no/such/page' },
  { method: 'GET', path: '/', headers: { 'accept-language': ';;;,,q=abc,zh-TW;q=2,*;q=-1' } },
  { method: 'POST', path: '/zh/labs', body: 'x'.repeat(2000) },
  { method: 'TRACE', path: '/zh' },
  { method: 'GET', path: '/zh/labs/' },
];
// Two normal requests for each hostile one, walking every page.
const mixed: AutocannonRequest[] = pages.flatMap((path, index) => [
  { method: 'GET', path },
  { method: 'GET', path: pages[(index + 1) % pages.length] ?? path },
  hostile[index % hostile.length] as AutocannonRequest,
]);

/** The server's process group's resident memory in KB (tsx, node, or nginx's master and worker). */
function groupMemory(site: SiteUnderTest): number {
  const output = execFileSync('ps', ['-o', 'rss=', '-g', String(site.pid)], { encoding: 'utf8' });
  return output
    .split('\n')
    .map((line) => Number(line.trim()))
    .filter((value) => Number.isFinite(value))
    .reduce((sum, value) => sum + value, 0);
}

async function snapshot(origin: string): Promise<Map<string, string>> {
  const bodies = new Map<string, string>();
  for (const path of pages) bodies.set(path, await (await fetch(`${origin}${path}`)).text());
  return bodies;
}

const failures: string[] = [];
const servers: SiteUnderTest[] = [];
try {
  servers.push(await startSite('start', basePort), await startSite('nginx', basePort + 1));
  console.log(
    `Soak: ${seconds} s per server, ${connections} connections, ${mixed.length} requests in turn (one in three hostile)\n`,
  );
  console.log(
    '| server | requests | requests/s | p99 | 2xx | 3xx | 4xx | 5xx | errors | memory after warm-up | after the soak | change | pages unchanged |',
  );
  console.log('| --- | --: | --: | --: | --: | --: | --: | --: | --: | --: | --: | --: | --- |');
  for (const site of servers) {
    const before = await snapshot(site.origin);
    await autocannon({ url: site.origin, connections: 10, duration: 5, requests: mixed });
    const warm = groupMemory(site);
    const result = await autocannon({ url: site.origin, connections, duration: seconds, requests: mixed });
    const after = groupMemory(site);
    const now = await snapshot(site.origin);
    const changed = pages.filter((path) => now.get(path) !== before.get(path));
    const change = (after - warm) / warm;
    const fives = result['5xx'];
    console.log(
      `| ${site.kind} | ${result.requests.total} | ${Math.round(result.requests.average)} | ${result.latency.p99} ms | ${result['2xx']} | ${result['3xx']} | ${result['4xx']} | ${fives} | ${result.errors + result.timeouts} | ${(warm / 1024).toFixed(1)} MB | ${(after / 1024).toFixed(1)} MB | ${(change * 100).toFixed(1)}% | ${changed.length === 0 ? 'all' : `${changed.length} changed`} |`,
    );
    if (fives > 0) failures.push(`${site.kind}: ${fives} responses with a 5xx status`);
    if (result.errors + result.timeouts > 0)
      failures.push(`${site.kind}: ${result.errors + result.timeouts} failed connections`);
    if (changed.length > 0) failures.push(`${site.kind}: pages changed during the soak: ${changed.join(', ')}`);
    if (site.kind === 'start' && Math.abs(change) > 0.1) {
      failures.push(`${site.kind}: memory moved ${(change * 100).toFixed(1)}% after the warm-up (at most 10%)`);
    }
  }
} finally {
  for (const site of servers) await site.stop();
}
if (failures.length > 0) {
  console.error(`\n${failures.map((failure) => `  ${failure}`).join('\n')}`);
  process.exit(1);
}
console.log(
  '\nNo 5xx, no failed connection, every page unchanged; the Node server’s memory within 10% of its level after the warm-up.',
);
