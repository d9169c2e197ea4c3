// Plans written by hand in Word (issue 13): every document of the corpus gets its expected
// verdict on the review page; 40 mixed files are read in the background while the page answers
// clicks; a Word plan is imported into a draft (summary, parts filled, nothing lost, survives a
// reload and the plan file); a partner's Word plan gives items to the merge import. The corpus
// is written to out/corpus/ by the native tests (tests/wordplans.rs), which `make test` runs first.
const fs = require('fs');
const path = require('path');
const { test, expect } = require('@playwright/test');
const AxeBuilder = require('@axe-core/playwright').default;
const { shot, openFresh, saved, storageDump, loadSample } = require('./helpers');

const CORPUS = path.join(__dirname, '../../out/corpus');
const expected = () => JSON.parse(fs.readFileSync(path.join(CORPUS, 'expected.json'), 'utf8'));

test('every corpus document gets its expected verdict and profile on the review page', async ({ page }) => {
  test.setTimeout(120_000);
  const cases = expected();
  expect(cases.length).toBeGreaterThanOrEqual(30);
  await openFresh(page, './?page=review');
  await page.locator('#review-files').setInputFiles(cases.map((c) => path.join(CORPUS, c.file)));
  const rows = page.locator('.review-table tbody tr');
  await expect(rows).toHaveCount(cases.length, { timeout: 60_000 });
  await expect(page.locator('#reading-status')).toBeEmpty();
  for (const c of cases) {
    const row = rows.filter({ hasText: c.file });
    await expect(row, c.file).toHaveCount(1);
    await expect(row, c.file).toContainText(c.ready ? '可以报备' : '尚不能报备');
    await expect(row, c.file).toContainText(c.implementation ? '按国办发结构实施方案检查' : '按省模板工作方案检查');
    if (c.unit) await expect(row, c.file).toContainText(c.unit);
  }
  await shot(page, 'review-corpus');
  const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`)).toEqual([]);
});

test('40 mixed files are read in the background: the page answers a click meanwhile', async ({ page }) => {
  test.setTimeout(120_000);
  const dir = path.join(CORPUS, 'mixed');
  const names = fs.readdirSync(dir).sort((a, b) => (b.startsWith('长文档') - a.startsWith('长文档')) || a.localeCompare(b));
  expect(names.length).toBe(40);
  // The last file's job is held back until the click has been answered, so the reading is still
  // going on then however fast this machine reads the other 39 (they are read meanwhile).
  await page.addInitScript(() => {
    const post = Worker.prototype.postMessage;
    let jobs = 0;
    window.__held = null;
    Worker.prototype.postMessage = function (message, transfer) {
      if (message && typeof message.job === 'string' && message.job.includes('Review') && ++jobs === 40) {
        window.__held = () => post.call(this, message, transfer);
        return undefined;
      }
      return post.call(this, message, transfer);
    };
  });
  await openFresh(page, './?page=review');
  // Record when the sort takes effect, and whether reading was still going on at that moment.
  await page.evaluate(() => {
    window.__sorted = null;
    new MutationObserver(() => {
      const th = document.querySelector('th[aria-sort="ascending"] .sort-button');
      if (th && th.textContent === '完整度' && !window.__sorted) {
        window.__sorted = { at: performance.now(), status: document.getElementById('reading-status').textContent };
      }
    }).observe(document.body, { subtree: true, attributes: true, attributeFilter: ['aria-sort'], childList: true });
  });
  await page.locator('#review-files').setInputFiles(names.map((n) => path.join(dir, n)));
  const rows = page.locator('.review-table tbody tr');
  await expect(rows.first()).toBeVisible({ timeout: 30_000 });
  await expect(page.locator('#reading-status')).toContainText('正在读取文件');
  const t0 = await page.evaluate(() => performance.now());
  await page.getByRole('button', { name: '完整度' }).click();
  await page.waitForFunction(() => window.__sorted !== null);
  const sorted = await page.evaluate(() => window.__sorted);
  console.log(`click → sorted while reading: ${(sorted.at - t0).toFixed(1)} ms (${sorted.status})`);
  expect(sorted.status, 'reading was still going on when the click was answered').toContain('正在读取文件');
  await shot(page, 'review-reading');
  await page.waitForFunction(() => window.__held !== null, null, { timeout: 90_000 });
  await page.evaluate(() => window.__held());
  await expect(rows).toHaveCount(40, { timeout: 90_000 });
  await expect(page.locator('#reading-status')).not.toContainText('正在读取文件');
  const row = (text) => rows.filter({ hasText: text });
  await expect(row('旧版文档.doc')).toContainText('请在 Word 或 WPS 中另存为 .docx 后再打开');
  await expect(row('加密文档.docx')).toContainText('密码');
  await expect(row('空白文档.docx')).toContainText('空的');
  await expect(row('Excel表格.docx')).toContainText('Excel');
  await expect(row('部件过多.docx')).toContainText('部件');
  await expect(row('sample-plan.json')).toContainText('可以报备');
  await expect(row('长文档-1.docx')).toContainText('清远市教育局');
});

test('a hand-written Word plan is imported into a draft: summary, parts filled, nothing lost', async ({ page }) => {
  await openFresh(page, './?page=drafts');
  await page.locator('#import-word').setInputFiles(path.join(CORPUS, '05-民政厅-Word自动编号.docx'));
  const summary = page.locator('#import-summary');
  await expect(summary).toBeFocused();
  await expect(summary).toContainText('识别为按省模板编写的工作方案');
  await expect(summary).toContainText('广东省民政厅');
  await expect(summary).toContainText('2018年9月14日');
  await expect(summary).toContainText('社会救助和社会福利（4 个事项）');
  const row = (from) => summary.locator('tbody tr').filter({ hasText: from });
  await expect(row('（一）工作现状')).toContainText('工作现状');
  await expect(row('（三）畅通投诉举报渠道')).toContainText('畅通投诉举报渠道');
  await expect(row('城乡低保信息').first()).toContainText('重点领域：社会救助和社会福利');
  await expect(summary).toContainText('未能归类的内容（2 处）');
  await shot(page, 'import-summary');
  const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`)).toEqual([]);
  await page.locator('#import-create').click();

  // The new draft: the task list shows the filled parts and the text kept aside.
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('工作方案编制任务清单');
  await expect(page.getByRole('status').filter({ hasText: '已从“05-民政厅-Word自动编号.docx”导入新草稿' })).toContainText('有 2 段内容未能归类');
  await expect(page.locator('.task__link').first()).toContainText('导入时未归类的内容');
  for (const part of ['前言', '工作现状', '存在问题', '决策信息公开', '加强组织领导', '畅通投诉举报渠道']) {
    await expect(page.locator('.task__link').filter({ has: page.locator('.task__name').getByText(part, { exact: true }) })).toContainText('已完成');
  }
  await page.goto('./?page=preamble');
  await expect(page.locator('#field-preamble')).toHaveValue(/^为贯彻落实《国务院办公厅/);
  await page.goto('./?page=cover');
  await expect(page.locator('#field-unit')).toHaveValue('广东省民政厅');
  await page.goto('./?page=area-social_assistance');
  await expect(page.locator('.items .item')).toHaveCount(4);
  await expect(page.locator('.items .item').first()).toContainText('城乡低保信息');

  // Kept across a reload, and in the plan file.
  await page.goto('./?page=unplaced');
  await expect(page.locator('#unplaced-0')).toHaveValue(/我厅牵头负责社会救助和社会福利领域/);
  await shot(page, 'import-unplaced');
  await page.reload();
  await expect(page.locator('#unplaced-1')).toHaveValue(/联系人：陈晓明/);
  await page.goto('./?page=drafts');
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#save-plan-file').click()]);
  const file = JSON.parse(fs.readFileSync(await download.path(), 'utf8'));
  expect(file.plan.unplaced.map((u) => u.from)).toEqual(['二、主要任务及具体措施 （一）重点领域公开事项', '落款后的附件或附注']);
  expect(file.plan.safeguards.complaints).toContain('020-83330000');

  // Deleting a block once moved, with undo.
  await page.goto('./?page=unplaced');
  await page.locator('#unplaced-delete-1').click();
  await expect(page.locator('#unplaced-1')).toHaveCount(0);
  await page.locator('#unplaced-undo').click();
  await expect(page.locator('#unplaced-1')).toHaveValue(/联系人：陈晓明/);
});

test('bad Word files get their message on import and change nothing', async ({ page }) => {
  await openFresh(page, './?page=drafts');
  const before = await storageDump(page);
  await page.locator('#import-word').setInputFiles({ name: '旧版.doc', mimeType: 'application/msword', buffer: Buffer.concat([Buffer.from('d0cf11e0a1b11ae1', 'hex'), Buffer.alloc(600)]) });
  await expect(page.locator('[role="alert"]')).toContainText('“旧版.doc”无法导入：这是旧版 Word（.doc）或 WPS（.wps）格式的文件');
  await expect(page.locator('[role="alert"]')).toContainText('请在 Word 或 WPS 中另存为 .docx 后再打开');
  await expect(page.locator('#import-summary')).toHaveCount(0);
  expect(await storageDump(page)).toBe(before);
});

test('a co-operating department\'s plan written in Word gives items to the merge import', async ({ page }) => {
  await openFresh(page, './?page=drafts');
  await loadSample(page);
  await page.goto('./?page=area-social_assistance');
  const items = page.locator('.items .item');
  // The sample's own items, once shown (counting earlier may find none yet).
  await expect(items).not.toHaveCount(0);
  const own = await items.count();
  await page.getByText('从配合单位的方案导入事项').click();
  await page.locator('#import-file').setInputFiles(path.join(CORPUS, '05-民政厅-Word自动编号.docx'));
  const offers = page.locator('.import__offers');
  await expect(offers.locator('legend')).toContainText('广东省民政厅');
  await expect(offers.getByLabel(/临时救助信息/)).toBeChecked();
  await expect(offers.locator('label', { hasText: '临时救助信息' })).toContainText('牵头：社会救助处');
  await page.locator('#import-items').click();
  await expect(items).toHaveCount(own + 4);
});

test('plans clerks made with other programs are imported as written: a responsibility table, unit notes, a wrapped notice title', async ({ page }) => {
  // A responsibility table (信息公开内容 / 公开具体要求 / 责任单位, merged area cells).
  await openFresh(page, './?page=drafts');
  await page.locator('#import-word').setInputFiles(path.join(CORPUS, '41-他人程序-分工表-合并单元格.docx'));
  const summary = page.locator('#import-summary');
  await expect(summary).toBeFocused();
  await expect(summary).toContainText('泉港区民政局');
  await expect(summary).toContainText('社会救助和社会福利（3 个事项）');
  await page.locator('#import-create').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('工作方案编制任务清单');
  await page.goto('./?page=area-social_assistance');
  await expect(page.locator('.items .item')).toHaveCount(3);
  await expect(page.locator('.items .item').first()).toContainText('城乡低保信息');
  await shot(page, 'import-clerk-table');
  const planFile = async () => {
    await page.goto('./?page=drafts');
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#save-plan-file').click()]);
    return JSON.parse(fs.readFileSync(await download.path(), 'utf8')).plan;
  };
  const items = (plan) => plan.tasks.areas.flatMap((a) => a.items);
  let low = items(await planFile()).find((i) => i.name === '城乡低保信息');
  expect(low.units.leads).toEqual(['社会救助股']);
  expect(low.content).toContain('20个工作日');

  // Items ending in a unit note in brackets: the units without brackets, the note out of the text.
  await page.locator('#import-word').setInputFiles(path.join(CORPUS, '40-他人程序-自动编号-括注责任单位.docx'));
  await expect(summary).toBeFocused();
  await page.locator('#import-create').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('工作方案编制任务清单');
  for (const item of items(await planFile())) {
    for (const unit of [...item.units.leads, ...item.units.partners]) expect(unit, item.name).not.toMatch(/^[)）]|[(（]$|[)）]$/);
    expect(item.content, item.name).not.toMatch(/责任单位：|（。/);
  }

  // A covering notice whose title is wrapped over two lines: set aside, the plan's own title and
  // the notice's 落款 used.
  await page.locator('#import-word').setInputFiles(path.join(CORPUS, '45-他人程序-泉港区-两行通知标题-版记.docx'));
  await expect(summary).toBeFocused();
  await expect(summary).toContainText('泉港区人民政府办公室');
  await page.locator('#import-create').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('工作方案编制任务清单');
  const plan = await planFile();
  expect(plan.cover.unit).toBe('泉港区人民政府办公室');
  expect(plan.cover.title).toBe('泉港区推进社会公益事业建设领域政府信息公开工作实施方案');
  expect(plan.preamble).not.toContain('现将');
});

test('a file sent instead of a plan is named for what it is, with nothing complete', async ({ page }) => {
  const named = (suffix) => path.join(CORPUS, expected().find((c) => c.file.endsWith(suffix)).file);
  await openFresh(page, './?page=review');
  // A yearly report sent in place of the plan: one file, its findings shown at once.
  await page.locator('#review-files').setInputFiles(named('误报年度报告.docx'));
  const rows = page.locator('.review-table tbody tr');
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText('尚不能报备');
  await expect(rows.first()).toContainText('0%');
  const detail = page.locator('#review-detail');
  await expect(detail).toContainText('（年度报告），不是推进社会公益事业建设领域政府信息公开的工作方案：请报送工作方案');
  await shot(page, 'review-report-instead');
  // The covering notice without the plan it issues.
  await page.locator('#review-files').setInputFiles(named('只有印发通知.docx'));
  await expect(rows).toHaveCount(2);
  const notice = rows.filter({ hasText: '只有印发通知.docx' });
  await expect(notice).toContainText('尚不能报备');
  await expect(notice).toContainText('0%');
  await notice.getByRole('button', { name: /^查看 / }).click();
  await expect(detail).toContainText('没有方案本身：请报送方案全文（通知所附的工作方案）');
});
