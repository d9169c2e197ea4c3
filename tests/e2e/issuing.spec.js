// The issuing notice (印发通知): a clerk ticks it on the cover page, the check page asks for its
// 文号, 主送 and date, and once they are filled the plan document is downloaded with the notice
// first and the plan as its unsigned attachment, the filing letter citing the notice's 文号;
// both files validate against the ISO/IEC 29500 schemas.
const { test, expect } = require('@playwright/test');
const AxeBuilder = require('@axe-core/playwright').default;
const { shot, openFresh, taskRow, docParagraphs, validateOoxml, downloadVia, loadSample } = require('./helpers');

async function axe(page, label) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  expect(results.violations.map(v => `${v.id}: ${v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(' | ')}`), label).toEqual([]);
}

const PLAN_TITLE = '广东省民政厅关于推进社会公益事业建设领域政府信息公开的工作方案';
// The plan as the notice's title names it: without a second 关于.
const NAMED = '广东省民政厅推进社会公益事业建设领域政府信息公开的工作方案';

test('a plan issued by a notice exports the notice first, the plan unsigned as its attachment, and a letter citing the notice', async ({ page }) => {
  await openFresh(page);
  await page.getByRole('link', { name: '草稿和文件', exact: true }).click();
  await loadSample(page);
  await taskRow(page, '文件信息').click();

  await page.getByLabel('以印发通知印发本方案').check();
  // The sample keeps its notice filled in (and off): ticked, it is there; emptied, the check asks.
  await expect(page.locator('#field-issuing-number')).toHaveValue('粤民办函〔2018〕47号');
  await page.locator('#field-issuing-number').fill('');
  for (const label of ['主送机关', '发文机关（落款）（选填）', '印发日期']) await page.getByLabel(label).fill('');
  await expect(page.locator('#issuing-title')).toContainText(`广东省民政厅关于印发${NAMED}的通知`);
  await expect(page.getByLabel('通知正文')).toHaveValue(`现将《${PLAN_TITLE}》印发给你们，请认真遵照执行。`);

  // Ticked but empty: the check names what is missing and the plan is no longer ready.
  await page.getByRole('link', { name: '检查结果' }).first().click();
  await expect(page.locator('main')).toContainText('请填写印发通知的发文字号');
  await expect(page.locator('main')).toContainText('请填写印发通知的主送机关');
  await expect(page.locator('main')).toContainText('请填写印发通知的日期');
  await page.getByRole('link', { name: /请填写印发通知的发文字号/ }).first().click();
  await expect(page.locator('#field-issuing-number')).toBeFocused();
  await expect(page.locator('#field-issuing-number')).toHaveAttribute('aria-invalid', 'true');
  await axe(page, 'cover page with the notice fields and their errors');

  await page.locator('#field-issuing-number').fill('粤民办函[2018]47号');
  await expect(page.getByText('文中写作：粤民办函〔2018〕47号')).toBeVisible();
  await page.getByLabel('主送机关').fill('各地级以上市民政局，厅机关各处室，厅直属各单位');
  await page.getByLabel('发文机关（落款）（选填）').fill('广东省民政厅办公室');
  await expect(page.locator('#issuing-title')).toContainText(`广东省民政厅办公室关于印发${NAMED}的通知`);
  // A date before the plan's 成文日期 (2018-09-03) is an error at the field.
  await page.getByLabel('印发日期').fill('2018-09-01');
  await page.getByLabel('印发日期').blur();
  await page.getByLabel('通知正文').fill('经厅领导同意，现将方案印发给你们，请认真组织实施。');
  await expect(page.getByRole('button', { name: '恢复自动生成的正文' })).toBeVisible();
  await page.getByRole('button', { name: '恢复自动生成的正文' }).click();
  await expect(page.getByLabel('通知正文')).toHaveValue(`现将《${PLAN_TITLE}》印发给你们，请认真遵照执行。`);
  await page.getByRole('link', { name: '检查并导出' }).click();
  await expect(page.locator('.notice--warning').first()).toContainText('尚不能报备');
  await page.getByRole('link', { name: '修改 文件信息' }).click();
  await page.getByLabel('印发日期').fill('2018-09-05');
  await expect(page.getByText('文中写作：2018年9月5日')).toBeVisible();
  await shot(page, 'issuing-cover');
  await page.getByRole('button', { name: '保存并继续' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('检查并导出');
  await expect(page.locator('.notice--ready')).toBeVisible();

  // The preview shows the notice, then the plan after the 附件 mark.
  const preview = page.locator('.doc-preview');
  await expect(preview).toContainText('粤民办函〔2018〕47号');
  await expect(preview.locator('.doc-annex-mark').first()).toHaveText('附件');
  await expect(preview.locator('.doc-sign')).toHaveText(['广东省民政厅办公室', '2018年9月5日']);
  await shot(page, 'issuing-export');

  const plan = await downloadVia(page, page.getByRole('button', { name: '下载印发通知和工作方案（Word）' }));
  expect(plan.name).toBe(`广东省民政厅办公室关于印发${NAMED}的通知.docx`);
  const ps = docParagraphs(plan.path);
  const at = text => {
    const i = ps.findIndex(p => p.includes(text));
    expect(i, `${text} in\n${ps.join('\n')}`).toBeGreaterThanOrEqual(0);
    return i;
  };
  const order = [
    at('粤民办函〔2018〕47号'),
    at('广东省民政厅办公室关于'),
    at('各地级以上市民政局，厅机关各处室，厅直属各单位：'),
    at(`现将《${PLAN_TITLE}》印发给你们，请认真遵照执行。`),
    at(`附件：${PLAN_TITLE}`),
    ps.indexOf('广东省民政厅办公室'),
    ps.indexOf('2018年9月5日'),
    ps.indexOf('附件'),
    at('一、现状分析及思路目标'),
    at('附件：责任分工表'),
  ];
  expect(order.every((v, i) => v >= 0 && (i === 0 || v > order[i - 1])), `${order}\n${ps.join('\n')}`).toBe(true);
  // The attached plan is unsigned: neither its unit alone on a line nor its 成文日期.
  expect(ps).not.toContain('广东省民政厅');
  expect(ps.some(p => p.includes('2018年9月3日'))).toBe(false);
  expect(validateOoxml(plan.path)).toMatch(/\nTOTAL 0\n/);

  const letter = await downloadVia(page, page.locator('#download-letter'));
  const letterText = docParagraphs(letter.path).join('\n');
  expect(letterText).toContain(`我厅制定了《${PLAN_TITLE}》并以粤民办函〔2018〕47号印发，现予报送，请予备案。`);
  expect(letterText).toContain('粤民函〔2018〕123号');
  expect(validateOoxml(letter.path)).toMatch(/\nTOTAL 0\n/);

  // Unticked, the plan is signed alone again and nothing typed is lost.
  await page.getByRole('link', { name: '修改 文件信息' }).click();
  await page.getByLabel('以印发通知印发本方案').uncheck();
  await page.getByRole('button', { name: '保存并继续' }).click();
  await expect(page.locator('.doc-preview .doc-sign')).toHaveText(['广东省民政厅', '2018年9月3日']);
  await page.getByRole('link', { name: '修改 文件信息' }).click();
  await page.getByLabel('以印发通知印发本方案').check();
  await expect(page.locator('#field-issuing-number')).toHaveValue('粤民办函[2018]47号');
});
