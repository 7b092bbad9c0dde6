// structured-data-testing-tool ships no types; this declares only the HTML test
// and the Google preset that tests/e2e/seo.spec.ts runs on every page.
declare module 'structured-data-testing-tool' {
  interface TestResult {
    test: string;
    error?: { message: string };
  }
  interface Results {
    passed: TestResult[];
    failed: TestResult[];
    warnings: TestResult[];
  }
  export function structuredDataTestHtml(
    html: string,
    options: { presets: unknown[]; schemas?: string[] },
  ): Promise<Results>;
}

declare module 'structured-data-testing-tool/presets.js' {
  // CommonJS whose exports Node cannot name: import the default.
  const presets: { Google: unknown };
  export default presets;
}
