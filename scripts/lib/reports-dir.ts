/**
 * Where the browser tests and the quality scripts write what a reviewer looks
 * at (screenshots, the Playwright report, Lighthouse reports): `reports/`,
 * which git ignores and CI keeps. Runs against another server than `npm start`
 * report to `reports/<server>/`, so the runs of one CI job do not overwrite
 * each other's results.
 */
export function reportsDirFor(server: string): string {
  return server === 'start' ? 'reports' : `reports/${server.replace(/[^\w-]+/g, '-')}`;
}
