// Drafts that nothing loses: two tabs on one draft (merged, or the stale tab stopped and asked),
// drafts created in two tabs, drafts moved from the old localStorage layout (a damaged index
// rebuilt), storage full while setting damaged text aside or copying, and browsers without
// IndexedDB.
const fs = require('fs');
const path = require('path');
const { test, expect } = require('@playwright/test');
const {
  shot, withAppClosed, clearStorage, openFresh, storedDrafts, saved, fillStorage, taskRow, loadSample,
} = require('./helpers');

const plan = (unit, preamble = '') => JSON.stringify({ format: 'gongyi-xxgk-plan', version: 1, plan: { cover: { unit }, preamble } });

/**
 * A second tab of the same browser that misses what other tabs announce (as a tab frozen in the
 * background does): it finds out about their writes only when it writes itself.
 */
async function deafTab(context, url) {
  const tab = await context.newPage();
  await tab.addInitScript(() => {
    delete window.BroadcastChannel;
    const listen = window.addEventListener;
    window.addEventListener = function (type, ...rest) {
      if (type !== 'storage') listen.call(this, type, ...rest);
    };
  });
  await tab.goto(url);
  await expect(tab.locator('h1')).toBeVisible();
  return tab;
}

async function draftNames(page) {
  await page.goto('./?page=drafts');
  await expect(page.locator('.table tbody tr').first()).toBeVisible();
  return page.locator('.table tbody tr td:first-child').allInnerTexts();
}

test('two tabs editing different fields of one draft keep both edits', async ({ context, page }) => {
  await openFresh(page, './?page=cover');
  await page.getByLabel('制定单位').fill('原来的单位');
  await saved(page);
  const other = await deafTab(context, './?page=preamble');
  // Tab A changes the unit; tab B, opened earlier and not reloaded, then edits the preamble.
  await page.getByLabel('制定单位').fill('甲窗口改的单位');
  await saved(page);
  await other.getByLabel('前言').fill('乙窗口写的前言');
  await saved(other);
  await expect(other.locator('.notice').first()).toContainText('在另一个窗口中也有修改，已与本窗口的修改合并');
  for (const tab of [page, other]) {
    await tab.goto('./?page=cover');
    await expect(tab.getByLabel('制定单位')).toHaveValue('甲窗口改的单位');
    await tab.goto('./?page=preamble');
    await expect(tab.getByLabel('前言')).toHaveValue('乙窗口写的前言');
  }
  expect(Object.keys(await storedDrafts(page))).toHaveLength(1);
});

test('a tab that hears of another tab\'s save shows it at once', async ({ context, page }) => {
  await openFresh(page, './?page=cover');
  await page.getByLabel('制定单位').fill('原来的单位');
  await saved(page);
  const other = await context.newPage();
  await other.goto('./?page=cover');
  await expect(other.getByLabel('制定单位')).toHaveValue('原来的单位');
  await page.getByLabel('制定单位').fill('另一个窗口刚改的单位');
  await saved(page);
  await expect(other.getByLabel('制定单位')).toHaveValue('另一个窗口刚改的单位');
  // Renaming in one tab shows in the other's list and header.
  await page.goto('./?page=drafts');
  await page.getByRole('button', { name: '重命名' }).click();
  await page.getByLabel('新名称').fill('改过名的草稿');
  await page.getByRole('button', { name: '保存名称' }).click();
  await expect(other.locator('.app-header__draft-name')).toHaveText('改过名的草稿');
});

test('the same field edited in two tabs: the stale tab stops autosaving and offers its choices', async ({ context, page }) => {
  await openFresh(page, './?page=preamble');
  await page.getByLabel('前言').fill('共同的前言。');
  await saved(page);
  const other = await deafTab(context, './?page=preamble');
  await page.getByLabel('前言').fill('甲窗口的前言。');
  await saved(page);
  await other.getByLabel('前言').fill('乙窗口的前言。');
  const prompt = other.getByRole('alertdialog', { name: '另一个窗口也修改了本草稿' });
  await expect(prompt).toBeVisible();
  await expect(prompt).toContainText('两边改了同样的内容（前言）');
  await expect(prompt).toBeFocused();
  await expect(other.locator('.save-status')).toHaveText('已暂停自动保存（见页面上方的提示）');
  await shot(other, 'drafts-stale-tab-prompt');
  // Nothing was written over: storage holds tab A's text.
  let stored = Object.values(await storedDrafts(page));
  expect(stored.map((d) => JSON.parse(d.text).plan.preamble)).toEqual(['甲窗口的前言。']);
  // Keep this tab's text as a new draft: both versions are kept.
  await prompt.getByRole('button', { name: '把本窗口的内容另存为新草稿' }).click();
  await expect(prompt).toBeHidden();
  await saved(other);
  await expect(other.locator('.app-header__draft-name')).toHaveText('草稿 1（本窗口的修改）');
  stored = Object.values(await storedDrafts(page));
  expect(stored.map((d) => JSON.parse(d.text).plan.preamble).sort()).toEqual(['乙窗口的前言。', '甲窗口的前言。']);
  await page.reload();
  await expect(page.getByLabel('前言')).toHaveValue('甲窗口的前言。');

  // The other choice: load the newer version, dropping this tab's edit. (A new tab opens the
  // draft saved last.)
  await page.getByLabel('前言').fill('甲窗口的前言，再改一次。');
  await saved(page);
  const third = await deafTab(context, './?page=preamble');
  await expect(third.getByLabel('前言')).toHaveValue('甲窗口的前言，再改一次。');
  await page.getByLabel('前言').fill('甲窗口又改的前言。');
  await saved(page);
  await third.getByLabel('前言').fill('丙窗口的前言。');
  await third.getByRole('button', { name: '载入较新的版本（放弃本窗口的修改）' }).click();
  await expect(third.getByLabel('前言')).toHaveValue('甲窗口又改的前言。');
  await third.getByLabel('前言').press('End');
  await third.getByLabel('前言').type('续写');
  await saved(third);
  await page.reload();
  await expect(page.getByLabel('前言')).toHaveValue('甲窗口又改的前言。续写');
});

test('a draft deleted in another tab: this tab stops and offers to keep its content', async ({ context, page }) => {
  await openFresh(page, './?page=preamble');
  await page.getByLabel('前言').fill('要被删除的草稿。');
  await saved(page);
  const other = await context.newPage();
  await other.goto('./?page=drafts');
  await other.getByRole('button', { name: '新建空白草稿' }).click();
  // The new draft is written before the tab moves on (a write cut short by leaving the page is
  // kept as 未保存的修改, which this test is not about).
  await saved(other);
  await other.goto('./?page=drafts');
  const row = other.locator('.table tbody tr').filter({ hasText: '草稿 1' });
  await row.getByRole('button', { name: '删除' }).click();
  await row.getByRole('button', { name: '确认删除' }).click();
  const prompt = page.getByRole('alertdialog', { name: '本草稿已在另一个窗口中删除' });
  await expect(prompt).toBeVisible();
  await prompt.getByRole('button', { name: '把本窗口的内容另存为新草稿' }).click();
  await saved(page);
  const stored = Object.values(await storedDrafts(page));
  expect(stored.map((d) => d.name).sort()).toEqual(['草稿 1（本窗口的修改）', '草稿 2']);
});

test('drafts created in two tabs both survive, under ids that cannot collide', async ({ context, page }) => {
  await openFresh(page, './?page=cover');
  await page.getByLabel('制定单位').fill('第一份');
  await saved(page);
  const other = await deafTab(context, './?page=drafts');
  await page.goto('./?page=drafts');
  await page.getByRole('button', { name: '新建空白草稿' }).click();
  await other.getByRole('button', { name: '新建空白草稿' }).click();
  for (const [tab, unit] of [[page, '甲窗口新建的'], [other, '乙窗口新建的']]) {
    await taskRow(tab, '文件信息').click();
    await tab.getByLabel('制定单位').fill(unit);
    await saved(tab);
  }
  const stored = Object.values(await storedDrafts(page));
  expect(stored.map((d) => JSON.parse(d.text).plan.cover.unit).sort()).toEqual(['乙窗口新建的', '甲窗口新建的', '第一份']);
  expect(new Set(stored.map((d) => d.id)).size).toBe(3);
  for (const tab of [page, other]) {
    await tab.reload();
    expect(await draftNames(tab)).toHaveLength(3);
  }
});

test('a damaged index still lists every stored draft, and 新建空白草稿 overwrites none', async ({ page }) => {
  await clearStorage(page);
  await withAppClosed(page, (drafts) => {
    localStorage.setItem('gyxx.index', '{"current": "d2", "drafts": [{"id": "d1", "na');
    localStorage.setItem('gyxx.draft.d1', drafts[0]);
    localStorage.setItem('gyxx.draft.d2', drafts[1]);
  }, [plan('广东省民政厅', '民政厅的前言'), plan('广东省教育厅', '教育厅的前言')]);
  await page.goto('./?page=drafts');
  await expect(page.locator('.notice').first()).toContainText('草稿目录已损坏，已根据保存的草稿重新列出（共 2 份');
  const rows = page.locator('.table tbody tr');
  await expect(rows.filter({ hasText: '广东省民政厅（恢复）' })).toHaveCount(1);
  await expect(rows.filter({ hasText: '广东省教育厅（恢复）' })).toHaveCount(1);
  await shot(page, 'drafts-index-rebuilt');
  for (let i = 0; i < 2; i++) {
    await page.getByRole('button', { name: '新建空白草稿' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('工作方案编制任务清单');
    await saved(page);
    await page.goto('./?page=drafts');
  }
  await expect(rows).toHaveCount(4);
  const stored = await storedDrafts(page);
  expect(JSON.parse(stored.d1.text).plan.preamble).toBe('民政厅的前言');
  expect(JSON.parse(stored.d2.text).plan.preamble).toBe('教育厅的前言');
  expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => /^gyxx\.(index|draft\.)/.test(k)))).toEqual([]);
  // Each opens with its content.
  await rows.filter({ hasText: '广东省民政厅（恢复）' }).getByRole('button', { name: '打开' }).click();
  await taskRow(page, '前言').click();
  await expect(page.getByLabel('前言')).toHaveValue('民政厅的前言');
});

test('drafts of the old layout move over once, with names, the current draft and its page', async ({ page }) => {
  await clearStorage(page);
  await withAppClosed(page, (drafts) => {
    localStorage.setItem('gyxx.index', JSON.stringify({
      current: 'd2',
      drafts: [{ id: 'd1', name: '旧草稿甲', page: '', saved: '10:00' }, { id: 'd2', name: '旧草稿乙', page: 'preamble', saved: '10:05' }],
    }));
    localStorage.setItem('gyxx.draft.d1', drafts[0]);
    localStorage.setItem('gyxx.draft.d2', drafts[1]);
  }, [plan('甲单位'), plan('乙单位', '乙的前言')]);
  await page.goto('./');
  await expect(page.getByLabel('前言')).toHaveValue('乙的前言');
  await expect(page.locator('.app-header__draft-name')).toHaveText('旧草稿乙');
  expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => /^gyxx\.(index|draft\.|damaged\.)/.test(k)))).toEqual([]);
  expect(Object.values(await storedDrafts(page)).map((d) => d.name).sort()).toEqual(['旧草稿乙', '旧草稿甲']);
  await page.getByLabel('前言').fill('迁移后改的前言');
  await saved(page);
  await page.reload();
  await expect(page.getByLabel('前言')).toHaveValue('迁移后改的前言');
  expect(await draftNames(page)).toEqual(['旧草稿甲', '旧草稿乙 当前']);
});

test('setting damaged text aside under full storage never deletes the original', async ({ context, page }) => {
  const damaged = '{"format":"gongyi-xxgk-plan","version":1,"plan":{"preamble": "损坏之前的前言';
  await clearStorage(page);
  await withAppClosed(page, (text) => {
    localStorage.setItem('gyxx.index', JSON.stringify({ current: 'd1', drafts: [{ id: 'd1', name: '草稿 1', page: 'preamble' }] }));
    localStorage.setItem('gyxx.draft.d1', text);
  }, damaged);
  const full = await context.newPage();
  await full.addInitScript(fillStorage);
  await full.goto('./?page=preamble');
  const notice = full.locator('.notice').first();
  await expect(notice).toContainText('未能转存到新的存储位置（存储空间已满或不可用），也没有另行保存。原有草稿一律没有删除，仍在原处');
  await full.getByLabel('前言').fill('存储已满时写的');
  await expect(full.locator('.save-status--failed')).toContainText('本地存储空间已满');
  await full.waitForTimeout(2000);
  const [download] = await Promise.all([full.waitForEvent('download'), full.getByRole('button', { name: '下载原内容（草稿 1.json）' }).click()]);
  expect(fs.readFileSync(await download.path(), 'utf8')).toBe(damaged);
  await shot(full, 'drafts-aside-storage-full');
  await full.close();
  expect(await page.evaluate(() => [localStorage.getItem('gyxx.draft.d1'), localStorage.getItem('gyxx.index') !== null])).toEqual([damaged, true]);
  // With room again the move succeeds; the damaged draft is kept as it is.
  await page.goto('./?page=drafts');
  await expect(page.locator('.table tbody tr').filter({ hasText: '无法读取' })).toHaveCount(1);
  expect((await storedDrafts(page)).d1.text).toBe(damaged);
});

test('复制 while storage is full leaves nothing behind', async ({ page }) => {
  await openFresh(page, './?page=drafts');
  await loadSample(page);
  await page.goto('./?page=drafts');
  const rows = page.locator('.table tbody tr');
  await expect(rows).toHaveCount(1);
  await page.evaluate(fillStorage);
  await rows.first().getByRole('button', { name: '复制' }).click();
  await expect(page.getByRole('alert')).toContainText('未能复制草稿，没有留下不完整的副本');
  await expect(rows).toHaveCount(1);
  await page.reload();
  await expect(rows).toHaveCount(1);
  expect(Object.keys(await storedDrafts(page))).toHaveLength(1);
  // With room, the copy is complete.
  await rows.first().getByRole('button', { name: '复制' }).click();
  await expect(rows).toHaveCount(2);
  await rows.filter({ hasText: '副本' }).getByRole('button', { name: '打开' }).click();
  await taskRow(page, '文件信息').click();
  await expect(page.getByLabel('制定单位')).toHaveValue('广东省民政厅');
});

test('without IndexedDB the drafts live in local storage and survive a reload', async ({ context }) => {
  const page = await context.newPage();
  await clearStorage(page);
  await page.addInitScript(() => { delete window.indexedDB; });
  await page.goto('./?page=preamble');
  await page.getByLabel('前言').fill('没有 IndexedDB 时写的前言');
  await saved(page);
  expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('gyxx.rec.')).length)).toBe(1);
  await page.reload();
  await expect(page.getByLabel('前言')).toHaveValue('没有 IndexedDB 时写的前言');
  await page.goto('./?page=drafts');
  await page.getByRole('button', { name: '新建空白草稿' }).click();
  await saved(page);
  await page.goto('./?page=drafts');
  await expect(page.locator('.table tbody tr')).toHaveCount(2);
});

test('a received plan with an item id of 4294967295: new items get ids that do not wrap', async ({ page }) => {
  const file = JSON.parse(fs.readFileSync(path.join(__dirname, '../fixtures/sample-plan.json'), 'utf8'));
  const area = file.plan.tasks.areas.find((a) => a.area === 'social_assistance');
  area.items[0].id = 4294967295;
  await openFresh(page, './?page=drafts');
  await page.locator('#open-plan-file').setInputFiles({ name: '收到的方案.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
  await expect(page.getByText('作为新草稿')).toBeVisible();
  await page.goto('./?page=area-social_assistance');
  const items = page.locator('.items .item');
  // The draft is read from storage after the page loads: count its items once they are shown.
  await expect(items).not.toHaveCount(0);
  const count = await items.count();
  await page.getByRole('button', { name: '添加空白事项' }).click();
  await page.getByRole('button', { name: '添加空白事项' }).click();
  await expect(items).toHaveCount(count + 2);
  await saved(page);
  const stored = Object.values(await storedDrafts(page)).find((d) => d.name === '收到的方案');
  const ids = JSON.parse(stored.text).plan.tasks.areas.flatMap((a) => a.items.map((i) => i.id));
  expect(new Set(ids).size).toBe(ids.length);
  expect(ids).not.toContain(0);
  expect(ids).toContain(4294967295);
});
