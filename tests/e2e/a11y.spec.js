// Accessibility and keyboard use: axe-core (WCAG 2.2 AA rules) on every page in normal and
// large-text mode, a keyboard-only run, and screenshots at office and tablet sizes.
const fs = require('fs');
const path = require('path');
const { test, expect } = require('@playwright/test');
const AxeBuilder = require('@axe-core/playwright').default;
const { openFresh, loadSample } = require('./helpers');

const PAGES = ['tasks', 'cover', 'preamble', 'areas', 'area-social_assistance', 'other_tasks', 'requirements',
  'complaints', 'check', 'export', 'drafts', 'review', 'help'];

async function openSample(page) {
  await openFresh(page, './?page=drafts');
  await loadSample(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('工作方案编制任务清单');
}

async function axe(page, label) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  const summary = results.violations.map(v => `${v.id}: ${v.help} — ${v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(' | ')}`);
  expect(summary, `${label}`).toEqual([]);
}

for (const large of [false, true]) {
  test(`every page passes axe (WCAG 2.2 AA rules)${large ? ' in large-text mode' : ''}`, async ({ page }) => {
    test.setTimeout(180_000);
    await openSample(page);
    if (large) {
      await page.getByRole('button', { name: '大字模式' }).click();
      await expect(page.locator('html')).toHaveClass(/large-text/);
    }
    for (const slug of PAGES) {
      await page.goto(`./?page=${slug}`);
      await expect(page.locator('h1')).toBeVisible();
      if (slug === 'area-social_assistance') await page.getByRole('button', { name: '编辑' }).first().click();
      if (slug === 'preamble') {
        // With an error revealed: summary and field message.
        await page.getByLabel('前言').fill('');
        await page.getByRole('button', { name: '保存并继续' }).click();
        await expect(page.locator('#error-summary')).toBeVisible();
      }
      if (slug === 'review') {
        await page.locator('#review-files').setInputFiles(path.join(__dirname, '../fixtures/plan-incomplete.json'));
        await expect(page.locator('#review-detail')).toBeVisible();
      }
      await axe(page, `${slug}${large ? ' (large text)' : ''}`);
    }
  });
}

test('screenshots at 1366×768 and 768×1024', async ({ page }) => {
  test.setTimeout(180_000);
  await openSample(page);
  for (const [w, h] of [[1366, 768], [768, 1024]]) {
    await page.setViewportSize({ width: w, height: h });
    for (const slug of PAGES) {
      await page.goto(`./?page=${slug}`);
      await expect(page.locator('h1')).toBeVisible();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `${slug} at ${w}px has no horizontal scrolling`).toBeLessThanOrEqual(0);
      await page.screenshot({ path: `test-results/screens/size-${w}-${slug}.png` });
    }
  }
});

/** Presses Tab until the locator has focus (keyboard only). */
async function tabTo(page, locator, max = 120) {
  for (let i = 0; i < max; i++) {
    if (await locator.evaluate(el => el === document.activeElement).catch(() => false)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`could not reach ${locator} with Tab`);
}

test('keyboard only: fill a minimal plan, edit items, export', async ({ page }) => {
  test.setTimeout(120_000);
  await openFresh(page);
  let mouse = 0;
  await page.exposeFunction('__mouse', () => { mouse += 1; });
  await page.evaluate(() => ['mousedown', 'click'].forEach(t => document.addEventListener(t, e => { if (e.detail > 0 || e.pointerType) window.__mouse(); }, true)));

  // Skip link first.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: '跳到主要内容' })).toBeFocused();
  await tabTo(page, page.locator('.task__link').first());
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('文件信息');
  await tabTo(page, page.getByLabel('制定单位'));
  await page.keyboard.type('佛山市民政局');
  await tabTo(page, page.getByLabel('成文日期'));
  await page.keyboard.type('2018年9月5日');
  await page.keyboard.press('Alt+PageDown');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('前言');
  await tabTo(page, page.getByLabel('前言'));
  await page.keyboard.type('为贯彻落实国办发〔2018〕10号文件要求，结合本局实际，制定本方案。');
  for (let i = 0; i < 9; i++) await page.keyboard.press('Alt+PageDown');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('选择重点领域');
  await tabTo(page, page.getByLabel('社会救助和社会福利'));
  await page.keyboard.press('Space');
  await page.keyboard.press('Alt+PageDown');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('重点领域：社会救助和社会福利');

  // Items: add two from the catalogue, move, delete and undo.
  await tabTo(page, page.getByRole('button', { name: '添加：临时救助' }));
  await page.keyboard.press('Enter');
  await expect(page.locator('.item input[id$="-name"]').first()).toBeFocused();
  await tabTo(page, page.getByRole('button', { name: '添加：特困人员救助供养' }));
  await page.keyboard.press('Enter');
  await tabTo(page, page.getByRole('button', { name: '下移第 1 项' }));
  await page.keyboard.press('Enter');
  await expect(page.locator('.item__title')).toHaveText(['事项 1：特困人员救助供养', '事项 2：临时救助']);
  // The moved item is now last: focus stays on it, on its 上移 button.
  await expect(page.getByRole('button', { name: '上移第 2 项' })).toBeFocused();
  await tabTo(page, page.getByRole('button', { name: '删除第 1 项' }));
  await page.keyboard.press('Enter');
  await expect(page.locator('#undo-delete')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('.item__title')).toHaveText(['事项 1：特困人员救助供养', '事项 2：临时救助']);

  // Export as a draft.
  for (let i = 0; i < 10; i++) await page.keyboard.press('Alt+PageDown');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('检查并导出');
  await tabTo(page, page.locator('#download-plan'));
  await page.keyboard.press('Enter');
  await expect(page.locator('#export-confirm')).toBeFocused();
  await tabTo(page, page.locator('#export-draft'));
  const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
  expect(download.suggestedFilename()).toBe('佛山市民政局关于推进社会公益事业建设领域政府信息公开的工作方案（草稿）.docx');

  // Ctrl+S saves the plan file.
  const [json] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Control+s')]);
  expect(fs.readFileSync(await json.path(), 'utf8')).toContain('佛山市民政局');
  expect(mouse).toBe(0);
});
