/** Debian's Chromium: test tools may not download a browser of their own here. */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Flags for every Chromium the tests and benchmarks start: no sandbox (root in
 * CI), no GPU, and none of the background traffic and updates that, on a
 * closed network, fail, retry and add their work to what is measured.
 */
export const chromiumFlags = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
