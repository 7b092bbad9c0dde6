// @vitest-environment node
import { describeContentFuzz } from './content-fuzz';

// Half of the fuzz run (tests/lib/content/content-fuzz.ts); the other half runs beside it in another file.
describeContentFuzz(1, 2, 'tests/lib/content/content-fuzz-2.test.ts');
