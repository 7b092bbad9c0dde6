import { spawn } from 'node:child_process';
import { once } from 'node:events';

/**
 * The servers of the static publication, each serving `out/` as production
 * would: `start` (npm start: sirv with the manifest's rules), `nginx` (the
 * generated config) and `cdn` (Cloudflare's workerd via `wrangler pages dev`,
 * applying `_headers` and `_redirects`).
 */
export const serverKinds = ['start', 'nginx', 'cdn'] as const;

export type ServerKind = (typeof serverKinds)[number];

/** The script that runs each server in the foreground on PORT. */
export const serverScripts: Record<ServerKind, string> = {
  start: 'scripts/serve.ts',
  nginx: 'scripts/serve-nginx.ts',
  cdn: 'scripts/serve-cdn.ts',
};

/** Narrows a name (E2E_SERVER, a command-line argument) to a server. */
export function isServerKind(value: string): value is ServerKind {
  return (serverKinds as readonly string[]).includes(value);
}

/** A running site to measure, and how to stop it when the script started it. */
export interface SiteUnderTest {
  kind: ServerKind | 'external';
  origin: string;
  /** The server's process id (its process group leader), for memory figures; null for BASE_URL. */
  pid: number | null;
  stop: () => Promise<void>;
  /** The end of the server's output, to show when a measurement fails. */
  log: () => string;
}

const LOG_LIMIT = 4000;

/**
 * A server of `out/` for a script to measure: `BASE_URL` when set (a server
 * someone already runs), otherwise `kind` on `port`, bound to loopback, in a
 * process group of its own that is stopped whole (nginx and workerd have
 * children).
 */
export async function startSite(kind: ServerKind, port: number): Promise<SiteUnderTest> {
  // Only an absolute URL counts: under Vitest, Vite sets BASE_URL to its own `/`.
  const external = process.env.BASE_URL;
  if (external && /^https?:\/\//.test(external)) {
    return {
      kind: 'external',
      origin: new URL(external).origin,
      pid: null,
      stop: async () => {},
      log: () => '',
    };
  }
  const origin = `http://127.0.0.1:${port}`;
  const child = spawn('node_modules/.bin/tsx', [serverScripts[kind]], {
    env: { ...process.env, PORT: String(port), WRANGLER_SEND_METRICS: 'false' },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let output = '';
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString('utf8')).slice(-LOG_LIMIT);
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  const exited = once(child, 'exit');
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    try {
      process.kill(-(child.pid ?? 0), 'SIGTERM');
    } catch {
      return;
    }
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5000))]);
    try {
      process.kill(-(child.pid ?? 0), 'SIGKILL');
    } catch {
      // Stopped in time.
    }
  };
  process.once('SIGINT', () => void stop().then(() => process.exit(130)));

  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      throw new Error(
        `${kind} exited (code ${child.exitCode}) before serving ${origin}: is there a build in out/ (npm run build), and is port ${port} free?\n${output}`,
      );
    }
    try {
      const response = await fetch(`${origin}/zh`);
      if (response.ok) return { kind, origin, pid: child.pid ?? null, stop, log: () => output };
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  await stop();
  throw new Error(`${kind} did not serve ${origin}/zh within 60 s\n${output}`);
}
