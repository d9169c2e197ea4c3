// The reviewing office's filing ledger: plans opened for review are entered by unit (a short form
// of a name is asked about first), the notice date decides on time or late, a decision reaches
// the ledger, a progress report is recorded, everything survives a reload, and the ledger is
// downloaded as .xlsx, as a Word summary and as a file that opens again; a wrong file changes
// nothing.
const fs = require('fs');
const path = require('path');
const { test, expect } = require('@playwright/test');
const { shot, openFresh } = require('./helpers');

const SAMPLE = JSON.parse(fs.readFileSync(path.join(__dirname, '../fixtures/sample-plan.json'), 'utf8'));

function planFile(name, unit) {
  const file = JSON.parse(JSON.stringify(SAMPLE));
  file.plan.cover.unit = unit;
  return { name, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) };
}

/** Today in the page's time zone, ISO and as the ledger writes it. */
async function today(page) {
  return page.evaluate(() => {
    const d = new Date();
    const pad = (n) => String(n).padStart(2, '0');
    return { iso: `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`, written: `${d.getFullYear()}年${d.getMonth() + 1}月${d.getDate()}日` };
  });
}

const nav = (page, name) => page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name, exact: true });
const row = (page, unit) => page.locator('#ledger-table tbody tr').filter({ hasText: unit });

test('plans opened for review fill the ledger: on time, late, asked about, decided', async ({ page }) => {
  await openFresh(page, './?page=ledger');
  await expect(page.locator('#ledger-table tbody tr')).toHaveCount(12);
  await expect(row(page, '广东省民政厅')).toContainText('未报送');
  await expect(page.locator('#ledger-summary')).toContainText('2018年9月14日');

  const { written } = await today(page);
  await nav(page, '审核').click();
  await page.locator('#review-files').setInputFiles([
    planFile('民政厅方案.json', '广东省民政厅'),
    planFile('卫生计生委方案.json', '广东省卫生计生委'),
  ]);
  await expect(page.locator('.review-table tbody tr')).toHaveCount(2);
  // The short form is not entered without asking.
  const question = page.locator('.ledger-question');
  await expect(question).toContainText('广东省卫生计生委');
  await shot(page, 'ledger-question');
  await question.getByRole('button', { name: '是广东省卫生和计划生育委员会' }).click();
  await expect(question).toHaveCount(0);
  await page.getByRole('button', { name: '查看 广东省民政厅 的检查结果' }).click();
  await page.getByLabel('通过').check();

  await nav(page, '报备台账').click();
  await expect(row(page, '广东省民政厅')).toContainText(written);
  await expect(row(page, '广东省民政厅')).toContainText('已报备（审核通过）');
  await expect(row(page, '广东省民政厅')).toContainText(/逾期 \d+ 天报送/);
  await expect(row(page, '广东省卫生和计划生育委员会')).toContainText('已收到，待审核');
  await expect(row(page, '广东省卫生和计划生育委员会')).toContainText(/可以报备（\d+%）/);

  // A notice dated today: both came in on time, the others still have three months.
  await page.getByLabel('通知印发日期').fill(written);
  await page.getByLabel('通知印发日期').press('Tab');
  await expect(row(page, '广东省民政厅')).toContainText('按时报送');
  await expect(row(page, '广东省教育厅')).toContainText(/未报送，还剩 \d+ 天/);
  await expect(page.locator('#ledger-areas')).toContainText('广东省民政厅：已报备（审核通过）');

  // A department the seed does not name, and a progress report.
  await page.getByLabel('加入单位').fill('广东省公安厅');
  await page.getByRole('button', { name: '加入台账' }).click();
  await expect(page.locator('#ledger-table tbody tr')).toHaveCount(13);
  await page.getByLabel('单位', { exact: true }).selectOption({ label: '广东省民政厅' });
  await page.getByLabel('报告年度').fill('2018');
  await page.getByLabel('收到日期').fill('2019年2月25日');
  await page.getByRole('button', { name: '登记', exact: true }).click();
  await expect(row(page, '广东省民政厅')).toContainText('已报 2018 年度');
  await page.getByLabel('收到日期').fill('2019年2月30日');
  await page.getByRole('button', { name: '登记', exact: true }).click();
  await expect(page.getByRole('alert').filter({ hasText: '该日期不存在' })).toBeVisible();
  await shot(page, 'ledger');

  // Everything is still there after a reload.
  await page.reload();
  await expect(page.locator('#ledger-table tbody tr')).toHaveCount(13);
  await expect(row(page, '广东省民政厅')).toContainText('按时报送');
  await expect(row(page, '广东省公安厅')).toContainText('未报送');
});

test('the ledger downloads as Excel, Word and a ledger file that opens again; a wrong file changes nothing', async ({ page }) => {
  await openFresh(page, './?page=review');
  await page.locator('#review-files').setInputFiles([planFile('民政厅方案.json', '广东省民政厅')]);
  await expect(page.locator('.review-table tbody tr')).toHaveCount(1);
  await nav(page, '报备台账').click();
  await expect(row(page, '广东省民政厅')).toContainText('已收到，待审核');

  const take = async (id) => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator(id).click()]);
    return { name: download.suggestedFilename(), bytes: fs.readFileSync(await download.path()) };
  };
  const docx = await take('#ledger-docx');
  expect(docx.name).toBe('报备情况汇总表.docx');
  expect(docx.bytes.subarray(0, 2).toString()).toBe('PK');
  const xlsx = await take('#ledger-xlsx');
  expect(xlsx.name).toBe('报备台账.xlsx');
  expect(xlsx.bytes.subarray(0, 2).toString()).toBe('PK');
  const saved = await take('#ledger-save');
  const file = JSON.parse(saved.bytes.toString('utf8'));
  expect(file.format).toBe('gongyi-xxgk-ledger');
  expect(file.ledger.departments.find((d) => d.name === '广东省民政厅').plans).toHaveLength(1);

  // Remove a department, then open the saved file: it comes back.
  await page.getByRole('button', { name: '从台账中删除 广东省民政厅' }).click();
  await expect(page.locator('#ledger-table tbody tr')).toHaveCount(11);
  await page.locator('#ledger-open').setInputFiles({ name: '报备台账.json', mimeType: 'application/json', buffer: saved.bytes });
  await expect(page.getByText('已打开台账文件“报备台账.json”')).toBeVisible();
  await expect(page.locator('#ledger-table tbody tr')).toHaveCount(12);
  await expect(row(page, '广东省民政厅')).toContainText('已收到，待审核');

  // A plan file is not a ledger: a message, and nothing changes.
  await page.locator('#ledger-open').setInputFiles(planFile('方案.json', '广东省民政厅'));
  await expect(page.getByText('“方案.json”不是报备台账文件。台账没有任何改动。')).toBeVisible();
  await expect(page.locator('#ledger-table tbody tr')).toHaveCount(12);
});

test('a damaged stored ledger is never written over; its text can be downloaded', async ({ page }) => {
  await openFresh(page, './?page=ledger');
  await expect(page.locator('#ledger-table tbody tr')).toHaveCount(12);
  await page.getByLabel('加入单位').fill('广东省公安厅');
  await page.getByRole('button', { name: '加入台账' }).click();
  await expect(page.locator('#ledger-table tbody tr')).toHaveCount(13);
  // Damage the stored text.
  await page.evaluate(() => new Promise((resolve, reject) => {
    const r = indexedDB.open('gyxx');
    r.onsuccess = () => {
      const tx = r.result.transaction(['ledger'], 'readwrite');
      tx.objectStore('ledger').put('{"format":"gongyi-xxgk-ledger","version":1,"ledger":{"departments":7', 'ledger');
      tx.oncomplete = () => { r.result.close(); resolve(); };
      tx.onerror = () => reject(tx.error);
    };
  }));
  await page.reload();
  await expect(page.getByRole('alert').filter({ hasText: '报备台账' })).toContainText('原内容没有改动');
  await page.getByLabel('加入单位').fill('广东省财政厅');
  await page.getByRole('button', { name: '加入台账' }).click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#ledger-download-damaged').click()]);
  expect(fs.readFileSync(await download.path(), 'utf8')).toContain('"departments":7');
  await page.locator('#ledger-reset').click();
  await expect(page.locator('#ledger-table tbody tr')).toHaveCount(12);
});
