// Subsection headings in the plan's own words: a clerk renames （一）工作现状, merges 现状 and 问题
// into one subsection, sees each heading as it will be numbered, and finds the same headings,
// the plan-level blocks as unnumbered lead-in paragraphs and the key areas numbered from 1 in
// the preview and in the downloaded .docx.
const { test, expect } = require('@playwright/test');
const AxeBuilder = require('@axe-core/playwright').default;
const { openFresh, taskRow, backToTasks, shot, docParagraphs, loadSample } = require('./helpers');

test('own headings, merged 现状和问题 and lead-in blocks read in the editor as in the document', async ({ page }) => {
  await openFresh(page);
  await page.getByRole('link', { name: '草稿和文件', exact: true }).click();
  await loadSample(page);

  await taskRow(page, '工作现状').click();
  const heading = page.locator('#field-status-heading');
  await expect(heading).toHaveAttribute('placeholder', '工作现状');
  await expect(page.locator('#field-status-heading-preview')).toHaveText('导出时写作：（一）工作现状');
  await heading.fill('当前我省民政领域信息公开工作现状');
  await expect(page.locator('#field-status-heading-preview')).toHaveText('导出时写作：（一）当前我省民政领域信息公开工作现状');
  await page.getByLabel('工作现状和存在问题合写为一个小节').check();
  await shot(page, 'headings-status');
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  expect(results.violations.map(v => v.id)).toEqual([]);
  await page.getByRole('button', { name: '保存并继续' }).click();

  // 存在问题 now continues the first subsection; the next headings are renumbered.
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('存在问题');
  await expect(page.locator('#field-problems-heading-preview')).toContainText('与工作现状合为一个小节');
  await expect(page.locator('#field-problems-heading')).toHaveCount(0);
  await page.getByRole('button', { name: '保存并继续' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('总体思路');
  await expect(page.locator('#field-approach-heading-preview')).toHaveText('导出时写作：（二）总体思路');
  await backToTasks(page);

  await taskRow(page, '管理和服务信息公开').click();
  await expect(page.locator('#field-management_service-preview')).toContainText('公开全省性社会组织和慈善组织名录');
  await backToTasks(page);

  await page.getByRole('link', { name: '检查并导出' }).click();
  const preview = page.locator('.doc-preview');
  await expect(preview).toContainText('（一）当前我省民政领域信息公开工作现状');
  await expect(preview).toContainText('（二）总体思路');
  await expect(preview).not.toContainText('（一）工作现状');
  await expect(preview).not.toContainText('决策信息公开。');
  await expect(preview).toContainText('1. 社会救助和社会福利领域。');

  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#download-plan').click()]);
  const ps = docParagraphs(await download.path());
  const i = ps.indexOf('（一）当前我省民政领域信息公开工作现状');
  expect(i, ps.join('\n')).toBeGreaterThan(0);
  expect(ps[i + 1]).toMatch(/^近年来/);
  expect(ps[i + 2]).toMatch(/^对照国办发/);
  expect(ps[i + 3]).toBe('（二）总体思路');
  const areas = ps.indexOf('（一）重点领域公开事项');
  expect(ps[areas + 1]).toMatch(/^制定或调整城乡低保标准/);
  // The three lead-ins, the procedure the items share (stated once), then the first area.
  expect(ps[areas + 4]).toMatch(/^以下各事项/);
  expect(ps[areas + 5]).toMatch(/^1\. 社会救助和社会福利领域。/);
});
