// Disclosure items as real catalogues have them (issue 17): 公开依据, 公开方式 and 公开层级 are filled
// in the item card, the item's sentence is shown live under its fields as the plan will write it,
// the exported plan holds that sentence and the catalogue workbook the new columns; a catalogue
// suggestion can be added more than once; an old plan file tells what moved to 公开依据.
const fs = require('fs');
const path = require('path');
const { execFileSync } = require('child_process');
const { test, expect } = require('@playwright/test');
const {
  shot, openFresh, taskRow, backToTasks, docText, validateOoxml, downloadVia,
} = require('./helpers');

const DEPT = '广东省卫生健康委员会';

/** The cell texts of the first sheet's rows (every cell is an inline string). */
function xlsxRows(file) {
  return JSON.parse(execFileSync('/usr/bin/python3', ['-c', `
import json, sys, zipfile
from xml.etree import ElementTree as ET
M = '{http://schemas.openxmlformats.org/spreadsheetml/2006/main}'
root = ET.fromstring(zipfile.ZipFile(sys.argv[1]).read('xl/worksheets/sheet1.xml'))
print(json.dumps([[''.join(x.text or '' for x in c.iter(M + 't')) for c in r] for r in root.find(M + 'sheetData')], ensure_ascii=False))
`, file], { encoding: 'utf8' }));
}

async function healthDraft(page) {
  await openFresh(page);
  await taskRow(page, '文件信息').click();
  await page.getByLabel('制定单位').fill(DEPT);
  await page.getByLabel('成文日期').fill('2018-09-10');
  await page.getByRole('button', { name: '保存并继续' }).click();
  await page.getByLabel('前言').fill('为贯彻落实国办发〔2018〕10号文件精神，结合我委实际，制定本方案。');
  await backToTasks(page);
  await taskRow(page, '选择重点领域').click();
  await page.getByLabel('基本医疗卫生', { exact: true }).check();
  await page.getByRole('button', { name: '保存并继续' }).click();
}

test('basis, mode and levels: the live sentence follows the typing and the exported plan and catalogue hold them', async ({ page }) => {
  await healthDraft(page);
  await page.getByRole('button', { name: '添加：传染病疫情及防控' }).click();
  const card = page.locator('.item').last();
  const id = await card.getAttribute('id');
  const sentence = page.locator(`#${id}-sentence`);

  // The suggestion arrives with its own basis, the department as publisher and lead, no
  // co-operating unit stamped on it, and reads as one sentence.
  await expect(page.locator(`#${id}-basis`)).toHaveValue('《中华人民共和国传染病防治法》第三十八条');
  await expect(sentence).toContainText(
    `（1）传染病疫情及防控。依据《中华人民共和国传染病防治法》第三十八条，${DEPT}通过政府门户网站、政务新媒体、新闻媒体向社会公开法定传染病疫情信息和防控措施，按月发布法定传染病疫情，突发疫情及时发布。（${DEPT}负责）`);
  await expect(sentence).not.toContainText('属');
  await expect(card.locator(`#${id}-levels`).getByLabel('省级', { exact: true })).toBeChecked();

  // Whatever the clerk types between units, the sentence joins them with 、; a basis typed with its
  // own 根据 is not doubled; brackets inside the units note become 〔〕.
  await page.locator(`#${id}-publisher`).fill(`${DEPT}，各地级以上市卫生健康局`);
  await page.locator(`#${id}-basis`).fill('根据《突发公共卫生事件应急条例》。');
  await page.locator(`#${id}-channel-other`).fill('“粤省事”小程序；医院公告栏');
  await card.locator(`#${id}-mode`).getByLabel('依申请公开', { exact: true }).check();
  await card.locator(`#${id}-levels`).getByLabel('市级', { exact: true }).uncheck();
  await card.locator(`#${id}-levels`).getByLabel('乡级', { exact: true }).check();
  await card.locator(`#${id}-partners-add`).click();
  await card.locator(`[id^="${id}-partners-"]`).and(card.locator('input')).first().fill('各县（市、区）卫生健康局');
  const expected = `（1）传染病疫情及防控。依据《突发公共卫生事件应急条例》，${DEPT}、各地级以上市卫生健康局依申请通过政府门户网站、` +
    `政务新媒体、新闻媒体、“粤省事”小程序、医院公告栏向申请人公开法定传染病疫情信息和防控措施，按月发布法定传染病疫情，突发疫情及时发布。` +
    `（${DEPT}牵头，各县〔市、区〕卫生健康局配合）`;
  await expect(sentence).toHaveText(new RegExp(expected.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
  await shot(page, 'items-live-sentence');
  await sentence.screenshot({ path: 'test-results/screens/items-sentence.png' });

  // A required basis left empty is an error that leads back to the field.
  await page.locator(`#${id}-basis`).fill('');
  await page.getByRole('button', { name: '收起' }).click();
  await page.getByRole('button', { name: '保存并继续' }).click();
  const finding = page.locator('#error-summary').getByRole('link', { name: '请填写事项“传染病疫情及防控”的公开依据' });
  await expect(finding).toBeVisible();
  await finding.click();
  await expect(page.locator(`#${id}-basis`)).toBeFocused();
  await expect(card.locator('.error-message')).toContainText('公开依据');
  await page.locator(`#${id}-basis`).fill('《突发公共卫生事件应急条例》');

  // Added twice from the catalogue: two items, and the catalogue says how often.
  await page.getByRole('button', { name: '添加：健康科普' }).click();
  await page.getByRole('button', { name: '添加：健康科普（已添加 1 次）' }).click();
  await expect(page.getByRole('button', { name: '添加：健康科普（已添加 2 次）' })).toBeEnabled();
  await expect(page.locator('.suggestion').filter({ hasText: '健康科普' }).locator('.tag')).toHaveText('已添加 2 次');
  await expect(page.locator('.item__title')).toHaveText(['事项 1：传染病疫情及防控', '事项 2：健康科普', '事项 3：健康科普']);
  await shot(page, 'items-added-twice');

  // Exported: the plan holds the sentence, the procedure stated once, and the annex the new
  // columns; the catalogue workbook likewise. Both validate against the schemas.
  await page.getByRole('link', { name: '检查并导出' }).click();
  await expect(page.locator('.doc-preview')).toContainText('以下各事项，承办处室拟稿');
  await page.locator('#download-plan').click();
  const plan = await downloadVia(page, page.locator('#export-draft'));
  expect(validateOoxml(plan.path)).toMatch(/\nTOTAL 0\n/);
  const text = docText(plan.path);
  expect(text).toContain(expected);
  expect(text.match(/承办处室拟稿，经保密审查和合法性审核/g)).toHaveLength(1);
  expect(text).toContain('防控措施《突发公共卫生事件应急条例》申请人（依申请公开）按月发布');

  await page.locator('#download-catalogue').click();
  const xlsx = await downloadVia(page, page.locator('#export-draft'));
  expect(validateOoxml(xlsx.path)).toMatch(/\nTOTAL 0\n/);
  const rows = xlsxRows(xlsx.path);
  const col = name => rows[0].indexOf(name);
  expect(rows[1][col('公开依据')]).toBe('《突发公共卫生事件应急条例》');
  expect(rows[1][col('公开方式')]).toBe('依申请公开');
  expect(rows[1][col('公开层级')]).toBe('省级、县级、乡级');
  expect(rows[2][col('公开依据')]).toBe('《“健康中国2030”规划纲要》');
  expect(rows[2][col('配合单位')]).toBe('');
});

test('an old plan file opens with its legal basis moved to 公开依据 and says so', async ({ page }) => {
  await openFresh(page, './?page=drafts');
  const old = {
    format: 'gongyi-xxgk-plan', version: 1,
    plan: {
      cover: { unit: DEPT },
      tasks: { areas: [{ area: 'health', selected: true, items: [
        { id: 1, name: '传染病疫情', standard: '依据《中华人民共和国传染病防治法》第三十八条' },
        { id: 2, name: '健康科普', standard: '内容经专家审核，每季度更新' },
      ] }] },
    },
  };
  await page.locator('#open-plan-file').setInputFiles({
    name: '旧方案.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(old)),
  });
  const notices = page.locator('.notice');
  await expect(notices.first()).toContainText('格式版本 1');
  await expect(page.getByText('事项“传染病疫情”的“公开标准”写的是法规依据，已移到“公开依据”', { exact: false })).toBeVisible();
  await expect(page.getByText('其余 1 个事项请补填公开依据', { exact: false })).toBeVisible();
  await taskRow(page, '重点领域：基本医疗卫生').click();
  await page.locator('.item').first().getByRole('button', { name: '编辑' }).click();
  const card = page.locator('.item').first();
  const id = await card.getAttribute('id');
  await expect(page.locator(`#${id}-basis`)).toHaveValue('依据《中华人民共和国传染病防治法》第三十八条');
  await expect(page.locator(`#${id}-standard`)).toHaveValue('');
  await expect(card.locator(`#${id}-mode`).getByLabel('主动公开', { exact: true })).toBeChecked();
});
