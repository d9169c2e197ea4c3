// A year after filing, as a clerk would: open 年度工作进展 from the task list, record the sample
// plan's items for 2019 (its 2018 is already recorded), see what the report check asks for and
// follow its links, write the report, download it (.docx checked and schema-validated), and find everything after a reload.
const { test, expect } = require('@playwright/test');
const { shot, openFresh, saved, docText, validateOoxml, loadSample } = require('./helpers');

test('a year of progress for the sample plan: recorded, checked, reported, kept', async ({ page }) => {
  await openFresh(page, './?page=drafts');
  await loadSample(page);
  await page.getByRole('link', { name: '年度工作进展' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('年度工作进展');
  // The sample's recorded year is shown first.
  await expect(page.getByLabel('年度', { exact: true })).toHaveValue('2018');
  await expect(page.locator('#progress-figures')).toContainText('已按要求公开12项、部分公开1项、尚未公开1项');
  await page.getByLabel('年度', { exact: true }).selectOption('2019');

  const items = page.locator('.progress-item');
  await expect(items).not.toHaveCount(0);
  const count = await items.count();
  // Every item but the last published, with its column and a count; the last not yet published.
  for (let i = 0; i < count - 1; i++) {
    const item = items.nth(i);
    await item.getByLabel('已按要求公开').check();
    await item.getByLabel('公开栏目或网址（选填）').fill(i === 0 ? 'http://smzt.gd.gov.cn/zwgk/shjz/' : '广东民政信息网“信息公开”专栏');
    await item.getByLabel('全年公开信息数（条）（选填）').fill('3');
  }
  const last = items.nth(count - 1);
  await last.getByLabel('尚未公开').check();
  await expect(page.locator('#progress-figures')).toContainText(`已按要求公开${count - 1}项、尚未公开1项`);
  await expect(page.locator('#progress-figures')).toContainText(`全年主动公开相关信息${3 * (count - 1)}条`);

  // The check names what is missing; its links lead to the fields.
  await page.getByRole('button', { name: '检查报告' }).click();
  const summary = page.locator('#progress-check .error-summary');
  await expect(summary).toContainText('尚未公开，请写明原因');
  await expect(summary).toContainText('请填写报告的“总体情况”');
  await expect(summary).toContainText('报告日期：请填写日期');
  await summary.getByRole('link', { name: /请写明原因/ }).click();
  await expect(last.getByLabel('原因')).toBeFocused();
  await last.getByLabel('原因').fill('相关信息系统升级改造中，计划2020年6月底前公开');
  await items.nth(0).getByLabel('公开栏目或网址（选填）').fill('htp://smzt.gd.gov.cn');
  await expect(summary).toContainText('网址“htp://smzt.gd.gov.cn”格式不正确');
  await items.nth(0).getByLabel('公开栏目或网址（选填）').fill('http://smzt.gd.gov.cn/zwgk/shjz/');

  await page.getByLabel('总体情况').fill('2019年，我厅按照工作方案推进社会救助和社会福利领域信息公开，目录清单确定的事项基本按要求公开。');
  await page.getByLabel('主要做法和成效').fill('一是建立主动公开目录清单；二是统一基层公示格式；三是开通政务新媒体推送。');
  await page.getByLabel('存在问题').fill('个别事项因系统改造尚未公开，基层公开标准仍不统一。');
  await page.getByLabel('下一步工作').fill('2020年完成系统改造，推动基层公开标准化。');
  await page.getByLabel('报告日期').fill('2020年3月5日');
  await expect(summary).toContainText('2019年度的进展情况应在2020年2月底前报送');
  await page.getByLabel('报告日期').fill('2020年2月20日');
  await expect(page.locator('#progress-check')).toContainText('报告检查通过');
  await expect(page.locator('#progress-paragraph')).toHaveValue(/^推进社会公益事业建设领域政府信息公开。按照《广东省民政厅关于/);
  await shot(page, 'progress');
  await page.setViewportSize({ width: 1000, height: 900 });
  await last.screenshot({ path: 'test-results/screens/progress-item.png' });

  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#download-progress-report').click()]);
  expect(download.suggestedFilename()).toBe('广东省民政厅关于2019年度社会公益事业建设领域政府信息公开工作进展情况的报告.docx');
  const file = await download.path();
  validateOoxml(file);
  const text = docText(file);
  for (const expected of ['省府办公厅：', '一、总体情况', '四、下一步工作', `已按要求公开${count - 1}项`, '附件：2019年度公开事项落实情况表',
    '2020年2月20日', 'http://smzt.gd.gov.cn/zwgk/shjz/', '相关信息系统升级改造中']) {
    expect(text).toContain(expected);
  }

  // Kept with the plan: after a reload everything is there.
  await saved(page);
  await page.reload();
  await page.getByLabel('年度', { exact: true }).selectOption('2019');
  await expect(items.nth(count - 1).getByLabel('尚未公开')).toBeChecked();
  await expect(items.nth(0).getByLabel('公开栏目或网址（选填）')).toHaveValue('http://smzt.gd.gov.cn/zwgk/shjz/');
  await expect(page.getByLabel('报告日期')).toHaveValue('2020年2月20日');
  await page.goto('./?page=tasks');
  await expect(page.getByText('已记录 2019 年度')).toBeVisible();
});
