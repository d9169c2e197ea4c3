// Lazily loaded pages (tools/wasm-split, src/ui/pages/lazy.rs): the task list opens without any
// page chunk; a page's chunk is fetched when the page is first opened, once; a chunk that cannot
// be fetched gives a Chinese message and a retry that works, and nothing entered is lost.
const { test, expect } = require('@playwright/test');
const { shot, openFresh, taskRow } = require('./helpers');

const isChunk = (url) => /\/(split|chunk)_[^/]*\.wasm$/.test(url);

test('the task list loads no page chunk; a page fetches its chunk once, on first use', async ({ page }) => {
  const fetched = [];
  page.on('request', (r) => { if (isChunk(r.url())) fetched.push(new URL(r.url()).pathname); });
  await openFresh(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('工作方案编制任务清单');
  await expect(taskRow(page, '文件信息')).toBeVisible();
  expect(fetched, 'no page chunk at start').toEqual([]);

  await taskRow(page, '文件信息').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('文件信息');
  // Focus moves to the heading of the new page once its code has arrived, as on any page change.
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  expect(fetched.some((p) => /\/plan\/split_plan_pages-[0-9a-f]{16}\.wasm$/.test(p)), fetched.join(' ')).toBe(true);
  await page.getByLabel('制定单位').fill('广东省民政厅');

  // Back and forth: the chunk is not fetched again.
  const count = fetched.length;
  await page.getByRole('link', { name: '任务清单' }).first().click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('工作方案编制任务清单');
  await taskRow(page, '文件信息').click();
  await expect(page.getByLabel('制定单位')).toHaveValue('广东省民政厅');
  expect(fetched.length).toBe(count);

  // The reviewer's pages come in their own chunks.
  await page.getByRole('link', { name: '审核' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('审核');
  expect(fetched.some((p) => /split_review_pages-/.test(p)), fetched.join(' ')).toBe(true);
});

test('a page chunk that cannot be fetched: a message, a retry that works, nothing lost', async ({ page }) => {
  await openFresh(page);
  await taskRow(page, '文件信息').click();
  await page.getByLabel('制定单位').fill('广东省民政厅');
  await expect(page.getByRole('status').filter({ hasText: '已自动保存' })).toBeVisible();

  // The network goes away: the help page's chunk cannot be fetched.
  await page.route((url) => isChunk(url.href), (route) => route.abort('internetdisconnected'));
  await page.goto('./?page=help');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('页面没有打开');
  await expect(page.getByRole('alert')).toContainText('已填写的内容都保存在本浏览器中');
  await shot(page, 'lazy-page-failed');
  const retry = page.getByRole('button', { name: '重试' });
  await retry.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('页面没有打开');

  // Back online: the retry opens the page; the header and the draft are as they were.
  await page.unrouteAll();
  await retry.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('使用说明');
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  await page.getByRole('link', { name: '任务清单' }).first().click();
  await taskRow(page, '文件信息').click();
  await expect(page.getByLabel('制定单位')).toHaveValue('广东省民政厅');
});
