// @vitest-environment node
import { describeContentFuzz } from './content-fuzz';

// Half of the fuzz run (tests/lib/content/content-fuzz.ts); the other half runs beside it in another file.
describeContentFuzz(0, 2, 'tests/lib/content/content-fuzz-1.test.ts');
