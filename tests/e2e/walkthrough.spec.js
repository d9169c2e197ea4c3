// The guided walk-through: a new user fills every part of the sample plan through the UI and the
// saved plan file equals the fixture; catalogue items are added, edited, reordered, bulk-edited,
// deleted and restored; areas are unticked and re-ticked; drafts are managed.
const fs = require('fs');
const path = require('path');
const { test, expect } = require('@playwright/test');
const { shot, openFresh, taskRow, backToTasks, loadSample } = require('./helpers');

const SAMPLE = JSON.parse(fs.readFileSync(path.join(__dirname, '../fixtures/sample-plan.json'), 'utf8'));

const CATEGORY = { decision: '决策', management: '管理', service: '服务', execution: '执行', result: '结果' };
const CHANNEL = {
  portal: '政府门户网站', service_platform: '政务服务平台', new_media: '政务新媒体', news_media: '新闻媒体',
  sms: '手机短信', notice_board: '公示栏、公告栏', brochure: '宣传手册', hall_screen: '政务服务大厅电子屏',
  press_conference: '新闻发布会',
};
const MODE = { active: '主动公开', on_request: '依申请公开' };
const LEVEL = { province: '省级', city: '市级', county: '县级', township: '乡级' };
const TEXT_PARTS = [
  ['前言', p => p.preamble], ['工作现状', p => p.analysis.status], ['存在问题', p => p.analysis.problems],
  ['总体思路', p => p.analysis.approach], ['工作目标', p => p.analysis.goals], ['基本原则', p => p.analysis.principles],
  ['决策信息公开', p => p.tasks.decision], ['管理和服务信息公开', p => p.tasks.management_service],
  ['执行和结果信息公开', p => p.tasks.execution_result], ['具体要求和责任分工', p => p.tasks.requirements],
  ['加强组织领导', p => p.safeguards.leadership], ['考核评估', p => p.safeguards.assessment],
  ['畅通投诉举报渠道', p => p.safeguards.complaints], ['监督检查', p => p.safeguards.supervision],
  ['其他保障措施', p => p.safeguards.other],
];

async function fillUnits(card, prefix, role, names) {
  // A new item or task starts with one lead input holding the unit's name.
  const inputs = card.locator(`[id^="${prefix}-${role}-"]`).and(card.locator('input'));
  for (let i = 0; i < names.length; i++) {
    if ((await inputs.count()) <= i) await card.locator(`#${prefix}-${role}-add`).click();
    await inputs.nth(i).fill(names[i]);
  }
  while ((await inputs.count()) > names.length) {
    await card.getByRole('button', { name: new RegExp(`^删除.*${names.length + 1}$`) }).click();
  }
}

async function fillItem(page, item) {
  await page.locator('#add-blank-item').click();
  const card = page.locator('.item').last();
  const id = (await card.getAttribute('id'));
  await expect(page.locator(`#${id}-name`)).toBeFocused();
  await page.locator(`#${id}-name`).fill(item.name);
  for (const c of item.categories) await card.locator(`#${id}-categories`).getByLabel(CATEGORY[c], { exact: true }).check();
  await card.locator(`#${id}-mode`).getByLabel(MODE[item.mode], { exact: true }).check();
  await page.locator(`#${id}-publisher`).fill(item.publisher);
  for (const l of item.levels) await card.locator(`#${id}-levels`).getByLabel(LEVEL[l], { exact: true }).check();
  await page.locator(`#${id}-content`).fill(item.content);
  await page.locator(`#${id}-basis`).fill(item.basis);
  await page.locator(`#${id}-standard`).fill(item.standard);
  for (const c of item.channels) await card.locator(`#${id}-channels`).getByLabel(CHANNEL[c], { exact: true }).check();
  if (item.channel_other) await page.locator(`#${id}-channel-other`).fill(item.channel_other);
  await page.locator(`#${id}-procedure`).fill(item.procedure);
  await page.locator(`#${id}-time_limit`).fill(item.time_limit);
  if (item.audience.scope === 'group') {
    await card.getByLabel('特定群体', { exact: true }).check();
    await page.locator(`#${id}-audience-name`).fill(item.audience.group);
  }
  await fillUnits(card, id, 'leads', item.units.leads);
  await fillUnits(card, id, 'partners', item.units.partners);
  await expect(card.locator('.tag')).toHaveText('已填写完整');
}

async function savedPlan(page) {
  await page.getByRole('link', { name: '草稿和文件', exact: true }).click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#save-plan-file').click()]);
  expect(download.suggestedFilename()).toBe(`${SAMPLE.plan.cover.unit}关于推进社会公益事业建设领域政府信息公开的工作方案.json`);
  return JSON.parse(fs.readFileSync(await download.path(), 'utf8'));
}

test('a new user fills every part of the sample plan; the saved file equals the fixture', async ({ page }) => {
  test.setTimeout(240_000);
  const plan = SAMPLE.plan;
  await openFresh(page);

  await taskRow(page, '文件信息').click();
  await page.getByLabel('制定单位').fill(plan.cover.unit);
  await page.getByLabel('成文日期').fill(plan.cover.date);
  await page.getByLabel('发文字号（选填）').fill(plan.cover.letter.doc_number);
  await page.getByLabel('联系人').fill(plan.cover.letter.contact);
  await page.getByLabel('联系电话').fill(plan.cover.letter.phone);
  // The sample's 印发通知 is written, then switched off again: what was typed is kept.
  const notice = plan.cover.issuing;
  await page.getByLabel('以印发通知印发本方案').check();
  await page.locator('#field-issuing-number').fill(notice.number);
  await page.getByLabel('主送机关').fill(notice.addressees);
  await page.getByLabel('发文机关（落款）（选填）').fill(notice.office);
  await page.getByLabel('印发日期').fill(notice.date);
  await page.getByLabel('以印发通知印发本方案').uncheck();
  await shot(page, 'walk-cover');
  await page.getByRole('button', { name: '保存并继续' }).click();

  // 保存并继续 leads through the text parts of the front matter, section 一 and the blocks.
  for (const [title, get] of TEXT_PARTS.slice(0, 9)) {
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
    await page.locator('textarea').first().fill(get(plan));
    await shot(page, `walk-${title}`);
    await page.getByRole('button', { name: '保存并继续' }).click();
  }

  await expect(page.getByRole('heading', { level: 1 })).toHaveText('选择重点领域');
  await page.getByLabel('社会救助和社会福利').check();
  await page.getByLabel('灾害事故救援').check();
  await shot(page, 'walk-areas');
  await page.getByRole('button', { name: '保存并继续' }).click();

  for (const area of plan.tasks.areas.filter(a => a.selected)) {
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^重点领域：/);
    for (const item of area.items) await fillItem(page, item);
    await shot(page, `walk-area-${area.area}`);
    await page.getByRole('button', { name: '保存并继续' }).click();
  }

  await expect(page.getByRole('heading', { level: 1 })).toHaveText('其他相关任务');
  for (const task of plan.tasks.other_tasks) {
    await page.locator('#add-own-task').click();
    const card = page.locator('.item').last();
    const id = await card.getAttribute('id');
    await expect(page.locator(`#${id}-title`)).toBeFocused();
    await page.locator(`#${id}-title`).fill(task.title);
    await page.locator(`#${id}-text`).fill(task.text);
    await fillUnits(card, id, 'leads', task.units.leads);
    await fillUnits(card, id, 'partners', task.units.partners);
    await page.locator(`#${id}-deadline`).fill(task.deadline);
  }
  await shot(page, 'walk-other-tasks');
  await page.getByRole('button', { name: '保存并继续' }).click();

  for (const [title, get] of TEXT_PARTS.slice(9)) {
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
    await page.locator('textarea').first().fill(get(plan));
    if (title === '具体要求和责任分工') {
      await expect(page.locator('.table--division tbody tr')).toHaveCount(18);
      await expect(page.locator('.table--division tbody tr').first()).toContainText('城乡低保认定条件、保障标准和审批程序');
    }
    await shot(page, `walk-${title}`);
    await page.getByRole('button', { name: '保存并继续' }).click();
  }

  // After the last part, back on the task list: everything filled.
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('工作方案编制任务清单');
  await expect(page.locator('.task .tag')).toHaveText(Array(20).fill('已完成'));
  await shot(page, 'walk-tasks-complete');

  const saved = await savedPlan(page);
  expect(saved.format).toBe('gongyi-xxgk-plan');
  // The year of progress after filing is filled in by progress.spec.js.
  const { progress, ...written } = SAMPLE.plan;
  expect(progress).toHaveLength(1);
  expect(saved.plan).toEqual(written);
});

/// A new draft of 广东省教育厅 with the given areas ticked, back on the task list.
async function educationDraft(page, areas) {
  await openFresh(page);
  await taskRow(page, '文件信息').click();
  await page.getByLabel('制定单位').fill('广东省教育厅');
  await backToTasks(page);
  await taskRow(page, '选择重点领域').click();
  for (const area of areas) await page.getByLabel(area, { exact: true }).check();
  await backToTasks(page);
}

test('catalogue items: add in two areas, edit, reorder, filter, bulk-apply, delete and undo, reload', async ({ page }) => {
  await educationDraft(page, ['教育', '环境保护']);

  await taskRow(page, '重点领域：教育').click();
  await page.getByRole('button', { name: '添加：教育政策和发展规划' }).click();
  await expect(page.locator('.item input[id$="-name"]').first()).toBeFocused();
  await page.getByRole('button', { name: '添加：受助学生名单公示' }).click();
  await page.getByRole('button', { name: '添加：民办学校办学信息' }).click();
  await expect(page.getByRole('button', { name: '添加：民办学校办学信息（已添加 1 次）' })).toBeEnabled();
  const titles = page.locator('.item__title');
  await expect(titles).toHaveText(['事项 1：教育政策和发展规划', '事项 2：受助学生名单公示', '事项 3：民办学校办学信息']);

  // Defaults: the unit leads; the person-level item goes to a specific group.
  const second = page.locator('.item').nth(1);
  await expect(second.getByLabel('特定群体', { exact: true })).toBeChecked();
  await expect(second.locator('input[id$="-audience-name"]')).toHaveValue('本校师生');
  await expect(second.locator('input[id$="-leads-0"]')).toHaveValue('广东省教育厅');

  // Edit the name of the first item.
  const firstName = page.locator('.item').first().locator('input[id$="-name"]');
  await firstName.fill('省级教育政策和发展规划');
  await expect(titles.first()).toHaveText('事项 1：省级教育政策和发展规划');

  // Reorder with buttons; focus follows the moved item.
  await page.getByRole('button', { name: '下移第 1 项' }).click();
  await expect(titles).toHaveText(['事项 1：受助学生名单公示', '事项 2：省级教育政策和发展规划', '事项 3：民办学校办学信息']);
  await page.getByRole('button', { name: '上移第 3 项' }).click();
  await expect(titles).toHaveText(['事项 1：受助学生名单公示', '事项 2：民办学校办学信息', '事项 3：省级教育政策和发展规划']);
  await expect(page.getByRole('button', { name: '上移第 1 项' })).toBeDisabled();

  // Filter.
  await page.getByLabel('筛选事项').fill('民办');
  await expect(titles).toHaveText(['事项 2：民办学校办学信息']);
  await page.getByLabel('筛选事项').fill('');
  await expect(titles).toHaveCount(3);

  // Bulk-apply a time limit to two selected items.
  await page.getByLabel('选择第 1 项（批量设置）').check();
  await page.getByLabel('选择第 3 项（批量设置）').check();
  await page.getByText('批量设置所选事项').click();
  await page.locator('#bulk-time-limit').fill('信息形成之日起10个工作日内');
  await page.locator('#bulk-apply-time-limit').click();
  await expect(page.locator('.feedback-inline')).toHaveText('已将公开时限应用到所选的 2 个事项（2 个有变化）。');
  const limits = page.locator('.item input[id$="-time_limit"]');
  await expect(limits.nth(0)).toHaveValue('信息形成之日起10个工作日内');
  await expect(limits.nth(1)).not.toHaveValue('信息形成之日起10个工作日内');
  await expect(limits.nth(2)).toHaveValue('信息形成之日起10个工作日内');
  await shot(page, 'items-bulk');

  // Delete, then undo: the item comes back in its place.
  await page.getByRole('button', { name: '删除第 2 项' }).click();
  await expect(titles).toHaveText(['事项 1：受助学生名单公示', '事项 2：省级教育政策和发展规划']);
  await expect(page.locator('#undo-delete')).toBeFocused();
  await shot(page, 'items-deleted');
  await page.locator('#undo-delete').click();
  await expect(titles).toHaveText(['事项 1：受助学生名单公示', '事项 2：民办学校办学信息', '事项 3：省级教育政策和发展规划']);

  // Reload: same page, same items in the same order.
  await expect(page.getByRole('status').filter({ hasText: '已自动保存' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('重点领域：教育');
  await expect(titles).toHaveText(['事项 1：受助学生名单公示', '事项 2：民办学校办学信息', '事项 3：省级教育政策和发展规划']);

  // The second area.
  await page.getByRole('button', { name: '保存并继续' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('重点领域：环境保护');
  await page.getByRole('button', { name: '添加：重点排污单位环境信息' }).click();
  await expect(titles).toHaveText(['事项 1：重点排污单位环境信息']);
  await expect(page.locator('.item').first().getByLabel('全社会', { exact: true })).toBeChecked();
  await shot(page, 'items-environment');
});

test('unticking an area hides its items, re-ticking restores them, discarding asks first', async ({ page }) => {
  await openFresh(page);
  await taskRow(page, '选择重点领域').click();
  await page.getByLabel('教育', { exact: true }).check();
  await backToTasks(page);
  await taskRow(page, '重点领域：教育').click();
  await page.getByRole('button', { name: '添加：教育经费投入和使用情况' }).click();
  await page.getByRole('button', { name: '添加：高等教育信息' }).click();

  await backToTasks(page);
  await taskRow(page, '选择重点领域').click();
  await page.getByLabel('教育', { exact: true }).uncheck();
  await expect(page.getByText('本领域已填写的 2 个公开事项暂时隐藏')).toBeVisible();
  await backToTasks(page);
  await expect(taskRow(page, '重点领域：教育')).toHaveCount(0);

  await taskRow(page, '选择重点领域').click();
  await page.getByLabel('教育', { exact: true }).check();
  await backToTasks(page);
  await taskRow(page, '重点领域：教育').click();
  await expect(page.locator('.item__title')).toHaveText(['事项 1：教育经费投入和使用情况', '事项 2：高等教育信息']);

  await backToTasks(page);
  await taskRow(page, '选择重点领域').click();
  await page.getByLabel('教育', { exact: true }).uncheck();
  await page.getByRole('button', { name: '删除教育领域的这些事项' }).click();
  await expect(page.getByText('确定永久删除教育领域的 2 个公开事项吗？')).toBeVisible();
  await page.getByRole('button', { name: '保留' }).click();
  await expect(page.getByText('本领域已填写的 2 个公开事项暂时隐藏')).toBeVisible();
  await page.getByRole('button', { name: '删除教育领域的这些事项' }).click();
  await page.getByRole('button', { name: '确认删除' }).click();
  await expect(page.getByText('暂时隐藏')).toHaveCount(0);
  await page.getByLabel('教育', { exact: true }).check();
  await backToTasks(page);
  // Selected again but empty: its error (no items) was revealed when the page was left before.
  await expect(taskRow(page, '重点领域：教育')).toContainText('有问题');
});

test('other tasks: the template examples are offered, own tasks added, deleted and restored', async ({ page }) => {
  await openFresh(page);
  await taskRow(page, '其他相关任务').click();
  await page.getByRole('button', { name: '采用：加强基层政务公开' }).click();
  await expect(page.getByRole('button', { name: '已采用：加强基层政务公开' })).toBeDisabled();
  await expect(page.locator('input[id$="-title"]').first()).toHaveValue('加强基层政务公开');
  const titles = () => page.locator('input[id$="-title"]').evaluateAll(els => els.map(e => e.value));
  await page.locator('#add-own-task').click();
  await page.locator('input[id$="-title"]').nth(1).fill('做好政策解读');
  await page.getByRole('button', { name: '上移任务 2' }).click();
  await expect.poll(titles).toEqual(['做好政策解读', '加强基层政务公开']);
  await page.getByRole('button', { name: '删除任务 1' }).click();
  await expect.poll(titles).toEqual(['加强基层政务公开']);
  await page.locator('#undo-delete').click();
  await expect.poll(titles).toEqual(['做好政策解读', '加强基层政务公开']);
  await shot(page, 'other-tasks');
});

test('drafts: create, switch, rename, duplicate and delete with confirmation', async ({ page }) => {
  await openFresh(page);
  await taskRow(page, '文件信息').click();
  await page.getByLabel('制定单位').fill('第一个单位');
  await page.getByRole('link', { name: '草稿和文件', exact: true }).click();
  const rows = page.locator('.table tbody tr');
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText('草稿 1');
  await expect(rows.first()).toContainText('当前');

  await page.locator('#new-draft').click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('工作方案编制任务清单');
  await expect(page.locator('.app-header__draft-name')).toHaveText('草稿 2');
  await taskRow(page, '文件信息').click();
  await expect(page.getByLabel('制定单位')).toHaveValue('');
  await page.getByLabel('制定单位').fill('第二个单位');

  // Switch back to the first draft: it opens on its last page with its content.
  await page.getByRole('link', { name: '草稿和文件', exact: true }).click();
  await rows.filter({ hasText: '草稿 1' }).getByRole('button', { name: '打开' }).click();
  await expect(page.getByLabel('制定单位')).toHaveValue('第一个单位');
  await expect(page.locator('.app-header__draft-name')).toHaveText('草稿 1');

  // Rename and duplicate.
  await page.getByRole('link', { name: '草稿和文件', exact: true }).click();
  await rows.filter({ hasText: '草稿 2' }).getByRole('button', { name: '重命名' }).click();
  await page.getByLabel('新名称').fill('教育厅方案');
  await page.getByRole('button', { name: '保存名称' }).click();
  await expect(rows.filter({ hasText: '教育厅方案' })).toHaveCount(1);
  await rows.filter({ hasText: '教育厅方案' }).getByRole('button', { name: '复制' }).click();
  await expect(rows).toHaveCount(3);
  await expect(rows.filter({ hasText: '教育厅方案 副本' })).toHaveCount(1);
  await shot(page, 'drafts');

  // Delete asks first; cancelling keeps the draft.
  await rows.filter({ hasText: '教育厅方案 副本' }).getByRole('button', { name: '删除' }).click();
  await expect(page.getByText('确定删除草稿“教育厅方案 副本”吗？')).toBeVisible();
  await page.getByRole('button', { name: '取消' }).click();
  await expect(rows).toHaveCount(3);
  await rows.filter({ hasText: '教育厅方案 副本' }).getByRole('button', { name: '删除' }).click();
  await page.getByRole('button', { name: '确认删除' }).click();
  await expect(rows).toHaveCount(2);

  // It opens on its last page with its content, and survives a reload.
  await rows.filter({ hasText: '教育厅方案' }).getByRole('button', { name: '打开' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('文件信息');
  await expect(page.getByLabel('制定单位')).toHaveValue('第二个单位');
  await page.reload();
  await expect(page.getByLabel('制定单位')).toHaveValue('第二个单位');
  await expect(page.locator('.app-header__draft-name')).toHaveText('教育厅方案');
});

test('the sample plan loads as an example draft with every part complete', async ({ page }) => {
  await openFresh(page);
  await page.getByRole('link', { name: '草稿和文件', exact: true }).click();
  await loadSample(page);
  await expect(page.locator('.task .tag')).toHaveText(Array(20).fill('已完成'));
  await expect(page.locator('.app-header__draft-name')).toHaveText('示例：广东省民政厅工作方案');
  await taskRow(page, '重点领域：社会救助和社会福利').click();
  await expect(page.locator('.item')).toHaveCount(9);
  await shot(page, 'sample-area');
});

test('unit names typed anywhere are offered in every unit field, and go when no field holds them', async ({ page }) => {
  await educationDraft(page, ['教育']);
  await taskRow(page, '重点领域：教育').click();
  await page.locator('#add-blank-item').click();
  const card = page.locator('.item').last();
  const id = await card.getAttribute('id');
  const offered = () => page.locator('#unit-names option').evaluateAll(os => os.map(o => o.value));

  // The plan's unit and the catalogue's departments, sorted, once each.
  await expect.poll(offered).toContain('广东省教育厅');
  const first = await offered();
  expect(first).toContain('教育部门');
  expect(first).toEqual([...new Set(first)].sort());

  // A name typed in one field is offered; changing it replaces it, character by character.
  await card.locator(`#${id}-partners-add`).click();
  const partner = card.locator(`#${id}-partners-0`);
  await partner.pressSequentially('某市统计局');
  await expect.poll(offered).toContain('某市统计局');
  await partner.fill('某市财政局');
  await expect.poll(offered).toContain('某市财政局');
  const now = await offered();
  expect(now).not.toContain('某市统计局');
  expect(now.filter(n => n.startsWith('某市'))).toEqual(['某市财政局']);
  expect(now).toEqual([...new Set(now)].sort());
  await expect(partner).toHaveAttribute('list', 'unit-names');

  // Deleting the field removes the name; the unit's own name stays while the cover holds it.
  await card.getByRole('button', { name: '删除配合单位1' }).click();
  await expect.poll(offered).not.toContain('某市财政局');
  expect(await offered()).toContain('广东省教育厅');
});

test('a text area shows its whole text: when opened, while typing line by line, and after deleting', async ({ page }) => {
  await openFresh(page);
  await taskRow(page, '前言').click();
  const field = page.getByLabel('前言');
  const size = () => field.evaluate((el) => ({ height: el.offsetHeight, scroll: el.scrollHeight, client: el.clientHeight }));
  const fits = (s) => expect(s.scroll).toBeLessThanOrEqual(s.client + 2);
  // Empty, it has the height of its rows (8 for 前言), not a squashed one.
  await expect.poll(async () => (await size()).height).toBeGreaterThan(200);
  const empty = await size();
  // Typed key by key, past its rows: after each line the whole text is visible, never smaller.
  await field.click();
  const heights = [];
  for (let line = 1; line <= 14; line++) {
    await page.keyboard.type(`第${line}行：根据国办发〔2018〕10号推进公开`);
    if (line < 14) await page.keyboard.press('Enter');
    const s = await size();
    fits(s);
    heights.push(s.height);
  }
  expect(heights.at(-1)).toBeGreaterThan(empty.height * 1.4);
  expect([...heights].sort((a, b) => a - b)).toEqual(heights);
  // Four lines deleted: smaller, still all visible.
  for (let i = 0; i < 4; i++) {
    await page.keyboard.down('Shift');
    await page.keyboard.press('Home');
    await page.keyboard.up('Shift');
    await page.keyboard.press('Backspace');
    await page.keyboard.press('Backspace');
  }
  const fewer = await size();
  expect(fewer.height).toBeLessThan(heights.at(-1));
  fits(fewer);
  // Opened again (the page is built, then put on the screen): the whole text shows at once.
  await backToTasks(page);
  await taskRow(page, '前言').click();
  await expect(field).toHaveValue(/^第1行.*第10行：根据国办发〔2018〕10号推进公开$/s);
  await expect.poll(async () => (await size()).height).toBe(fewer.height);
  fits(await size());
  // Emptied: back to the height of its rows.
  await field.fill('');
  await expect.poll(async () => (await size()).height).toBe(empty.height);
});
