import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { defaultLocale } from '@/lib/i18n';
import { frontPagePath } from '@/lib/routes';

/** A running site to measure, and how to stop it when the script started it. */
export interface SiteUnderTest {
  origin: string;
  stop: () => Promise<void>;
  /** The end of the server's error output, to show when a measurement fails. */
  errorLog: () => string;
}

const LOG_LIMIT = 4000;

/**
 * The production site the quality scripts measure: `BASE_URL` when set (a
 * server someone already runs), otherwise `next start` of the build in
 * `NEXT_DIST_DIR` (default `.next`) on `PORT`, bound to loopback and stopped
 * by its own process id when the script ends.
 */
export async function startSite(defaultPort: number): Promise<SiteUnderTest> {
  if (process.env.BASE_URL) {
    return { origin: new URL(process.env.BASE_URL).origin, stop: async () => {}, errorLog: () => '' };
  }
  const port = Number(process.env.PORT ?? defaultPort);
  const origin = `http://127.0.0.1:${port}`;
  const child = spawn('node_modules/.bin/next', ['start', '-H', '127.0.0.1', '-p', String(port)], {
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  // Kept, not printed: a page that fails is reported by the script; the log says why.
  let log = '';
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (chunk: string) => {
    log = (log + chunk).slice(-LOG_LIMIT);
  });
  const errorLog = () => log;
  const exited = once(child, 'exit');
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGTERM');
    await exited;
  };
  process.once('SIGINT', () => void stop().then(() => process.exit(130)));

  const ready = frontPagePath(defaultLocale);
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      throw new Error(
        `next start exited (code ${child.exitCode}) before serving ${origin}: is there a build in ${process.env.NEXT_DIST_DIR ?? '.next'} (npm run build), and is port ${port} free (set PORT)?\n${log}`,
      );
    }
    try {
      const response = await fetch(`${origin}${ready}`);
      if (response.ok) return { origin, stop, errorLog };
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  await stop();
  throw new Error(`next start did not serve ${origin}${ready} within 60 s\n${log}`);
}
