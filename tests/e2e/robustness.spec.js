// Nothing lost, nothing let in: bad files, damaged storage, full storage, hostile text, no outside
// traffic under the Content-Security-Policy, and the rescue panel after a panic.
const fs = require('fs');
const path = require('path');
const os = require('os');
const { execFileSync } = require('child_process');
const { test, expect } = require('@playwright/test');
const { shot, withAppClosed, openFresh, taskRow } = require('./helpers');

const FIXTURES = path.join(__dirname, '../fixtures');
const SAMPLE = fs.readFileSync(path.join(FIXTURES, 'sample-plan.json'));

async function storage(page) {
  return page.evaluate(() => JSON.stringify(Object.keys(localStorage).sort().map(k => [k, localStorage.getItem(k)])));
}

async function openFile(page, name, buffer) {
  await page.locator('#open-plan-file').setInputFiles({ name, mimeType: 'application/octet-stream', buffer });
}

test('bad files get specific messages and the draft is untouched', async ({ page }) => {
  await openFresh(page);
  await taskRow(page, '文件信息').click();
  await page.getByLabel('制定单位').fill('原来的单位');
  await page.getByRole('link', { name: '草稿和文件', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: '已自动保存' })).toBeVisible();
  const before = await storage(page);
  const zip = Buffer.from('504b0304140000000000' + '00'.repeat(40), 'hex');
  const cases = [
    ['坏的.json', Buffer.from('{"format": "gongyi-xxgk-plan", "version": 1, "plan": {"preamble": }}'), '文件内容已损坏，无法读取（第 1 行'],
    ['截断.json', SAMPLE.subarray(0, 400), '文件不完整，可能在保存或传输时被截断'],
    ['照片.json', Buffer.from([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3]), '这是一个图片文件（JPEG），不是工作方案文件'],
    ['压缩包.docx', zip, '这不是有效的 Word 文档'],
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
    expect(await storage(page)).toBe(before);
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

test('damaged storage: the app starts, keeps the text aside and offers it', async ({ page }) => {
  await withAppClosed(page, () => {
    localStorage.clear();
    localStorage.setItem('gyxx.index', JSON.stringify({ current: 'd1', drafts: [{ id: 'd1', name: '草稿 1', page: 'cover' }] }));
    localStorage.setItem('gyxx.draft.d1', '{"format":"gongyi-xxgk-plan","version":1,"plan":{"preamble": 42, "cover": {"unit": "损坏前的单位"');
  });
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.locator('.notice').first()).toContainText('本浏览器中保存的草稿无法读取');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /下载原内容/ }).click()]);
  expect(fs.readFileSync(await download.path(), 'utf8')).toContain('损坏前的单位');
  expect(await page.evaluate(() => localStorage.getItem('gyxx.damaged.1'))).toContain('损坏前的单位');
  await shot(page, 'robust-damaged-storage');

  // Wrong-typed values in the index.
  await withAppClosed(page, () => localStorage.setItem('gyxx.index', '{"current": 5, "drafts": "many"}'));
  await page.goto('./');
  await expect(page.locator('.notice').first()).toContainText('草稿目录已损坏');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});

test('storage full: the user is told, can download the plan, and typing goes on', async ({ page }) => {
  await openFresh(page, './?page=preamble');
  await page.evaluate(() => {
    Storage.prototype.setItem = function () { throw new DOMException('quota', 'QuotaExceededError'); };
  });
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
  await page.locator('#load-sample').click();
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
  await page.locator('#load-sample').click();
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

test('a panic shows the Chinese rescue panel and the draft downloads without WebAssembly', async ({ page }) => {
  await withAppClosed(page, () => localStorage.clear());
  await page.goto('/plan-test/?page=preamble');
  await page.getByLabel('前言').fill('崩溃前输入的前言');
  await expect(page.getByRole('status').filter({ hasText: '已自动保存' })).toBeVisible();
  await page.goto('/plan-test/?page=preamble&test-panic=1');
  const panel = page.getByRole('alertdialog', { name: '程序出错，已停止运行' });
  await expect(panel).toBeVisible();
  await expect(panel).toBeFocused();
  await shot(page, 'robust-rescue');
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#rescue-download').click()]);
  expect(download.suggestedFilename()).toBe('草稿备份.json');
  expect(fs.readFileSync(await download.path(), 'utf8')).toContain('崩溃前输入的前言');
});
