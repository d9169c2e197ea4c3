// The reviewing office opens four files at once — a complete plan file, an incomplete one, a
// .docx exported by the app and a malformed file — and a hand-written .docx; sorts, reads
// findings, records decisions and downloads the review sheet.
const fs = require('fs');
const path = require('path');
const { execFileSync } = require('child_process');
const { test, expect } = require('@playwright/test');
const { shot, openFresh, loadSample } = require('./helpers');

const FIXTURES = path.join(__dirname, '../fixtures');
// Written by the native tests (tests/wordplans.rs), which `make test` runs first.
const HANDWRITTEN = path.join(__dirname, '../../out/corpus/32-缺第三部分.docx');

function file(name, buffer, mimeType = 'application/octet-stream') {
  return { name, mimeType, buffer };
}

async function exportedSampleDocx(page) {
  await page.getByRole('link', { name: '草稿和文件', exact: true }).click();
  await loadSample(page);
  await page.getByRole('link', { name: '检查并导出' }).click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#download-plan').click()]);
  return fs.readFileSync(await download.path());
}

test('four files at once: right verdicts, a clear message for the malformed one', async ({ page }) => {
  await openFresh(page);
  const docx = await exportedSampleDocx(page);
  await page.getByRole('link', { name: '审核', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('审核工作方案');
  await page.locator('#review-files').setInputFiles([
    file('民政厅方案.json', fs.readFileSync(path.join(FIXTURES, 'sample-plan.json')), 'application/json'),
    file('教育局方案.json', fs.readFileSync(path.join(FIXTURES, 'plan-incomplete.json')), 'application/json'),
    file('民政厅方案.docx', docx),
    file('损坏.json', Buffer.from('{"format": "gongyi-xxgk-plan", "plan": {')),
  ]);
  const rows = page.locator('.review-table tbody tr');
  await expect(rows).toHaveCount(4);
  const row = (text) => rows.filter({ hasText: text });
  await expect(row('方案文件').filter({ hasText: '广东省民政厅' })).toContainText('可以报备');
  await expect(row('清远市教育局')).toContainText('尚不能报备');
  await expect(row('清远市教育局')).toContainText('75%');
  await expect(row('导出的Word文档')).toContainText('可以报备');
  await expect(row('损坏.json')).toContainText('文件不完整，可能在保存或传输时被截断');
  await shot(page, 'review-table');

  // Sort by score, descending: the incomplete plan comes last among readable ones.
  await page.getByRole('button', { name: '完整度' }).click();
  await page.getByRole('button', { name: '完整度' }).click();
  await expect(page.locator('th[aria-sort="descending"]')).toHaveText('完整度');
  await expect(rows.nth(2)).toContainText('清远市教育局');

  // One plan's findings, a decision and a comment.
  await page.getByRole('button', { name: '查看 清远市教育局 的检查结果' }).click();
  await expect(page.locator('#review-detail')).toBeFocused();
  await expect(page.locator('#review-detail')).toContainText('S2-ITEM-FIELDS');
  await page.getByLabel('退回修改').check();
  await page.getByLabel('审核意见（选填）').fill('请补全受助学生名单公示事项。');
  await expect(row('清远市教育局')).toContainText('退回修改');
  await page.getByRole('button', { name: '查看 广东省民政厅 的检查结果' }).first().click();
  await page.getByLabel('通过').check();

  const [sheet] = await Promise.all([page.waitForEvent('download'), page.locator('#download-review-docx').click()]);
  expect(sheet.suggestedFilename()).toBe('工作方案审核意见表.docx');
  const xml = execFileSync('python3', ['-c', 'import sys, zipfile; sys.stdout.write(zipfile.ZipFile(sys.argv[1]).read("word/document.xml").decode())', await sheet.path()], { encoding: 'utf8' });
  expect(xml).toContain('退回修改：请补全受助学生名单公示事项。');
  expect(xml).toContain('清远市教育局');
  // The sheet validates against the ISO/IEC 29500 schemas (exit code 0).
  execFileSync('/usr/bin/python3', ['tests/ooxml-check/validate.py', await sheet.path()], { encoding: 'utf8' });
  const [csv] = await Promise.all([page.waitForEvent('download'), page.locator('#download-review-csv').click()]);
  expect(fs.readFileSync(await csv.path(), 'utf8')).toContain('通过');
});

test('a hand-written .docx gets the structural check, its profile and what was recognised', async ({ page }) => {
  expect(fs.existsSync(HANDWRITTEN), 'run the native tests first (make test-native)').toBe(true);
  await openFresh(page, './?page=review');
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByText('打开要审核的文件…').click()]);
  await chooser.setFiles(HANDWRITTEN);
  const rows = page.locator('.review-table tbody tr');
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText('Word文档（按省模板工作方案检查）');
  await expect(rows.first()).toContainText('清远市教育局');
  await expect(rows.first()).toContainText('32-缺第三部分.docx');
  await expect(rows.first()).toContainText('尚不能报备');
  const detail = page.locator('#review-detail');
  await expect(detail).toContainText('不是本程序导出的文档');
  await expect(detail).toContainText('没有找到“组织保障和监督考核”部分');
  await expect(detail).toContainText('DOC-SECTIONS');
  await expect(detail.locator('.outline__list')).toContainText('识别为：省模板工作方案');
  await expect(detail.locator('.outline__list')).toContainText('落款：单位 清远市教育局；成文日期 2018年9月10日');
  await shot(page, 'review-handwritten');
});

test('the reviewer\'s decisions and comments survive a reload; leaving asks first; the work saves as a file', async ({ page }) => {
  await openFresh(page);
  const docx = await exportedSampleDocx(page);
  await page.getByRole('link', { name: '审核', exact: true }).click();
  await page.locator('#review-files').setInputFiles([
    file('民政厅方案.docx', docx),
    file('教育局方案.json', fs.readFileSync(path.join(FIXTURES, 'plan-incomplete.json')), 'application/json'),
  ]);
  const rows = page.locator('.review-table tbody tr');
  await expect(rows).toHaveCount(2);
  await page.getByRole('button', { name: '查看 清远市教育局 的检查结果' }).click();
  await page.getByLabel('退回修改').check();
  await page.getByLabel('审核意见（选填）').fill('请补全事项。');
  await page.getByRole('button', { name: '查看 广东省民政厅 的检查结果' }).click();
  await page.getByLabel('通过').check();

  await page.reload();
  await expect(rows).toHaveCount(2);
  await expect(rows.filter({ hasText: '清远市教育局' })).toContainText('退回修改');
  await expect(rows.filter({ hasText: '广东省民政厅' })).toContainText('通过');
  await expect(rows.filter({ hasText: '广东省民政厅' })).toContainText('导出的Word文档');
  await page.getByRole('button', { name: '查看 清远市教育局 的检查结果' }).click();
  await expect(page.getByLabel('审核意见（选填）')).toHaveValue('请补全事项。');
  await expect(page.getByLabel('退回修改')).toBeChecked();

  // Leaving with work not yet downloaded asks first.
  let asked = null;
  page.once('dialog', async (dialog) => { asked = dialog.type(); await dialog.dismiss(); });
  await page.close({ runBeforeUnload: true });
  await expect.poll(() => asked).toBe('beforeunload');
  expect(page.isClosed()).toBe(false);

  // Saved as a file, the work opens again elsewhere (and nothing is asked any more).
  const [saved] = await Promise.all([page.waitForEvent('download'), page.locator('#download-review-session').click()]);
  expect(saved.suggestedFilename()).toBe('工作方案审核记录.json');
  const content = fs.readFileSync(await saved.path());
  await page.getByRole('button', { name: '清空列表' }).click();
  await expect(rows).toHaveCount(0);
  await page.locator('#review-files').setInputFiles([file('工作方案审核记录.json', content, 'application/json')]);
  await expect(rows).toHaveCount(2);
  await expect(rows.filter({ hasText: '清远市教育局' })).toContainText('退回修改');
  await page.reload();
  await expect(rows.filter({ hasText: '广东省民政厅' })).toContainText('通过');
  await page.getByRole('button', { name: '查看 广东省民政厅 的检查结果' }).click(); // a user gesture, so a prompt could show
  let askedAgain = false;
  page.once('dialog', async (dialog) => { askedAgain = true; await dialog.accept(); });
  await page.close({ runBeforeUnload: true });
  expect(askedAgain).toBe(false);
});
