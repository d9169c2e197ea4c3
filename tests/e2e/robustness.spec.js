// Nothing lost, nothing let in: bad files, damaged storage, full storage, hostile text, no outside
// traffic under the Content-Security-Policy, and the rescue panel after a panic.
const fs = require('fs');
const path = require('path');
const os = require('os');
const { execFileSync } = require('child_process');
const { test, expect } = require('@playwright/test');
const {
  shot, withAppClosed, clearStorage, openFresh, storageDump, storedDrafts, currentDraft, saved, fillStorage, taskRow, loadSample,
} = require('./helpers');

const FIXTURES = path.join(__dirname, '../fixtures');
const SAMPLE = fs.readFileSync(path.join(FIXTURES, 'sample-plan.json'));

async function openFile(page, name, buffer) {
  await page.locator('#open-plan-file').setInputFiles({ name, mimeType: 'application/octet-stream', buffer });
}

test('bad files get specific messages and the draft is untouched', async ({ page }) => {
  await openFresh(page);
  await taskRow(page, '文件信息').click();
  await page.getByLabel('制定单位').fill('原来的单位');
  await page.getByRole('link', { name: '草稿和文件', exact: true }).click();
  await saved(page);
  const before = await storageDump(page);
  const zip = Buffer.from('504b0304140000000000' + '00'.repeat(40), 'hex');
  const cases = [
    ['坏的.json', Buffer.from('{"format": "gongyi-xxgk-plan", "version": 1, "plan": {"preamble": }}'), '文件内容已损坏，无法读取（第 1 行'],
    ['截断.json', SAMPLE.subarray(0, 400), '文件不完整，可能在保存或传输时被截断'],
    ['照片.json', Buffer.from([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3]), '这是一个图片文件（JPEG），不是工作方案文件'],
    ['压缩包.docx', zip, 'Word 文档已损坏或不完整'],
    ['空.json', Buffer.alloc(0), '文件是空的'],
    ['太大.json', Buffer.alloc(5 * 1024 * 1024 + 10, 0x20), '工作方案文件不能超过 5 MB'],
    ['新版本.json', Buffer.from('{"format":"gongyi-xxgk-plan","version":7,"plan":{}}'), '由更新版本的程序保存（格式版本 7'],
    ['别的.json', Buffer.from('{"name": "package"}'), '这不是本程序保存的工作方案文件'],
  ];
  for (const [name, buffer, message] of cases) {
    await openFile(page, name, buffer);
    const alert = page.getByRole('alert').filter({ hasText: `“${name}”无法打开` });
    await expect(alert).toContainText(message);
    await expect(alert).toContainText('当前草稿没有任何改动');
    expect(await storageDump(page)).toBe(before);
  }
  await shot(page, 'robust-bad-file');
  await expect(page.locator('.table tbody tr')).toHaveCount(1);
});

test('unknown fields, missing fields and old versions open with a notice', async ({ page }) => {
  await openFresh(page, './?page=drafts');
  const extra = JSON.parse(SAMPLE.toString());
  extra.plan.cover.colour = 'red';
  extra.saved_by = 'another tool';
  delete extra.plan.safeguards;
  await openFile(page, '多字段.json', Buffer.from(JSON.stringify(extra)));
  await expect(page.locator('.notice').first()).toContainText('不认识的内容');
  await taskRow(page, '加强组织领导').click();
  await expect(page.getByLabel('（一）加强组织领导')).toHaveValue('');
  await page.getByRole('link', { name: '草稿和文件', exact: true }).click();
  await openFile(page, '旧版本.json', fs.readFileSync(path.join(FIXTURES, 'plan-v0.json')));
  await expect(page.locator('.notice').first()).toContainText('已自动转换为当前版本');
  await taskRow(page, '文件信息').click();
  await expect(page.getByLabel('成文日期')).toHaveValue('2018-09-03');
});

const DAMAGED = '{"format":"gongyi-xxgk-plan","version":1,"plan":{"preamble": 42, "cover": {"unit": "损坏前的单位"';

test('damaged storage: the app starts, leaves the damaged draft as it is and offers it', async ({ page }) => {
  await clearStorage(page);
  await withAppClosed(page, (damaged) => {
    localStorage.setItem('gyxx.index', JSON.stringify({ current: 'd1', drafts: [{ id: 'd1', name: '草稿 1', page: 'cover' }] }));
    localStorage.setItem('gyxx.draft.d1', damaged);
  }, DAMAGED);
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.locator('.notice').first()).toContainText('草稿“草稿 1”无法读取');
  // The app works on a new draft; the damaged one is never written over.
  await taskRow(page, '前言').click();
  await page.getByLabel('前言').fill('新草稿的前言');
  await saved(page);
  let stored = await storedDrafts(page);
  expect(stored.d1.text).toBe(DAMAGED);
  expect(Object.values(stored).some((d) => d.id !== 'd1' && d.text.includes('新草稿的前言'))).toBe(true);
  // It is listed as unreadable and its text downloads.
  await page.getByRole('link', { name: '草稿和文件', exact: true }).click();
  const row = page.locator('.table tbody tr').filter({ hasText: '草稿 1' }).filter({ hasText: '无法读取' });
  await expect(row).toBeVisible();
  await shot(page, 'robust-damaged-storage');
  const [download] = await Promise.all([page.waitForEvent('download'), row.getByRole('button', { name: '下载原内容' }).click()]);
  expect(fs.readFileSync(await download.path(), 'utf8')).toBe(DAMAGED);
  await page.reload();
  await expect(page.locator('.table tbody tr').filter({ hasText: '无法读取' })).toHaveCount(1);
  stored = await storedDrafts(page);
  expect(stored.d1.text).toBe(DAMAGED);

  // An index of the wrong shape: rebuilt from the drafts, its text kept aside and offered.
  await clearStorage(page);
  await withAppClosed(page, () => {
    localStorage.setItem('gyxx.index', '{"current": 5, "drafts": "many"}');
    localStorage.setItem('gyxx.draft.d1', JSON.stringify({ format: 'gongyi-xxgk-plan', version: 1, plan: { cover: { unit: '甲单位' } } }));
  });
  await page.goto('./?page=drafts');
  await expect(page.locator('.notice').first()).toContainText('草稿目录已损坏');
  await expect(page.locator('.table tbody tr').filter({ hasText: '甲单位（恢复）' })).toHaveCount(1);
  const [aside] = await Promise.all([
    page.waitForEvent('download'),
    page.locator('.aside-list li').filter({ hasText: '损坏的草稿目录.txt' }).getByRole('button', { name: '下载' }).click(),
  ]);
  expect(fs.readFileSync(await aside.path(), 'utf8')).toBe('{"current": 5, "drafts": "many"}');
});

test('storage full: the user is told, can download the plan, and typing goes on', async ({ page }) => {
  await openFresh(page, './?page=preamble');
  await page.evaluate(fillStorage);
  await page.getByLabel('前言').fill('存储已满时输入的前言文字。');
  await expect(page.locator('.save-status--failed')).toContainText('本地存储空间已满');
  await page.getByLabel('前言').press('End');
  await page.getByLabel('前言').type('继续输入');
  await expect(page.getByLabel('前言')).toHaveValue('存储已满时输入的前言文字。继续输入');
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#save-failed-download').click()]);
  expect(fs.readFileSync(await download.path(), 'utf8')).toContain('存储已满时输入的前言文字。继续输入');
  await shot(page, 'robust-storage-full');
});

test('hostile text is shown literally and exports a valid document that LibreOffice opens', async ({ page }) => {
  test.setTimeout(240_000);
  const hostile = '<script>window.__xss=1</script><img src=x onerror="window.__xss=2"> & "引号" \'单引号\' 😀 \u202Eطلب\u200B';
  await openFresh(page);
  await page.getByRole('link', { name: '草稿和文件', exact: true }).click();
  await loadSample(page);
  await taskRow(page, '前言').click();
  const preamble = page.getByLabel('前言');
  await preamble.fill(hostile);
  // Pasted text with control characters and a lone surrogate.
  await preamble.evaluate((el) => {
    el.value += '\u0001\u0008\u000b\uD800 国办发〔2018〕10号' + ('长'.repeat(499) + '\n').repeat(200);
    el.dispatchEvent(new Event('input', { bubbles: true }));
  });
  await page.getByRole('link', { name: '检查并导出' }).click();
  await expect(page.locator('.doc-preview')).toContainText('<script>window.__xss=1</script>');
  expect(await page.evaluate(() => window.__xss)).toBeUndefined();
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#download-plan').click()]);
  const file = await download.path();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hostile-'));
  const docx = path.join(dir, 'hostile.docx');
  fs.copyFileSync(file, docx);
  // Every XML part parses.
  execFileSync('python3', ['-c', [
    'import sys, zipfile, xml.dom.minidom',
    'z = zipfile.ZipFile(sys.argv[1])',
    '[xml.dom.minidom.parseString(z.read(n)) for n in z.namelist() if n.endswith((".xml", ".rels"))]',
  ].join('\n'), docx]);
  // …and validates against the ISO/IEC 29500 schemas (exit code 0).
  execFileSync('/usr/bin/python3', ['tests/ooxml-check/validate.py', docx], { encoding: 'utf8' });
  // LibreOffice opens it (converted to plain text: the 100 000 characters make 160 pages).
  execFileSync('soffice', ['--headless', '--convert-to', 'txt:Text', '--outdir', dir, docx], { timeout: 180000 });
  const text = fs.readFileSync(path.join(dir, 'hostile.txt'), 'utf8');
  expect(text).toContain('<script>window.__xss=1</script>');
  expect(text.length).toBeGreaterThan(100000);
});

test('a whole session makes no outside request and violates no CSP rule; styles apply', async ({ page }) => {
  const outside = [];
  const violations = [];
  await page.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (!['127.0.0.1', 'localhost'].includes(url.hostname) && !['blob:', 'data:'].includes(url.protocol)) outside.push(url.href);
    route.continue();
  });
  await page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(e.violatedDirective + ' ' + e.blockedURI));
  });
  page.on('console', (m) => { if (/Content Security Policy/i.test(m.text())) violations.push(m.text()); });
  await openFresh(page);
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(csp).toContain("default-src 'self'");
  expect(csp).toContain("'wasm-unsafe-eval'");
  expect(csp).toMatch(/'sha256-[A-Za-z0-9+/=]+'/);
  expect(await page.locator('.app-header').evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(29, 79, 145)');
  await page.getByRole('link', { name: '草稿和文件', exact: true }).click();
  await loadSample(page);
  await taskRow(page, '重点领域：社会救助和社会福利').click();
  await page.getByRole('button', { name: '编辑' }).first().click();
  await page.getByRole('link', { name: '检查并导出' }).click();
  await Promise.all([page.waitForEvent('download'), page.locator('#download-plan').click()]);
  await page.locator('.app-header__verdict').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('检查结果');
  await page.goto('./?page=review');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('审核工作方案');
  expect(outside).toEqual([]);
  expect(await page.evaluate(() => window.__violations)).toEqual([]);
  expect(violations).toEqual([]);
});

/** The rescue backup the panel offers: its file name and parsed content. */
async function rescueBackup(page) {
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#rescue-download').click()]);
  return { name: download.suggestedFilename(), file: JSON.parse(fs.readFileSync(await download.path(), 'utf8')) };
}

/** Panics the test build's WebAssembly module on demand. */
async function panic(page) {
  await page.evaluate(() => { try { window.gyxxTestPanic(); } catch (e) { /* the module is dead */ } });
}

test('a panic shows the Chinese rescue panel and the draft downloads without WebAssembly', async ({ page }) => {
  await clearStorage(page);
  await page.goto('/plan-test/?page=preamble');
  await page.getByLabel('前言').fill('崩溃前输入的前言');
  await saved(page);
  // What this tab had open cannot be read: the panel still finds the stored draft.
  await page.evaluate(() => sessionStorage.setItem('gyxx.tab', '{"id": 坏'));
  await page.goto('/plan-test/?page=preamble&test-panic=1');
  const panel = page.getByRole('alertdialog', { name: '程序出错，已停止运行' });
  await expect(panel).toBeVisible();
  await expect(panel).toBeFocused();
  await expect(page.locator('#rescue-download')).toBeEnabled();
  await shot(page, 'robust-rescue');
  const { name, file } = await rescueBackup(page);
  expect(name).toMatch(/^草稿备份-草稿 1-\d{8}-\d{4}\.json$/);
  expect(file.plan.preamble).toBe('崩溃前输入的前言');
});

test('the rescue backup holds what was typed 0.1 s before the panic, and the panel is modal', async ({ page }) => {
  await clearStorage(page);
  await page.goto('/plan-test/?page=preamble');
  const preamble = page.getByLabel('前言');
  await preamble.fill('已保存的前言。');
  await saved(page);
  await page.getByRole('link', { name: '草稿和文件', exact: true }).click();
  await page.locator('.table tbody tr').first().getByRole('button', { name: '重命名' }).click();
  await page.getByLabel('新名称').fill('民政局方案');
  await page.getByRole('button', { name: '保存名称' }).click();
  await expect.poll(async () => (await currentDraft(page)).name).toBe('民政局方案');
  await page.goto('/plan-test/?page=preamble');
  await preamble.press('End');
  await preamble.type('出错前刚输入的一句。');
  await page.waitForTimeout(100);
  await panic(page);
  const panel = page.getByRole('alertdialog', { name: '程序出错，已停止运行' });
  await expect(panel).toBeVisible();
  await expect(panel).toContainText('最后几秒的输入可能还没有保存');
  // Nothing reaches the dead app behind the panel.
  await page.evaluate(() => document.getElementById('field-preamble').focus());
  await page.keyboard.type('键入');
  await expect(preamble).toHaveValue('已保存的前言。出错前刚输入的一句。');
  expect(await page.evaluate(() => document.activeElement.closest('#rescue') !== null)).toBe(true);
  await shot(page, 'robust-rescue-typed');
  const { name, file } = await rescueBackup(page);
  expect(name).toMatch(/^草稿备份-民政局方案-\d{8}-\d{4}\.json$/);
  expect(file.rescue.on_screen).toContainEqual({ label: '前言', value: '已保存的前言。出错前刚输入的一句。' });
  expect(file.rescue.saved_failed).toBe(false);
  // The backup opens as a plan, with what was on screen.
  await page.goto('/plan-test/?page=drafts');
  await page.locator('#open-plan-file').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
  await expect(page.locator('.notice').first()).toContainText('这是程序出错时下载的草稿“民政局方案”的备份');
  await taskRow(page, '前言').click();
  await expect(page.getByLabel('前言')).toHaveValue(/^已保存的前言。出错前刚输入/);
});

test('after a failed autosave the rescue panel says the stored draft is not the latest', async ({ page }) => {
  await clearStorage(page);
  await page.goto('/plan-test/?page=preamble');
  await page.getByLabel('前言').fill('存好的前言。');
  await saved(page);
  await page.evaluate(fillStorage);
  await page.getByLabel('前言').fill('存储已满后写的前言。');
  await expect(page.locator('.save-status--failed')).toContainText('本地存储空间已满');
  await panic(page);
  const panel = page.getByRole('alertdialog', { name: '程序出错，已停止运行' });
  await expect(panel).toContainText('最近一次自动保存没有成功');
  const { file } = await rescueBackup(page);
  expect(file.rescue.saved_failed).toBe(true);
  expect(file.rescue.on_screen).toContainEqual({ label: '前言', value: '存储已满后写的前言。' });
  expect(await page.evaluate(async () => {
    const found = await window.gyxxStore.read(JSON.parse(sessionStorage.getItem('gyxx.tab')).id);
    return JSON.parse(found.text).plan.preamble;
  })).toBe('存好的前言。');
});
