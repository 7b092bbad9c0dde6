import { expect, test, type Locator, type Page } from '@playwright/test';

/*
 * Bilingual reading in a real browser: the reader's place survives switching
 * language and opening or closing the side-by-side view; glossary terms
 * explain themselves on tap, keyboard and hover without moving the page; and
 * all of it still works, as plain links, with JavaScript off.
 */

const header = (page: Page) => page.getByRole('banner');

/** Scrolls as a reader would, until the block's top is at the top of the reading area. */
async function scrollTo(page: Page, id: string) {
  await page.locator(`#${id}`).evaluate((block) => block.scrollIntoView({ block: 'start' }));
}

/**
 * Clicks a link in the sticky header where it is on screen, as a reader does.
 * (Playwright's own click first scrolls a sticky element's place in the
 * document into view, which would move the reader away from where they were.)
 */
async function clickInPlace(page: Page, link: Locator) {
  const box = await link.boundingBox();
  if (!box) throw new Error('the link is not on screen');
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
}

/** Moves the pointer onto a switch, as a reader about to use it, and reads where it now leads. */
async function pointAt(page: Page, link: Locator): Promise<string | null> {
  const box = await link.boundingBox();
  if (!box) throw new Error('the link is not on screen');
  // Off and back on, where it is on screen (Playwright's hover would scroll the sticky header's place into view).
  await page.mouse.move(box.x + box.width / 2, box.y + box.height + 200);
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  return link.getAttribute('href');
}

/** The block sits at the top of the reading area: below the sticky header, not under it, not far down. */
async function expectAtTopOfReadingArea(page: Page, block: Locator) {
  const headerBox = await header(page).boundingBox();
  const box = await block.boundingBox();
  expect(headerBox && box).toBeTruthy();
  if (!headerBox || !box) return;
  expect(box.y).toBeGreaterThanOrEqual(headerBox.y + headerBox.height - 1);
  expect(box.y).toBeLessThan(headerBox.y + headerBox.height + 100);
}

test.describe('keeping the reader’s place', () => {
  test('switching from the simplified to the traditional edition mid-section lands on the same paragraph', async ({
    page,
  }) => {
    await page.goto('/zh/labs');
    await scrollTo(page, 'p5');
    await clickInPlace(page, header(page).getByRole('link', { name: '繁體中文', exact: true }));
    await expect(page).toHaveURL(/\/zh-hant\/labs#p5$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hant');
    await expect(page.locator('#p5')).toContainText('金鳳實驗室只是科學城');
    await expectAtTopOfReadingArea(page, page.locator('#p5'));
  });

  test('switching language mid-section lands on the twin of the paragraph being read, and so does the bilingual view', async ({
    page,
  }) => {
    await page.goto('/zh/labs');
    await scrollTo(page, 'p5');

    const toEnglish = header(page).getByRole('link', { name: 'English' });
    await clickInPlace(page, toEnglish);
    await expect(page).toHaveURL(/\/en\/labs#p5$/);
    const twin = page.locator('#p5');
    await expect(twin).toContainText('Jinfeng Laboratory is just one example');
    await expectAtTopOfReadingArea(page, twin);
    // Reading the place back gives the same block: pointing at a switch shows it leads to p5 again.
    await expect
      .poll(() => pointAt(page, header(page).getByRole('link', { name: '简体中文', exact: true })))
      .toBe('/zh/labs#p5');
    await expect
      .poll(() => pointAt(page, header(page).getByRole('link', { name: '繁體中文', exact: true })))
      .toBe('/zh-hant/labs#p5');

    const toBilingual = header(page).getByRole('link', { name: 'Bilingual' });
    await clickInPlace(page, toBilingual);
    await expect(page).toHaveURL(/\/en\/bilingual\/labs#p5$/);
    const pair = page.locator('#p5');
    await expect(pair.locator(':scope > [lang="en"]')).toContainText('Jinfeng Laboratory is just one example');
    await expect(pair.locator(':scope > [lang="zh-Hans"]')).toContainText(
      '金凤实验室只是科学城做强高能级科创平台的一个缩影',
    );
    await expectAtTopOfReadingArea(page, pair);

    // Closing the view returns to the same paragraph of the single-language page.
    const close = header(page).getByRole('link', { name: 'Close Bilingual' });
    await clickInPlace(page, close);
    await expect(page).toHaveURL(/\/en\/labs#p5$/);
    await expectAtTopOfReadingArea(page, page.locator('#p5'));
  });

  test('the place is read when the switch is used: scrolling and switching at once lands on the paragraph read', async ({
    page,
  }) => {
    await page.goto('/zh/labs');
    // One task, no frame in between: a scroll observer would not have caught up yet.
    await page.evaluate(() => {
      document.querySelector('#p5')?.scrollIntoView({ block: 'start' });
      document.querySelector<HTMLAnchorElement>('header a[hreflang="en"]')?.click();
    });
    await expect(page).toHaveURL(/\/en\/labs#p5$/);
  });

  test('from the top of a page, the switch opens the other page at its top, title and all', async ({ page }) => {
    await page.goto('/en/reforms');
    expect(await pointAt(page, header(page).getByRole('link', { name: '简体中文', exact: true }))).toBe('/zh/reforms');
  });

  test('on the bilingual view, the language switch keeps the pair and swaps which language leads', async ({ page }) => {
    await page.goto('/zh/bilingual/labs');
    await scrollTo(page, 'fig2');
    const toEnglish = header(page).getByRole('link', { name: 'English' });
    await clickInPlace(page, toEnglish);
    await expect(page).toHaveURL(/\/en\/bilingual\/labs#fig2$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.locator('#p1 > [lang]').first()).toHaveAttribute('lang', 'en');
    await expectAtTopOfReadingArea(page, page.locator('#fig2'));
  });
});

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('the switches are plain links to the other page, and the bilingual view is complete', async ({ page }) => {
    await page.goto('/zh/labs');
    await scrollTo(page, 'p5');
    await expect(header(page).getByRole('link', { name: 'English' })).toHaveAttribute('href', '/en/labs');
    await header(page).getByRole('link', { name: '中英对照' }).click();
    await expect(page).toHaveURL(/\/zh\/bilingual\/labs$/);
    // Five paragraphs and two figures; a figure is shown once, captioned in both languages.
    await expect(page.locator('[data-blocks] > [id]')).toHaveCount(7);
    const paragraphs = page.locator('[data-blocks] > [id^="p"]');
    await expect(paragraphs).toHaveCount(5);
    for (const pair of await paragraphs.all()) {
      await expect(pair.locator(':scope > [lang="zh-Hans"]')).toHaveCount(1);
      await expect(pair.locator(':scope > [lang="en"]')).toHaveCount(1);
    }
    for (const figure of await page.locator('[data-blocks] > [id^="fig"]').all()) {
      await expect(figure.locator('img')).toHaveCount(1);
      await expect(figure.locator('figcaption [lang="zh-Hans"]')).toHaveCount(1);
      await expect(figure.locator('figcaption [lang="en"]')).toHaveCount(1);
    }
  });

  test('a glossary term is a link to its note in the list after the text, which links back', async ({ page }) => {
    await page.goto('/zh/reforms');
    await page.locator('#p4').getByRole('link', { name: '一业一证（照）' }).click();
    await expect(page).toHaveURL(/#term-yi-ye-yi-zheng-zhao$/);
    const entry = page.locator('#term-yi-ye-yi-zheng-zhao');
    await expect(entry).toBeInViewport();
    await expect(entry).toContainText('one industry, one permit');
    await entry.getByRole('link', { name: '返回正文中的“一业一证（照）”' }).click();
    await expect(page).toHaveURL(/#term-yi-ye-yi-zheng-zhao-use$/);
    await expect(page.locator('#p4')).toBeInViewport();
  });
});

test.describe('glossary terms', () => {
  /** Sums the layout shifts the page reports from now on. */
  async function watchLayoutShift(page: Page) {
    await page.evaluate(() => {
      const state = window as unknown as { shift: number };
      state.shift = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) state.shift += (entry as unknown as { value: number }).value;
      }).observe({ type: 'layout-shift' });
    });
    return () => page.evaluate(() => (window as unknown as { shift: number }).shift);
  }

  const popover = (page: Page) => page.locator('.glossary-popover');

  test('a tap on 一业一证 shows what it means, in place, without moving the text, and Escape closes it', async ({
    page,
  }) => {
    await page.goto('/en/reforms');
    const paragraph = page.locator('#p4');
    await scrollTo(page, 'p4');
    const before = await paragraph.boundingBox();
    const shift = await watchLayoutShift(page);

    const term = paragraph.getByRole('link', { name: 'one industry, one permit' });
    await term.click();
    await expect(popover(page)).toBeVisible();
    await expect(popover(page)).toContainText('一业一证（照） yī yè yī zhèng (zhào)');
    await expect(popover(page)).toContainText('one combined permit');
    await expect(term).toHaveAttribute('aria-expanded', 'true');
    // The note is shown in place: the address and the reader's place stay.
    await expect(page).toHaveURL(/\/en\/reforms$/);
    expect(await paragraph.boundingBox()).toEqual(before);
    expect(await shift()).toBe(0);

    await page.keyboard.press('Escape');
    await expect(popover(page)).toBeHidden();
    await expect(term).toHaveAttribute('aria-expanded', 'false');
    await expect(term).toBeFocused();
  });

  test('a second tap on the term, or a tap elsewhere, closes its note', async ({ page }) => {
    await page.goto('/zh/reforms');
    const term = page.locator('#p4').getByRole('link', { name: '一业一证（照）' });
    await term.click();
    await expect(popover(page)).toBeVisible();
    await term.click();
    await expect(popover(page)).toBeHidden();
    await term.click();
    await expect(popover(page)).toBeVisible();
    await page.mouse.click(5, 300);
    await expect(popover(page)).toBeHidden();
  });

  test('keyboard focus on a term shows its note, and the term is announced with it', async ({ page }) => {
    await page.goto('/en/reforms');
    const term = page.locator('#p4').getByRole('link', { name: 'one industry, one permit' });
    await expect(term).toHaveAccessibleDescription(/^一业一证（照） yī yè yī zhèng \(zhào\) Reform letting a business/);
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('Tab');
      if (await term.evaluate((link) => link === document.activeElement)) break;
    }
    await expect(term).toBeFocused();
    await expect(popover(page)).toBeVisible();
    await expect(popover(page)).toContainText('Reform letting a business');
    // Moving on closes the note (the next stop, when it is a term, shows its own), and Escape closes any.
    await page.keyboard.press('Tab');
    await expect(term).not.toBeFocused();
    await expect(popover(page)).not.toContainText('Reform letting a business');
    await page.keyboard.press('Escape');
    await expect(popover(page)).toBeHidden();
  });

  test('hovering a term shows its note, which stays while the pointer moves onto it', async ({ page }) => {
    await page.goto('/zh/reforms');
    await scrollTo(page, 'p4');
    await page.locator('#p4').getByRole('link', { name: '一业一证（照）' }).hover();
    await expect(popover(page)).toBeVisible();
    await popover(page).hover();
    await page.waitForTimeout(400);
    await expect(popover(page)).toBeVisible();
    await page.mouse.move(5, 600);
    await expect(popover(page)).toBeHidden();
  });

  test('the side-by-side view shows each column’s note in its language, from its own list', async ({ page }) => {
    await page.goto('/zh/bilingual/reforms');
    await page.locator('#p4 > [lang="en"]').getByRole('link', { name: 'one industry, one permit' }).click();
    await expect(popover(page)).toHaveAttribute('lang', 'en');
    await expect(popover(page)).toContainText('Reform letting a business');
    await page.keyboard.press('Escape');
    await page.locator('#p4 > [lang="zh-Hans"]').getByRole('link', { name: '一业一证（照）' }).click();
    await expect(popover(page)).toHaveAttribute('lang', 'zh-Hans');
    await expect(popover(page)).toContainText('将一个行业涉及的多项许可');
    await expect(page.getByRole('complementary', { name: '术语' })).toHaveCount(1);
    await expect(page.getByRole('complementary', { name: 'Glossary' })).toHaveCount(1);
  });
});

test.describe('the numbers at a glance', () => {
  test('the chart of investments is an image named and described in words, with its data as a table', async ({
    page,
  }) => {
    await page.goto('/en');
    const chart = page.getByRole('img', { name: 'Planned investment in the projects started in the first quarter' });
    await expect(chart).toHaveAccessibleDescription(
      'The 11 projects started together: 35.15 billion yuan of planned investment, of which Shiban Health Industrial Park 6 billion yuan and Science City campus of Chongqing Fourth People’s Hospital 2.5 billion yuan. The table below the chart gives the figures.',
    );
    const table = page.getByRole('table', { name: /data table/ });
    await expect(table.getByRole('row')).toHaveCount(4);
    await expect(table.getByRole('row', { name: /Shiban Health Industrial Park/ })).toContainText('6 billion yuan');
  });

  test('a key figure links to the paragraph that gives it', async ({ page }) => {
    await page.goto('/zh');
    await page.getByRole('link', { name: '中国自然人群生物资源库招募样本采集人群' }).click();
    await expect(page).toHaveURL(/\/zh\/labs#p5$/);
    const read = (await page.locator('#p5').innerText()).replace(/\n/g, '');
    expect(read).toContain('中国自然人群生物资源库招募样本采集人群近17万人');
  });

  test('the side-by-side front page shows the key figures and the chart, linked to their pairs in the side-by-side view', async ({
    page,
  }) => {
    await page.goto('/zh/bilingual');
    const figures = page.getByRole('region', { name: '数说科学城' });
    await expect(figures.getByRole('listitem')).toHaveCount(6);
    await expect(figures.getByRole('img', { name: '一季度集中开工项目的计划投资' })).toBeVisible();
    await figures.getByRole('link', { name: '中国自然人群生物资源库招募样本采集人群' }).click();
    await expect(page).toHaveURL(/\/zh\/bilingual\/labs#p5$/);
    await expect(page.locator('#p5 > [lang="en"]')).toContainText('170,000');
  });
});
