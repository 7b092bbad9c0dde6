/**
 * Where the browser tests and the quality scripts write what a reviewer looks
 * at (screenshots, the Playwright report, Lighthouse reports): `reports/`,
 * which git ignores and CI keeps. A build in its own folder
 * (`NEXT_DIST_DIR=.next-<name>`) reports to `reports/<name>/`, so runs that
 * share a checkout do not overwrite each other's results.
 */
export const reportsDir = reportsDirFor(process.env.NEXT_DIST_DIR);

/** The reports folder for a build folder; exported for its test. */
export function reportsDirFor(distDir: string | undefined): string {
  const name = (distDir ?? '').replace(/^\.?next-?/, '').replace(/[^\w-]+/g, '-');
  return name ? `reports/${name}` : 'reports';
}
