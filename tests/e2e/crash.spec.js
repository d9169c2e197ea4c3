// A browser killed, not closed: Debian's Chromium is started here with its own profile and
// remote debugging, Playwright connects to it, and the whole browser (every process of it) is
// killed with SIGKILL one second after the header said 已自动保存. Started again on the same
// profile, the app must show the edit.
const fs = require('fs');
const os = require('os');
const path = require('path');
const { spawn } = require('child_process');
const { test, expect, chromium } = require('@playwright/test');
const config = require('../../playwright.config.js');
const { saved } = require('./helpers');

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
