// Publishing on the portal: the plan downloaded as one web page is valid HTML (html-validate),
// holds the document and both tables with header cells, passes axe, runs no script and fetches
// nothing when opened.
const fs = require('fs');
const { test, expect } = require('@playwright/test');
const AxeBuilder = require('@axe-core/playwright').default;
const { HtmlValidate } = require('html-validate');
const { shot, openFresh, loadSample } = require('./helpers');

test('the portal page of the sample plan: valid, accessible, self-contained', async ({ page, context }) => {
  await openFresh(page, './?page=drafts');
  await loadSample(page);
  await page.getByRole('link', { name: '检查并导出' }).click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#download-portal').click()]);
  expect(download.suggestedFilename()).toBe('广东省民政厅关于推进社会公益事业建设领域政府信息公开的工作方案.html');
  const html = fs.readFileSync(await download.path(), 'utf8');

  const report = await new HtmlValidate({ extends: ['html-validate:recommended'] }).validateString(html);
  const messages = report.results.flatMap((r) => r.messages.map((m) => `${m.ruleId}: ${m.message} (line ${m.line})`));
  expect(messages).toEqual([]);

  // Opened as a visitor would: nothing is requested, nothing runs.
  const portal = await context.newPage();
  const requests = [];
  portal.on('request', (r) => requests.push(r.url()));
  await portal.setContent(html, { waitUntil: 'load' });
  expect(requests).toEqual([]);
  await expect(portal.locator('h1')).toContainText('广东省民政厅关于推进社会公益事业');
  await expect(portal.locator('h2').first()).toHaveText(/^一、/);
  await expect(portal.locator('#annex-1 table th[scope="col"]').first()).toBeVisible();
  await expect(portal.locator('#annex-1 th[scope="colgroup"]').first()).toBeVisible();
  await expect(portal.locator('#catalogue table tbody tr')).not.toHaveCount(0);
  await expect(portal.locator('.sign').first()).toHaveText('广东省民政厅');
  expect(await portal.locator('script').count()).toBe(0);
  const axe = await new AxeBuilder({ page: portal }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.length}`)).toEqual([]);
  await shot(portal, 'portal-page');
  // The print stylesheet puts the annexes on landscape pages.
  const pdf = await portal.pdf({ preferCSSPageSize: true });
  expect(pdf.subarray(0, 4).toString()).toBe('%PDF');
});

test('a plan issued by a notice is published as issued: the notice, then the plan as its attachment', async ({ page, context }) => {
  await openFresh(page, './?page=drafts');
  await page.locator('#load-sample-issued').click();
  await expect(page.getByText('已载入以印发通知印发的示例方案')).toBeVisible();
  await page.getByRole('link', { name: '检查并导出' }).click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#download-portal').click()]);
  const html = fs.readFileSync(await download.path(), 'utf8');
  const report = await new HtmlValidate({ extends: ['html-validate:recommended'] }).validateString(html);
  expect(report.results.flatMap((r) => r.messages.map((m) => m.message))).toEqual([]);
  const portal = await context.newPage();
  await portal.setContent(html, { waitUntil: 'load' });
  await expect(portal.locator('h1')).toContainText('广东省民政厅办公室关于印发');
  await expect(portal.locator('.doc-number')).toHaveText('粤民办函〔2018〕47号');
  await expect(portal.locator('.addressee')).toHaveText('各地级以上市民政局，厅机关各处室，厅直属各单位：');
  await portal.locator('.attachment a').first().click();
  await expect(portal.locator('#annex-1 h2')).toContainText('广东省民政厅关于推进社会公益事业');
  await expect(portal.locator('#annex-2 table').first()).toBeVisible();
  const axe = await new AxeBuilder({ page: portal }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.length}`)).toEqual([]);
});
