// Completeness checking as a drafter sees it: statuses, the error summary with links that move
// focus, messages at fields that clear when fixed, the findings page, score and verdict.
const { test, expect } = require('@playwright/test');
const { shot, openFresh, taskRow, backToTasks, loadSample } = require('./helpers');

test('an empty required field: summary, link focuses the field, fixing clears it, status 已完成', async ({ page }) => {
  await openFresh(page);
  await taskRow(page, '工作目标').click();
  // Asking to continue with the part empty reveals its error.
  await page.getByRole('button', { name: '保存并继续' }).click();
  const summary = page.locator('#error-summary');
  await expect(summary).toBeFocused();
  await expect(summary.getByRole('heading')).toHaveText('存在以下问题');
  await expect(page).toHaveTitle(/^错误：工作目标/);
  await expect(summary.getByRole('link')).toHaveText(['请填写“工作目标”']);
  await shot(page, 'check-summary');

  await summary.getByRole('link', { name: '请填写“工作目标”' }).click();
  const field = page.getByLabel('（四）工作目标');
  await expect(field).toBeFocused();
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('.error-message')).toContainText('请填写“工作目标”');

  await field.fill('到2020年底，本单位社会公益事业建设领域的主动公开事项全部纳入目录清单并按时更新。');
  await expect(page.locator('.error-message')).toHaveCount(0);
  await expect(page.locator('#error-summary')).toHaveCount(0);
  await expect(field).not.toHaveAttribute('aria-invalid', 'true');
  await expect(page).toHaveTitle(/^工作目标/);
  await backToTasks(page);
  await expect(taskRow(page, '工作目标')).toContainText('已完成');
});

test('leaving a part with an error marks it 有问题; skipping is possible', async ({ page }) => {
  await openFresh(page);
  await taskRow(page, '畅通投诉举报渠道').click();
  await page.getByLabel('（三）畅通投诉举报渠道').fill('畅通群众投诉举报渠道，及时受理群众对信息公开工作的投诉举报。');
  await page.getByRole('button', { name: '保存并继续' }).click();
  await expect(page.locator('#error-summary')).toContainText('请写明至少一个具体的投诉举报渠道');
  await page.getByRole('button', { name: '暂不修改，继续下一部分' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('监督检查');
  await backToTasks(page);
  await expect(taskRow(page, '畅通投诉举报渠道')).toContainText('有问题');
  await expect(taskRow(page, '监督检查')).toContainText('未开始');
  await taskRow(page, '畅通投诉举报渠道').click();
  await page.getByLabel('（三）畅通投诉举报渠道').fill('公布投诉举报电话12345，受理群众对信息公开工作的投诉举报并及时答复。');
  await backToTasks(page);
  await expect(taskRow(page, '畅通投诉举报渠道')).toContainText('已完成');
});

test('item errors: the summary link opens the collapsed item and focuses the field', async ({ page }) => {
  await openFresh(page);
  await page.getByRole('link', { name: '草稿和文件', exact: true }).click();
  await loadSample(page);
  await taskRow(page, '重点领域：灾害事故救援').click();
  await page.getByRole('button', { name: '编辑' }).nth(1).click();
  await page.locator('.item').nth(1).locator('input[id$="-time_limit"]').fill('');
  await page.getByRole('button', { name: '收起' }).click();
  await page.getByRole('button', { name: '保存并继续' }).click();
  const link = page.locator('#error-summary').getByRole('link', { name: '请填写事项“省级救灾资金物资调拨使用情况”的公开时限' });
  await expect(link).toBeVisible();
  await link.click();
  await expect(page.locator('.item').nth(1).locator('input[id$="-time_limit"]')).toBeFocused();
  await expect(page.locator('.item').nth(1).locator('.error-message')).toContainText('公开时限');
});

test('the findings page: score, verdict, findings by part with links, coverage matrix', async ({ page }) => {
  await openFresh(page);
  await expect(page.locator('.app-header__verdict')).toHaveText('完整度 0% · 尚不能报备');
  await page.getByRole('link', { name: '草稿和文件', exact: true }).click();
  await loadSample(page);
  await expect(page.locator('.app-header__verdict')).toHaveText('完整度 100% · 可以报备');

  await taskRow(page, '前言').click();
  await page.getByLabel('前言').fill('为做好信息公开工作，结合本单位实际，制定本方案。XX');
  await page.locator('.app-header__verdict').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('检查结果');
  await expect(page.locator('.verdict-panel')).toContainText('尚不能报备');
  const findings = page.locator('.findings').filter({ has: page.getByRole('heading', { name: '前言' }) });
  await expect(findings.locator('.finding')).toHaveCount(3);
  await expect(findings).toContainText('PLACEHOLDER');
  await expect(findings).toContainText('PREAMBLE-CITATION');
  await expect(findings).toContainText('TEXT-SHORT');
  await expect(page.locator('table.coverage tbody tr').first()).toContainText('社会救助和社会福利');
  await shot(page, 'check-findings');

  await findings.getByRole('link', { name: /占位文字“XX”/ }).click();
  await expect(page.getByLabel('前言')).toBeFocused();
  // Asking for a check revealed everything: the task list now shows 有问题.
  await backToTasks(page);
  await expect(taskRow(page, '前言')).toContainText('有问题');
});

test('personal information published to everyone is an error until the item goes to a specific group; 检查结果 is in the navigation', async ({ page }) => {
  await openFresh(page);
  await page.getByRole('link', { name: '草稿和文件', exact: true }).click();
  await loadSample(page);
  await expect(page.locator('.app-header__verdict')).toHaveText('完整度 100% · 可以报备');
  await taskRow(page, '重点领域：社会救助和社会福利').click();
  const card = page.locator('.item').first();
  await card.getByRole('button', { name: '编辑' }).click();
  const content = card.locator('textarea[id$="-content"]');
  await content.fill('公开临时救助对象的姓名、救助金额和救助事由，按月更新。');
  // One error among hundreds of checks: the score must not round up to 100 %.
  await expect(page.locator('.app-header__verdict')).toHaveText('完整度 99% · 尚不能报备');

  await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '检查结果' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('检查结果');
  const finding = page.getByText(/写到了“姓名”，却向全社会公开/);
  await expect(finding).toBeVisible();
  await expect(finding).toContainText('特定群体');
  await shot(page, 'check-privacy');

  await page.goBack();
  const again = page.locator('.item').first();
  if (await again.getByRole('button', { name: '编辑' }).count()) await again.getByRole('button', { name: '编辑' }).click();
  await again.getByLabel('特定群体', { exact: true }).check();
  await again.locator('input[id$="-audience-name"]').fill('本村（居）群众');
  await expect(page.locator('.app-header__verdict')).toHaveText('完整度 100% · 可以报备');
});
