// Lighthouse (`make bench`): the task list (the app's start page, /plan/) audited with Debian's
// Chromium on Lighthouse's default mobile profile (simulated slow 4G and a 4× slower CPU) —
// categories performance, accessibility and best practices — served twice: uncompressed by the
// plain static server of the e2e tests, and by nginx with the README's snippet
// (tests/deploy/nginx.conf: the precompressed .br files). Median run of 3 by performance score;
// one line per figure: name, value, unit, budget.
import { spawn } from 'node:child_process';
import { chmodSync, cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import lighthouse from 'lighthouse';
import { launch } from 'chrome-launcher';
import { freePort, startNginx } from '../tests/deploy/servers.mjs';

const ROOT = new URL('..', import.meta.url).pathname;
const PORT = Number(process.env.BENCH_PORT || 8097);
const RUNS = 3;

const line = (name, value, unit, budget = '') =>
  console.log(`${name.padEnd(48)} ${String(value).padStart(10)} ${unit.padEnd(6)} ${budget}`);

// The site in a temporary folder, which nginx's unprivileged worker can read (a checkout under
// /root could not be).
const SITE = mkdtempSync(join(tmpdir(), 'lighthouse-'));
chmodSync(SITE, 0o755);
cpSync(join(ROOT, 'dist'), join(SITE, 'plan'), { recursive: true });

const chrome = await launch({
  chromePath: process.env.CHROMIUM || '/usr/bin/chromium',
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});

async function audit(url) {
  const runs = [];
  for (let i = 0; i < RUNS; i++) {
    const { lhr } = await lighthouse(url, {
      port: chrome.port,
      logLevel: 'error',
      output: 'json',
      onlyCategories: ['performance', 'accessibility', 'best-practices'],
    });
    if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.message}`);
    runs.push(lhr);
  }
  runs.sort((a, b) => a.categories.performance.score - b.categories.performance.score);
  return runs[Math.floor(RUNS / 2)];
}

function report(label, lhr, budgets) {
  const score = (c) => Math.round(lhr.categories[c].score * 100);
  const audit = (a) => lhr.audits[a];
  line(`lighthouse ${label}: performance`, score('performance'), '/100', budgets.performance);
  line(`lighthouse ${label}: accessibility`, score('accessibility'), '/100', '(budget 100)');
  line(`lighthouse ${label}: best practices`, score('best-practices'), '/100', '(budget 100)');
  line(`lighthouse ${label}: largest contentful paint`, (audit('largest-contentful-paint').numericValue / 1000).toFixed(1), 's');
  line(`lighthouse ${label}: total byte weight`, (audit('total-byte-weight').numericValue / 1024).toFixed(0), 'KB');
  line(`lighthouse ${label}: total blocking time`, audit('total-blocking-time').numericValue.toFixed(0), 'ms');
  for (const c of ['accessibility', 'best-practices']) {
    for (const ref of lhr.categories[c].auditRefs) {
      const a = lhr.audits[ref.id];
      if (ref.weight > 0 && a.score !== null && a.score < 1) console.log(`  ${label} ${c}: ${a.id} — ${a.title}`);
    }
  }
}

const plain = spawn('node', [join(ROOT, 'tests/e2e/static-server.mjs'), SITE, String(PORT)], { stdio: 'ignore' });
let nginx;
try {
  await new Promise((r) => setTimeout(r, 500));
  report('uncompressed', await audit(`http://127.0.0.1:${PORT}/plan/`), { performance: '' });
  nginx = await startNginx(SITE, await freePort());
  report('nginx brotli', await audit(`${nginx.url}/plan/`), { performance: '(budget ≥ 90)' });
} finally {
  plain.kill();
  await nginx?.stop();
  await chrome.kill();
  rmSync(SITE, { recursive: true, force: true });
}
