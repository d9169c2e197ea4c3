// The background worker (issue 19): documents are made and files read by a second WebAssembly
// module that the page loads only when it is needed; the sample plan is fetched when loaded.
// When the worker or the sample cannot be loaded, the user gets a Chinese message and nothing
// is lost; once the files can be reached again, the same click works.
const { test, expect } = require('@playwright/test');
const { shot, openFresh, saved, currentDraft, storedDrafts, downloadVia, docText, validateOoxml, loadSample } = require('./helpers');

/** The paths of the app's files the page has requested so far. */
function requests(page) {
  const seen = [];
  page.on('request', (r) => seen.push(new URL(r.url()).pathname.split('/').pop()));
  return seen;
}

test('the first page loads without the worker or the sample; export loads the worker and makes the document', async ({ page }) => {
  const seen = requests(page);
  await openFresh(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('工作方案编制任务清单');
  expect(seen.some((f) => /^app-.*_bg\.wasm$/.test(f))).toBe(true);
  expect(seen).not.toContain('worker_bg.wasm');
  expect(seen).not.toContain('sample-plan.json');

  await page.getByRole('link', { name: '草稿和文件', exact: true }).click();
  await loadSample(page);
  expect(seen).toContain('sample-plan.json');
  expect(seen).not.toContain('worker_bg.wasm');
  await saved(page);

  await page.getByRole('link', { name: '检查并导出' }).click();
  const plan = await downloadVia(page, page.locator('#download-plan'));
  expect(seen).toContain('worker_bg.wasm');
  expect(plan.name).toBe('广东省民政厅关于推进社会公益事业建设领域政府信息公开的工作方案.docx');
  expect(docText(plan.path)).toContain('三、组织保障和监督考核');
  expect(validateOoxml(plan.path)).toMatch(/\nTOTAL 0\n/);
  await expect(page.locator('.making')).toHaveCount(0);
});

test('when the worker cannot be loaded, export says so and loses nothing; the next click works', async ({ page }) => {
  await openFresh(page);
  await page.getByRole('link', { name: '草稿和文件', exact: true }).click();
  await loadSample(page);
  const before = (await currentDraft(page)).text;

  // The server cannot deliver the worker's module (as when a server refuses .wasm files).
  await page.route('**/worker_bg.wasm', (route) => route.abort());
  await page.getByRole('link', { name: '检查并导出' }).click();
  await page.locator('#download-letter').click();
  const alert = page.getByRole('alert').filter({ hasText: '未能生成文件' });
  await expect(alert).toContainText('后台程序无法启动');
  await expect(alert).toContainText('内容没有任何改动');
  await shot(page, 'worker-failed');
  // The plan is as it was, and the page still works.
  expect((await currentDraft(page)).text).toBe(before);
  await expect(page.locator('.notice--ready')).toBeVisible();

  await page.unroute('**/worker_bg.wasm');
  const letter = await downloadVia(page, page.locator('#download-letter'));
  expect(letter.name).toBe('广东省民政厅关于报送社会公益事业建设领域政府信息公开工作方案的函.docx');
  expect(validateOoxml(letter.path)).toMatch(/\nTOTAL 0\n/);
  await expect(alert).toHaveCount(0);
});

test('a review file is read once the worker can be loaded again', async ({ page }) => {
  // The review page starts the worker as it opens: its glue script cannot be loaded.
  await page.route('**/worker.js', (route) => route.abort());
  await openFresh(page, './?page=review');
  const plan = Buffer.from(JSON.stringify({ format: 'gongyi-xxgk-plan', version: 2, plan: {} }));
  await page.locator('#review-files').setInputFiles({ name: '空方案.json', mimeType: 'application/json', buffer: plan });
  await expect(page.locator('.review-table tbody tr')).toHaveCount(1);
  await expect(page.locator('.review-table tbody tr')).toContainText('后台程序无法启动');
  await page.unroute('**/worker.js');
  await page.locator('#review-files').setInputFiles({ name: '空方案二.json', mimeType: 'application/json', buffer: plan });
  await expect(page.locator('.review-table tbody tr')).toHaveCount(2);
  await expect(page.locator('.review-table tbody tr').filter({ hasText: '空方案二' })).not.toContainText('后台程序无法启动');
});

test('when the sample plan cannot be fetched, the message says so and no draft is made', async ({ page }) => {
  await openFresh(page);
  await page.getByRole('link', { name: '草稿和文件', exact: true }).click();
  const drafts = Object.keys(await storedDrafts(page)).length;
  await page.route('**/sample-plan.json', (route) => route.fulfill({ status: 404, body: 'not here' }));
  await page.locator('#load-sample-issued').click();
  await expect(page.getByRole('alert')).toContainText('无法载入示例方案');
  await expect(page.getByRole('alert')).toContainText('当前草稿没有任何改动');
  expect(Object.keys(await storedDrafts(page)).length).toBe(drafts);

  await page.unroute('**/sample-plan.json');
  await page.locator('#load-sample-issued').click();
  await expect(page.getByText('已载入以印发通知印发的示例方案')).toBeVisible();
  await saved(page);
  const after = await storedDrafts(page);
  expect(Object.keys(after).length).toBe(drafts + 1);
  expect((await currentDraft(page)).name).toBe('示例：广东省民政厅工作方案（印发通知）');
});

test('an idle worker is stopped (its memory given back) and the next export starts a new one', async ({ page }) => {
  // The test build stops the worker 1 s after its last answer (the app: 60 s).
  await page.addInitScript(() => {
    window.__workers = { started: 0, stopped: 0 };
    const Original = window.Worker;
    window.Worker = function (...args) { window.__workers.started++; return new Original(...args); };
    const terminate = Original.prototype.terminate;
    Original.prototype.terminate = function () { window.__workers.stopped++; return terminate.call(this); };
  });
  await openFresh(page, '/plan-test/?page=drafts');
  await loadSample(page);
  await page.getByRole('link', { name: '检查并导出' }).click();
  const first = await downloadVia(page, page.locator('#download-plan'));
  expect(validateOoxml(first.path)).toMatch(/\nTOTAL 0\n/);
  await expect.poll(() => page.evaluate(() => window.__workers)).toEqual({ started: 1, stopped: 1 });

  const second = await downloadVia(page, page.locator('#download-plan'));
  expect(second.name).toBe(first.name);
  expect(docText(second.path)).toBe(docText(first.path));
  expect(await page.evaluate(() => window.__workers.started)).toBe(2);
  await expect(page.locator('.making')).toHaveCount(0);
});
