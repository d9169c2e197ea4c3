// The reviewing office opens four files at once — a complete plan file, an incomplete one, a
// .docx exported by the app and a malformed file — and a hand-written .docx; sorts, reads
// findings, records decisions and downloads the review sheet.
const fs = require('fs');
const path = require('path');
const { execFileSync } = require('child_process');
const { test, expect } = require('@playwright/test');
const { shot, openFresh } = require('./helpers');

const FIXTURES = path.join(__dirname, '../fixtures');
const HANDWRITTEN = path.join(__dirname, '../../out/fixtures/handwritten-no-section-3.docx');

function file(name, buffer, mimeType = 'application/octet-stream') {
  return { name, mimeType, buffer };
}

async function exportedSampleDocx(page) {
  await page.getByRole('link', { name: '草稿和文件', exact: true }).click();
  await page.locator('#load-sample').click();
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
  await expect(row('清远市教育局')).toContainText('73%');
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

test('a hand-written .docx gets the text check, clearly marked', async ({ page }) => {
  expect(fs.existsSync(HANDWRITTEN), 'run the native tests first (make test-native)').toBe(true);
  await openFresh(page, './?page=review');
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByText('打开要审核的文件…').click()]);
  await chooser.setFiles(HANDWRITTEN);
  const rows = page.locator('.review-table tbody tr');
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText('Word文档（文本检查）');
  await expect(rows.first()).toContainText('清远市文化广电新闻出版局');
  await expect(rows.first()).toContainText('尚不能报备');
  const detail = page.locator('#review-detail');
  await expect(detail).toContainText('只能检查其文字');
  await expect(detail).toContainText('没有找到模板规定的标题“三、组织保障及监督考核”');
  await expect(detail).toContainText('DOC-HEADINGS');
  await shot(page, 'review-handwritten');
});
