// Crashes. A browser killed, not closed: Debian's Chromium is started here with its own profile
// and remote debugging, Playwright connects to it, and the whole browser (every process of it) is
// killed with SIGKILL one second after the header said 已自动保存. Started again on the same
// profile, the app must show the edit. A tab whose renderer crashes before the autosave delay is
// over: reloaded, it must get back what was typed.
const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawn } = require('child_process');
const { test, expect, chromium } = require('@playwright/test');
const config = require('../../playwright.config.js');
const { openFresh, saved } = require('./helpers');

/** Starts Chromium on `profile` and connects to it. */
async function launch(profile) {
  const portFile = path.join(profile, 'DevToolsActivePort');
  fs.rmSync(portFile, { force: true });
  const args = [...config.use.launchOptions.args, '--headless', `--user-data-dir=${profile}`, '--remote-debugging-port=0', 'about:blank'];
  // Its own process group, so that the kill reaches every process of this browser and no other.
  const proc = spawn(config.use.launchOptions.executablePath, args, { detached: true, stdio: 'ignore' });
  for (let i = 0; i < 200 && !(fs.existsSync(portFile) && fs.readFileSync(portFile, 'utf8').includes('\n')); i++) {
    await new Promise((r) => setTimeout(r, 100));
  }
  const port = fs.readFileSync(portFile, 'utf8').split('\n')[0];
  const browser = await chromium.connectOverCDP(`http://127.0.0.1:${port}`);
  return { proc, browser, page: await browser.contexts()[0].newPage() };
}

function kill(proc) {
  if (proc.exitCode !== null || proc.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    proc.once('exit', resolve);
    try { process.kill(-proc.pid, 'SIGKILL'); } catch (e) { resolve(); }
  });
}

test('a browser killed 1 s after 已自动保存 keeps the edit on restart with the same profile', async () => {
  const base = test.info().project.use.baseURL;
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'gyxx-profile-'));
  try {
    let run = await launch(profile);
    await run.page.goto(`${base}?page=preamble`);
    const preamble = run.page.getByLabel('前言');
    await preamble.fill('第一次保存的前言。');
    await saved(run.page);
    await preamble.fill('浏览器被强行结束前一秒保存的前言。');
    await saved(run.page);
    await run.page.waitForTimeout(1000);
    await kill(run.proc);

    run = await launch(profile);
    await run.page.goto(`${base}?page=preamble`);
    await expect(run.page.getByLabel('前言')).toHaveValue('浏览器被强行结束前一秒保存的前言。');
    await kill(run.proc);
  } finally {
    fs.rmSync(profile, { recursive: true, force: true });
  }
});

/**
 * Drives a tab through the browser's DevTools connection (Playwright gives up on a crashed page):
 * returns `send(method, params)` for that tab.
 */
async function devtools(browser, page) {
  const { targetInfo } = await (await page.context().newCDPSession(page)).send('Target.getTargetInfo');
  const session = await browser.newBrowserCDPSession();
  const { sessionId } = await session.send('Target.attachToTarget', { targetId: targetInfo.targetId, flatten: false });
  const waiting = new Map();
  let next = 1;
  session.on('Target.receivedMessageFromTarget', (e) => {
    const message = JSON.parse(e.message);
    waiting.get(message.id)?.(message.result);
    waiting.delete(message.id);
  });
  return (method, params = {}) => new Promise((resolve) => {
    const id = next++;
    waiting.set(id, resolve);
    session.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method, params }) });
  });
}

test('a tab whose renderer crashes 0.15 s after typing gets the typed text back on reload', async ({ page, browser }) => {
  await openFresh(page, './?page=preamble');
  await page.getByLabel('前言').fill('已保存的前言。');
  await saved(page);
  await page.getByLabel('前言').press('End');
  await page.getByLabel('前言').type('崩溃前刚输入的');
  await page.waitForTimeout(150);
  const send = await devtools(browser, page);
  const crashed = page.waitForEvent('crash');
  send('Page.crash');
  await crashed;
  await send('Page.reload');
  const read = 'JSON.stringify([document.getElementById("field-preamble")?.value, document.querySelector(".notice")?.textContent])';
  await expect.poll(async () => JSON.parse((await send('Runtime.evaluate', { expression: read, returnByValue: true })).result.value || '[]'))
    .toEqual(['已保存的前言。崩溃前刚输入的', expect.stringContaining('已恢复本标签页上次关闭或出错前尚未保存的修改')]);
});
