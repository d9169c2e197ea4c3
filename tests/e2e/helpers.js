// Shared helpers of the end-to-end tests.
const { execFileSync } = require('child_process');
const { expect } = require('@playwright/test');

/** Saves a full-page screenshot to test-results/screens/<name>.png (looked at by people). */
async function shot(page, name) {
  await page.screenshot({ path: `test-results/screens/${name}.png`, fullPage: true });
}

/**
 * Changes storage while the app is not running: on a same-origin page that is not the app (the
 * static server's 404), so that no autosave of a running app (it flushes on `pagehide`) can
 * write over what the test prepared. `fn` may be async.
 */
async function withAppClosed(page, fn, arg) {
  await page.goto('/no-app-here');
  await page.evaluate(fn, arg);
}

/** Empties every store of the app: localStorage, sessionStorage and its IndexedDB database. */
async function clearStorage(page) {
  await withAppClosed(page, () => new Promise((resolve, reject) => {
    localStorage.clear();
    sessionStorage.clear();
    const r = indexedDB.deleteDatabase('gyxx');
    r.onsuccess = () => resolve();
    r.onerror = () => reject(r.error);
    r.onblocked = () => reject(new Error('the app is still open in another page'));
  }));
}

/** Opens the app with empty storage and waits until it is interactive. */
async function openFresh(page, path = './') {
  await clearStorage(page);
  await page.goto(path);
  await expect(page.locator('h1')).toBeVisible();
}

/**
 * Everything the app keeps in this origin's storage, as one comparable value: localStorage, and
 * the drafts and set-aside text in IndexedDB.
 */
async function storageDump(page) {
  return page.evaluate(async () => {
    const local = Object.keys(localStorage).sort().map((k) => [k, localStorage.getItem(k)]);
    const db = await new Promise((resolve) => {
      const r = indexedDB.open('gyxx');
      r.onupgradeneeded = () => r.transaction.abort(); // not there yet: do not create it
      r.onsuccess = () => resolve(r.result);
      r.onerror = () => resolve(null);
    });
    const all = (store) => new Promise((resolve) => {
      if (!db || !db.objectStoreNames.contains(store)) return resolve([]);
      const r = db.transaction([store]).objectStore(store).getAll();
      r.onsuccess = () => resolve(r.result);
      r.onerror = () => resolve([]);
    });
    const drafts = await all('drafts');
    const aside = await all('aside');
    if (db) db.close();
    return JSON.stringify({ local, drafts, aside });
  });
}

/** The stored drafts (IndexedDB records: id, rev, plan_rev, name, page, text, …), by id. */
async function storedDrafts(page) {
  const dump = JSON.parse(await storageDump(page));
  return Object.fromEntries(dump.drafts.map((d) => [d.id, d]));
}

/** The stored record of the draft this page has open. */
async function currentDraft(page) {
  const id = await page.evaluate(() => JSON.parse(sessionStorage.getItem('gyxx.tab')).id);
  return (await storedDrafts(page))[id];
}

/** Waits until the header says the last change is saved (the write is complete). */
async function saved(page) {
  await expect(page.locator('.save-status')).toHaveText(/^已自动保存 \d\d:\d\d$/);
}

/**
 * Loads the sample plan from the drafts page and waits until it is open and stored: the plan file
 * is fetched on demand, so the click alone does not mean the draft exists yet.
 */
async function loadSample(page) {
  await page.locator('#load-sample').click();
  await expect(page.getByText('已载入示例方案')).toBeVisible();
  await saved(page);
}

/** Makes every write to storage fail as when the disk quota is used up (IndexedDB and Web Storage). */
function fillStorage() {
  const full = () => { throw new DOMException('测试：存储空间已满', 'QuotaExceededError'); };
  IDBObjectStore.prototype.put = full;
  IDBObjectStore.prototype.add = full;
  Storage.prototype.setItem = full;
}

/** The task-list row (a link) of the part with this exact name. */
function taskRow(page, name) {
  return page.locator('.task__link').filter({ has: page.locator('.task__name').getByText(name, { exact: true }) });
}

/** Back to the task list through the page's own link. */
async function backToTasks(page) {
  await page.getByRole('link', { name: '返回任务清单' }).first().click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('工作方案编制任务清单');
}

/** One part of a zip (.docx) as text. */
function zipPart(file, name) {
  return execFileSync('python3', ['-c',
    'import sys, zipfile; sys.stdout.write(zipfile.ZipFile(sys.argv[1]).read(sys.argv[2]).decode("utf-8"))', file, name],
  { encoding: 'utf8' });
}

/** The text of word/document.xml (all w:t contents). */
function docText(file) {
  return [...zipPart(file, 'word/document.xml').matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map(m => m[1]).join('');
}

/** Validates a .docx or .xlsx with tests/ooxml-check/validate.py; throws with its report on errors. */
function validateOoxml(file) {
  try {
    return execFileSync('/usr/bin/python3', ['tests/ooxml-check/validate.py', file], { encoding: 'utf8' });
  } catch (e) {
    throw new Error(`schema errors in ${file}:\n${e.stdout}`);
  }
}

/** The text of a .docx's word/document.xml, paragraph by paragraph. */
function docParagraphs(file) {
  const xml = execFileSync('python3', ['-c',
    'import sys, zipfile; sys.stdout.write(zipfile.ZipFile(sys.argv[1]).read("word/document.xml").decode("utf-8"))', file],
  { encoding: 'utf8' });
  return xml.split(/<w:p[ >]/).slice(1)
    .map(p => [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map(m => m[1]).join(''))
    .filter(Boolean);
}

/** Clicks `button` and returns the download's suggested name and its path. */
async function downloadVia(page, button) {
  const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
  return { name: download.suggestedFilename(), path: await download.path() };
}

module.exports = {
  zipPart, docText, docParagraphs, validateOoxml, downloadVia,
  shot, withAppClosed, clearStorage, openFresh, storageDump, storedDrafts, currentDraft, saved, loadSample, fillStorage, taskRow, backToTasks,
};
