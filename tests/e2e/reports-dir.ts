import { reportsDirFor } from '@/scripts/lib/reports-dir';
import { e2eServer } from './servers';

/** The reports folder of this end-to-end run (scripts/lib/reports-dir.ts). */
export const reportsDir = reportsDirFor(e2eServer);
