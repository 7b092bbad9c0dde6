import { expect, test } from '@playwright/test';

test('the Chinese front page renders with its language and headline', async ({ page }) => {
  await page.goto('/zh');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('书写推动双城经济圈建设高质量发展新篇章');
});
