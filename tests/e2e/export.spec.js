// Export: the plan document, filing letter and catalogue (.xlsx and CSV) are downloaded from the
// real page, their contents checked and every package validated against the ISO/IEC 29500
// schemas (tests/ooxml-check); the plan file is saved and opened again (picker and drag and drop).
const fs = require('fs');
const path = require('path');
const { execFileSync } = require('child_process');
const { test, expect } = require('@playwright/test');
const { shot, openFresh, taskRow, backToTasks, storageDump, zipPart, docText, validateOoxml, downloadVia, loadSample } = require('./helpers');

/** The sheet name, frozen pane and cell texts of the first sheet of an .xlsx, read as a
 * spreadsheet program would (inline or shared strings). */
function xlsxCells(file) {
  return JSON.parse(execFileSync('/usr/bin/python3', ['-c', `
import json, sys, zipfile
from xml.etree import ElementTree as ET
M = '{http://schemas.openxmlformats.org/spreadsheetml/2006/main}'
z = zipfile.ZipFile(sys.argv[1])
shared = []
if 'xl/sharedStrings.xml' in z.namelist():
    shared = [''.join(t.text or '' for t in si.iter(M + 't')) for si in ET.fromstring(z.read('xl/sharedStrings.xml'))]
sheet = ET.fromstring(z.read('xl/workbook.xml')).find(M + 'sheets')[0].get('name')
root = ET.fromstring(z.read('xl/worksheets/sheet1.xml'))
rows = []
for r in root.find(M + 'sheetData'):
    row = []
    for c in r:
        t = c.get('t')
        if t == 'inlineStr':
            row.append(''.join(x.text or '' for x in c.iter(M + 't')))
        elif t == 's':
            row.append(shared[int(c.find(M + 'v').text)])
        else:
            row.append({'formula': c.find(M + 'f') is not None, 'value': getattr(c.find(M + 'v'), 'text', None)})
    rows.append(row)
pane = root.find('.//' + M + 'pane')
print(json.dumps({'sheet': sheet, 'frozen': pane is not None and pane.get('state') == 'frozen' and pane.get('ySplit') == '1', 'rows': rows}, ensure_ascii=False))
`, file], { encoding: 'utf8' }));
}

test('a typed plan exports as a draft document and letter with the plan embedded', async ({ page }) => {
  await openFresh(page);
  await taskRow(page, '文件信息').click();
  await page.getByLabel('制定单位').fill('某某市教育局'.replace('某某', '清远'));
  await page.getByLabel('成文日期').fill('2018-09-10');
  await page.getByLabel('发文字号（选填）').fill('清教函〔2018〕45号');
  await page.getByRole('button', { name: '保存并继续' }).click();
  await page.getByLabel('前言').fill('为贯彻落实国办发〔2018〕10号文件精神，结合本局实际，制定本方案。');
  await backToTasks(page);
  await taskRow(page, '选择重点领域').click();
  await page.getByLabel('教育', { exact: true }).check();
  await page.getByRole('button', { name: '保存并继续' }).click();
  await page.getByRole('button', { name: '添加：教育经费投入和使用情况' }).click();
  await page.locator('.item input[id$="-name"]').first().fill('全市教育经费投入和使用情况');

  await page.getByRole('link', { name: '检查并导出' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('检查并导出');
  await expect(page.locator('.notice--warning').first()).toContainText('尚不能报备');
  await expect(page.locator('.doc-preview')).toContainText('清远市教育局关于推进社会公益事业建设领域');
  await expect(page.locator('.doc-preview')).toContainText('（1）全市教育经费投入和使用情况。');
  await shot(page, 'export-incomplete');

  // Incomplete: asks first, then the file name says 草稿.
  await page.locator('#download-plan').click();
  await expect(page.locator('#export-confirm')).toBeFocused();
  const plan = await downloadVia(page, page.locator('#export-draft'));
  expect(plan.name).toBe('清远市教育局关于推进社会公益事业建设领域政府信息公开的工作方案（草稿）.docx');
  const text = docText(plan.path);
  expect(text).toContain('清远市教育局关于推进社会公益事业建设领域');
  expect(text).toContain('政府信息公开的工作方案');
  expect(text).toContain('全市教育经费投入和使用情况');
  const custom = zipPart(plan.path, 'customXml/item1.xml');
  const root = custom.indexOf('<plan');
  const payload = custom.slice(custom.indexOf('>', root) + 1, custom.lastIndexOf('</'));
  const embedded = JSON.parse(Buffer.from(payload, 'base64').toString('utf8'));
  expect(embedded.format).toBe('gongyi-xxgk-plan');
  expect(embedded.plan.cover.unit).toBe('清远市教育局');
  expect(embedded.plan.tasks.areas[2].items[0].name).toBe('全市教育经费投入和使用情况');
  expect(zipPart(plan.path, 'docProps/core.xml')).toContain('<dc:creator>清远市教育局</dc:creator>');

  await page.locator('#download-letter').click();
  const letter = await downloadVia(page, page.locator('#export-draft'));
  expect(letter.name).toBe('清远市教育局关于报送社会公益事业建设领域政府信息公开工作方案的函（草稿）.docx');
  const letterText = docText(letter.path);
  expect(letterText).toContain('清教函〔2018〕45号');
  expect(letterText).toContain('省府办公厅：');
  expect(letterText).toContain('我局制定了《清远市教育局关于推进社会公益事业建设领域政府信息公开的工作方案》，现予报送，请予备案。');
  for (const file of [plan.path, letter.path]) expect(validateOoxml(file)).toMatch(/\nTOTAL 0\n/);

  // Cancelling the confirmation downloads nothing.
  await page.locator('#download-catalogue').click();
  await page.getByRole('button', { name: '返回修改' }).click();
  await expect(page.locator('#export-confirm')).toHaveCount(0);
});

test('the complete sample exports without asking; the catalogue reads back from .xlsx and CSV; 修改 returns to the check page', async ({ page }) => {
  await openFresh(page);
  await page.getByRole('link', { name: '草稿和文件', exact: true }).click();
  await loadSample(page);
  await page.getByRole('link', { name: '检查并导出' }).click();
  await expect(page.locator('.notice--ready')).toBeVisible();
  // The annex preview: items grouped by area, tasks in their own table, on a landscape page.
  const annex = page.locator('.doc-annex-page');
  await expect(annex.locator('.doc-table')).toHaveCount(2);
  await expect(annex.locator('.doc-table__group')).toHaveText(['社会救助和社会福利领域', '灾害事故救援领域']);
  await expect(annex.locator('.doc-table').nth(1).locator('thead th')).toHaveText(['序号', '工作任务', '具体要求', '牵头单位', '配合单位', '完成时限']);
  await expect(annex.locator('.doc-table').nth(1).locator('tbody tr')).toHaveCount(4);
  await shot(page, 'export-complete');

  const plan = await downloadVia(page, page.locator('#download-plan'));
  expect(plan.name).toBe('广东省民政厅关于推进社会公益事业建设领域政府信息公开的工作方案.docx');
  expect(docText(plan.path)).toContain('三、组织保障和监督考核');
  expect(validateOoxml(plan.path)).toMatch(/\nTOTAL 0\n/);

  // The catalogue as a workbook: named sheet, frozen header, one row of text cells per item.
  const xlsx = await downloadVia(page, page.locator('#download-catalogue'));
  expect(xlsx.name).toBe('广东省民政厅主动公开目录清单.xlsx');
  expect(validateOoxml(xlsx.path)).toMatch(/\nTOTAL 0\n/);
  const book = xlsxCells(xlsx.path);
  expect(book.sheet).toBe('主动公开目录清单');
  expect(book.frozen).toBe(true);
  expect(book.rows[0]).toEqual(['序号', '重点领域', '事项名称', '信息类别', '公开方式', '公开主体', '公开层级', '公开内容', '公开依据', '公开标准', '公开渠道', '公开程序', '公开时限', '公开对象', '牵头单位', '配合单位']);
  expect(book.rows).toHaveLength(1 + 14);
  expect(book.rows[1].slice(0, 3)).toEqual(['1', '社会救助和社会福利', '城乡低保认定条件、保障标准和审批程序']);
  expect(book.rows[2][13]).toBe('特定群体（低保对象所在村（居）群众）');
  expect(book.rows[2].slice(4, 9)).toEqual(['主动公开', '县级民政部门、乡镇人民政府（街道办事处）', '县级、乡级', expect.any(String), '《最低生活保障审核审批办法（试行）》']);
  expect(book.rows.flat().every(c => typeof c === 'string')).toBe(true);

  const csv = await downloadVia(page, page.locator('#download-catalogue-csv'));
  expect(csv.name).toBe('广东省民政厅主动公开目录清单.csv');
  const bytes = fs.readFileSync(csv.path);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  expect(bytes.toString('utf8')).toContain('城乡低保认定条件、保障标准和审批程序');
  expect(bytes.toString('utf8').split('\r\n').filter(Boolean)).toHaveLength(book.rows.length);

  await page.getByRole('link', { name: '修改 前言' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('前言');
  await page.getByLabel('前言').fill('修改后的前言：为贯彻落实国办发〔2018〕10号，制定本方案。');
  await page.getByRole('button', { name: '保存并继续' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('检查并导出');
  await expect(page.locator('.doc-preview')).toContainText('修改后的前言');
});

test('the letter takes the notice number, the unit\'s self-reference and a normalised 文号 from the cover page', async ({ page }) => {
  await openFresh(page);
  await page.getByRole('link', { name: '草稿和文件', exact: true }).click();
  await loadSample(page);
  await taskRow(page, '文件信息').click();

  // The title preview is as wide as the type area: 20 characters of the title size.
  const preview = page.locator('.title-preview');
  await expect(preview.locator('p')).toHaveText(['广东省民政厅关于推进社会公益事业建设领域', '政府信息公开的工作方案']);
  const fit = await preview.evaluate(el => {
    const size = parseFloat(getComputedStyle(el).fontSize);
    const first = el.querySelector('p');
    const range = document.createRange();
    range.selectNodeContents(first);
    return { box: el.clientWidth / size, lineHeight: range.getClientRects().length };
  });
  expect(fit.box).toBeCloseTo(20, 0);
  expect(fit.lineHeight).toBe(1);
  // Breaks are offered only between words; choosing one re-breaks the rest.
  const options = await page.locator('#field-title-break option').allTextContents();
  expect(options[0]).toContain('自动');
  expect(options).toContain('广东省民政厅｜关于推进社会公益事业建设领域｜政府信息公开的工作方案');
  expect(options.some(o => o.includes('工作｜方案') || o.includes('领｜域'))).toBe(false);
  await page.locator('#field-title-break').selectOption({ label: '广东省民政厅｜关于推进社会公益事业建设领域｜政府信息公开的工作方案' });
  await expect(preview.locator('p')).toHaveCount(3);
  await page.locator('#field-title-break').selectOption({ index: 0 });
  await expect(preview.locator('p')).toHaveCount(2);

  await expect(page.locator('#field-self-name-hint')).toContainText('我厅');
  await page.getByText('上级通知和备案要求').click();
  await page.getByLabel('上级通知文号（选填）').fill('粤府办[2018]23号');
  await expect(page.getByText('文中写作：粤府办〔2018〕23号')).toBeVisible();
  await page.getByLabel('发文字号（选填）').fill('粤民函[2018]124号');
  await page.getByLabel('函中自称（选填）').fill('本厅');
  await shot(page, 'cover-letter-fields');

  await page.getByRole('link', { name: '检查并导出' }).click();
  const letter = await downloadVia(page, page.locator('#download-letter'));
  const text = docText(letter.path);
  expect(text).toContain('粤民函〔2018〕124号');
  expect(text).toContain('工作的通知》（粤府办〔2018〕23号）要求，本厅制定了《广东省民政厅关于推进社会公益事业建设领域政府信息公开的工作方案》，现予报送，请予备案。');
  expect(text).not.toContain('[2018]');
  expect(validateOoxml(letter.path)).toMatch(/\nTOTAL 0\n/);
});

test('a plan file is saved, then opened by picker and by drag and drop; a bad file changes nothing', async ({ page }) => {
  await openFresh(page);
  await taskRow(page, '文件信息').click();
  await page.getByLabel('制定单位').fill('韶关市民政局');
  await page.getByRole('link', { name: '草稿和文件', exact: true }).click();
  const saved = await downloadVia(page, page.locator('#save-plan-file'));
  expect(saved.name).toBe('韶关市民政局关于推进社会公益事业建设领域政府信息公开的工作方案.json');

  // Picker.
  await page.locator('#open-plan-file').setInputFiles({ name: saved.name, mimeType: 'application/json', buffer: fs.readFileSync(saved.path) });
  await expect(page.getByText('作为新草稿')).toBeVisible();
  await expect(page.locator('.app-header__draft-name')).toHaveText(/^韶关市民政局/);
  await taskRow(page, '文件信息').click();
  await expect(page.getByLabel('制定单位')).toHaveValue('韶关市民政局');

  // A bad file: a clear message, nothing changes.
  await page.getByRole('link', { name: '草稿和文件', exact: true }).click();
  const before = await storageDump(page);
  await page.locator('#open-plan-file').setInputFiles({ name: '照片.json', mimeType: 'application/json', buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]) });
  await expect(page.getByRole('alert')).toContainText('“照片.json”无法打开：这是一个图片文件（PNG），不是工作方案文件');
  expect(await storageDump(page)).toBe(before);
  await expect(page.locator('.table tbody tr')).toHaveCount(2);

  // Drag and drop.
  const json = fs.readFileSync(saved.path, 'utf8').replace('韶关市民政局', '韶关市卫生健康局');
  const dataTransfer = await page.evaluateHandle((text) => {
    const dt = new DataTransfer();
    dt.items.add(new File([text], '卫健局方案.json', { type: 'application/json' }));
    return dt;
  }, json);
  await page.locator('.drop-zone', { hasText: '工作方案文件' }).dispatchEvent('drop', { dataTransfer });
  await expect(page.locator('.app-header__draft-name')).toHaveText('卫健局方案');
  await taskRow(page, '文件信息').click();
  await expect(page.getByLabel('制定单位')).toHaveValue('韶关市卫生健康局');
});

test('downloads of a plan with a very long unit name are cut to a safe length; exports carry no bidi controls', async ({ page }) => {
  const file = JSON.parse(fs.readFileSync(path.join(__dirname, '../fixtures/sample-plan.json'), 'utf8'));
  const unit = '广东省'.repeat(20) + '\u202E民政厅' + '信息公开办公室'.repeat(2); // 70 characters and a bidi override
  file.plan.cover.unit = unit;
  const item = file.plan.tasks.areas.find((a) => a.area === 'social_assistance').items[0];
  item.name = '＝HYPERLINK("http://example.com")';
  item.content = '内容\u2067倒排\u2069说明';
  await openFresh(page, './?page=drafts');
  await page.locator('#open-plan-file').setInputFiles({ name: '长单位.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
  await expect(page.getByText('作为新草稿')).toBeVisible();
  await page.goto('./?page=export');
  const docx = await downloadVia(page, page.locator('#download-plan'));
  expect(Buffer.byteLength(docx.name)).toBeLessThanOrEqual(200);
  expect(docx.name).toMatch(/^广东省广东省.*\.docx$/);
  expect(docx.name).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
  expect(docText(docx.path)).toContain('广东省民政厅');
  expect(docText(docx.path)).not.toMatch(/[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/);
  const xlsx = await downloadVia(page, page.locator('#download-catalogue'));
  expect(Buffer.byteLength(xlsx.name)).toBeLessThanOrEqual(200);
  expect(xlsx.name.endsWith('主动公开目录清单.xlsx')).toBe(true);
  expect(xlsx.name).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
  const csv = await downloadVia(page, page.locator('#download-catalogue-csv'));
  expect(Buffer.byteLength(csv.name)).toBeLessThanOrEqual(200);
  expect(csv.name.endsWith('主动公开目录清单.csv')).toBe(true);
  const text = fs.readFileSync(csv.path, 'utf8');
  expect(text).toContain('"\'＝HYPERLINK(""http://example.com"")"');
  expect(text).toContain('内容倒排说明');
  expect(text).not.toMatch(/[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/);
});
