import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { HtmlValidate, type ConfigData, type Message } from 'html-validate';
import { getSitePages, missingPages } from '@/lib/site-pages';

/*
 * The HTML as served (not as the browser repaired it) passes html-validate
 * with the project's configuration, .htmlvalidate.json; the README says which
 * rules it switches off and why.
 */

const validator = new HtmlValidate(JSON.parse(readFileSync('.htmlvalidate.json', 'utf8')) as ConfigData);
const addresses = [...(await getSitePages()).map((page) => page.path), ...missingPages.map((page) => page.path)];

function describe(path: string, message: Message): string {
  return `${path}:${message.line}:${message.column}: ${message.message} (${message.ruleId}) near ${JSON.stringify(message.selector ?? '')}`;
}

test.describe('valid HTML', () => {
  for (const path of addresses) {
    test(`${path} has no html-validate errors`, async ({ request }) => {
      const response = await request.get(path);
      const report = await validator.validateString(await response.text(), path);
      const errors = report.results.flatMap((result) =>
        result.messages.filter((message) => message.severity === 2).map((message) => describe(path, message)),
      );
      expect(errors).toEqual([]);
    });
  }
});
