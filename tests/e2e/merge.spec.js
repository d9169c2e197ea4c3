// Merging (SPEC §5): the lead department imports the items a co-operating department wrote for
// one key area from that department's plan file; bad files change nothing; an import can be
// undone; imported items keep their units and reach the responsibility division.
const fs = require('fs');
const path = require('path');
const { test, expect } = require('@playwright/test');
const AxeBuilder = require('@axe-core/playwright').default;
const { shot, openFresh, currentDraft, loadSample } = require('./helpers');

const SAMPLE = JSON.parse(fs.readFileSync(path.join(__dirname, '../fixtures/sample-plan.json'), 'utf8'));

/** The education department's plan: one new social-assistance item and one named like the sample's first. */
function partnerPlan() {
  const plan = JSON.parse(JSON.stringify(SAMPLE));
  plan.plan.cover.unit = '广东省教育厅';
  const area = plan.plan.tasks.areas.find((a) => a.area === 'social_assistance');
  const first = area.items[0];
  area.items = [
    { ...first, id: 501, name: '家庭经济困难学生资助政策', units: { leads: ['省教育厅'], partners: ['省财政厅'] } },
    { ...first, id: 502 },
  ];
  return plan;
}

const file = (name, text) => ({ name, mimeType: 'application/json', buffer: Buffer.from(text) });

test('a lead department imports a partner\'s items for an area, undoes and redoes it; bad files change nothing', async ({ page }) => {
  await openFresh(page, './?page=drafts');
  await loadSample(page);
  await page.goto('./?page=area-social_assistance');
  const items = page.locator('.items .item');
  const own = SAMPLE.plan.tasks.areas.find((a) => a.area === 'social_assistance').items.length;
  await expect(items).toHaveCount(own);
  await page.getByText('从配合单位的方案导入事项').click();

  // A file that is not a plan, and a plan with nothing for this area: messages, no change.
  const draft = async () => (await currentDraft(page)).text;
  const before = await draft();
  expect(before).toContain('城乡低保');
  await page.locator('#import-file').setInputFiles(file('损坏.json', '{"format": "gongyi-xxgk-plan", "version": 1, "plan": {'));
  await expect(page.locator('#import-section [role="alert"]')).toContainText('“损坏.json”无法打开');
  const empty = partnerPlan();
  empty.plan.tasks.areas.find((a) => a.area === 'social_assistance').items = [];
  await page.locator('#import-file').setInputFiles(file('空的.json', JSON.stringify(empty)));
  await expect(page.locator('#import-section [role="alert"]')).toContainText('没有“社会救助和社会福利”领域的公开事项');
  await expect(items).toHaveCount(own);
  await page.waitForTimeout(600); // longer than the autosave delay: nothing may have been written
  expect(await draft()).toBe(before);

  // The partner's plan: the new item is ticked, the one with a name already here is not.
  await page.locator('#import-file').setInputFiles(file('教育厅方案.json', JSON.stringify(partnerPlan())));
  const offers = page.locator('.import__offers');
  await expect(offers.locator('legend')).toContainText('广东省教育厅');
  await expect(offers.getByLabel(/家庭经济困难学生资助政策/)).toBeChecked();
  await expect(offers.getByLabel(/本方案已有同名事项/)).not.toBeChecked();
  await expect(page.locator('#import-items')).toHaveText('导入所选事项（1 项）');
  await shot(page, 'merge-offers');
  const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`)).toEqual([]);
  await page.locator('#import-items').click();
  await expect(items).toHaveCount(own + 1);
  await expect(items.last().locator('.item__title')).toContainText('家庭经济困难学生资助政策');
  await expect(page.getByRole('status').filter({ hasText: '已从广东省教育厅' })).toContainText('导入 1 个公开事项');

  // Undo, then import both.
  await page.locator('#undo-import').click();
  await expect(items).toHaveCount(own);
  await page.locator('#import-file').setInputFiles(file('教育厅方案.json', JSON.stringify(partnerPlan())));
  await page.locator('.import__offers').getByLabel(/本方案已有同名事项/).check();
  await expect(page.locator('#import-items')).toHaveText('导入所选事项（2 项）');
  await page.locator('#import-items').click();
  await expect(items).toHaveCount(own + 2);
  await shot(page, 'merge-imported');

  // Kept after a reload, with the partner's units in the responsibility division.
  await expect(page.getByRole('status').filter({ hasText: '已自动保存' })).toBeVisible();
  await page.reload();
  await expect(items).toHaveCount(own + 2);
  await page.goto('./?page=requirements');
  const division = page.locator('table').filter({ hasText: '家庭经济困难学生资助政策' });
  await expect(division.locator('tr').filter({ hasText: '家庭经济困难学生资助政策' })).toContainText('省教育厅');
  await expect(division.locator('tr').filter({ hasText: '家庭经济困难学生资助政策' })).toContainText('省财政厅');
});
