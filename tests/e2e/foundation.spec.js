// Foundation: the app loads from a plain static server under a sub-path, the cover and preamble
// pages work, the draft is autosaved and restored on reload on the same page, and the task
// list leads to every part.
const { test, expect } = require('@playwright/test');
const { shot, openFresh, taskRow, backToTasks } = require('./helpers');

test('fill cover and preamble, reload, everything restored on the same page', async ({ page }) => {
  await openFresh(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('工作方案编制任务清单');
  await shot(page, 'tasks-empty');

  await taskRow(page, '文件信息').click();
  await expect(page).toHaveURL(/\/plan\/\?page=cover$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('文件信息');
  await page.getByLabel('制定单位').fill('广东省民政厅');
  await expect(page.getByLabel('标题', { exact: true })).toHaveValue('广东省民政厅关于推进社会公益事业建设领域政府信息公开的工作方案');
  await expect(page.locator('.title-preview p').first()).toHaveText('广东省民政厅关于推进社会公益事业建设领域');
  await page.getByLabel('成文日期').fill('2018年9月3日');
  await expect(page.getByText('文中写作：2018年9月3日')).toBeVisible();
  await expect(page.locator('#deadline')).toContainText('备案截止日期：2018年9月14日');
  await page.getByLabel('联系人').fill('李明');
  await shot(page, 'cover-filled');

  await page.getByRole('button', { name: '保存并继续' }).click();
  await expect(page).toHaveURL(/\?page=preamble$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('前言');
  const preamble = '为贯彻落实《国务院办公厅关于推进社会公益事业建设领域政府信息公开的意见》（国办发〔2018〕10号），结合我厅工作实际，制定本方案。';
  await page.getByLabel('前言').fill(preamble);
  await expect(page.getByText(`已输入 ${[...preamble].length} 字`)).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: '已自动保存' })).toBeVisible();
  await shot(page, 'preamble-filled');

  await page.reload();
  await expect(page).toHaveURL(/\?page=preamble$/);
  await expect(page.getByLabel('前言')).toHaveValue(preamble);

  await backToTasks(page);
  await expect(taskRow(page, '文件信息')).toContainText('已完成');
  await expect(taskRow(page, '前言')).toContainText('已完成');
  await expect(taskRow(page, '工作现状')).toContainText('未开始');
  await shot(page, 'tasks-two-done');

  await taskRow(page, '文件信息').click();
  await expect(page.getByLabel('制定单位')).toHaveValue('广东省民政厅');
  await expect(page.getByLabel('成文日期')).toHaveValue('2018年9月3日');
  await expect(page.getByLabel('联系人')).toHaveValue('李明');
});

test('opening the bare address returns to the last page of the draft', async ({ page }) => {
  await openFresh(page);
  await taskRow(page, '基本原则').click();
  await page.getByLabel('（五）基本原则').fill('坚持依法依规。');
  await expect(page.getByRole('status').filter({ hasText: '已自动保存' })).toBeVisible();
  await page.goto('./');
  await expect(page).toHaveURL(/\?page=principles$/);
  await expect(page.getByLabel('（五）基本原则')).toHaveValue('坚持依法依规。');
});

test('the task list leads to every part and every address survives a reload', async ({ page }) => {
  await openFresh(page);
  const rows = page.locator('.task__link[aria-describedby]'); // the parts (not the export row)
  await expect(rows).toHaveCount(18); // cover, preamble, 5 + 3 parts, areas, other tasks, requirements, 5 parts
  const count = await rows.count();
  for (let i = 0; i < count; i++) {
    const row = rows.nth(i);
    const name = (await row.locator('.task__name').textContent()).trim();
    await row.click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
    await expect(page).toHaveTitle(new RegExp(`^${name} - `));
    const url = page.url();
    await page.reload();
    await expect(page).toHaveURL(url);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
    await backToTasks(page);
  }
});

test('selecting areas adds one task-list row per area, in the fixed order', async ({ page }) => {
  await openFresh(page);
  await taskRow(page, '选择重点领域').click();
  await page.getByLabel('公共文化体育').check();
  await page.getByLabel('社会救助和社会福利').check();
  await expect(page.getByText('牵头：民政部门；会同：教育部门、人力资源社会保障部门、住房城乡建设部门、卫生计生部门')).toBeVisible();
  await shot(page, 'areas');
  await page.getByRole('button', { name: '保存并继续' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('重点领域：社会救助和社会福利');
  await backToTasks(page);
  const names = await page.locator('.task__name').allTextContents();
  const i = names.indexOf('选择重点领域');
  expect(names.slice(i, i + 4)).toEqual(['选择重点领域', '重点领域：社会救助和社会福利', '重点领域：公共文化体育', '其他相关任务']);
});
