// Deployment (README, Deploying): the precompressed copies `make dist` writes, and the README's
// server snippets. nginx and Apache run with the snippets (servers.mjs) and serve a copy of dist/
// under /plan/; the IIS web.config cannot run here, so its rules are applied to dist's file names
// as IIS's URL Rewrite would apply them.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, chmodSync, writeFileSync } from 'node:fs';
import { get as httpGet } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { freePort, startApache, startNginx } from './servers.mjs';

const ROOT = new URL('../..', import.meta.url).pathname;
const DIST = join(ROOT, 'dist');
const COMPRESSIBLE = /\.(wasm|js|css|html|svg|json)$/;
const HASHED = /-[0-9a-f]{8,}(_bg)?\.(js|css|wasm)$/;
const files = readdirSync(DIST, { recursive: true, withFileTypes: true })
  .filter((e) => e.isFile())
  .map((e) => join(e.parentPath ?? e.path, e.name).slice(DIST.length + 1));
const originals = files.filter((f) => COMPRESSIBLE.test(f));
const wasm = originals.filter((f) => f.endsWith('.wasm'));
const dist = (f) => readFileSync(join(DIST, f));

test('every wasm, js, css, html and svg file of dist has .gz and .br copies that decode to it', () => {
  assert.ok(wasm.length >= 1 && originals.some((f) => f.endsWith('.css')) && originals.includes('index.html'), `${originals}`);
  for (const f of originals) {
    for (const [ext, decode] of [['.gz', gunzipSync], ['.br', brotliDecompressSync]]) {
      assert.ok(existsSync(join(DIST, f + ext)), `${f}${ext} missing`);
      const packed = dist(f + ext);
      assert.ok(decode(packed).equals(dist(f)), `${f}${ext} does not decode to ${f}`);
      // Text halves at least; a small wasm chunk (tools/wasm-split) of a few KB less so.
      const ratio = f.endsWith('.wasm') && dist(f).length < 65536 ? 2 / 3 : 1 / 2;
      if (dist(f).length > 4096) assert.ok(packed.length < dist(f).length * ratio, `${f}${ext}: ${packed.length} bytes`);
    }
  }
  for (const f of files.filter((f) => /\.(gz|br)$/.test(f))) {
    assert.ok(originals.includes(f.slice(0, -3)), `${f} has no original: a stale copy`);
  }
});

test('README quotes each deployment snippet exactly as tested', () => {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  for (const [name, lang] of [['nginx.conf', 'nginx'], ['apache.conf', 'apache'], ['web.config', 'xml']]) {
    const text = readFileSync(new URL(name, import.meta.url), 'utf8');
    assert.ok(readme.includes('```' + lang + '\n' + text + '```\n'), `README does not quote tests/deploy/${name} as it is`);
  }
});

/** GET with the given Accept-Encoding; the body as sent (not decoded). */
function get(url, acceptEncoding) {
  return new Promise((resolve, reject) => {
    httpGet(url, { headers: acceptEncoding ? { 'accept-encoding': acceptEncoding } : {} }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks) }));
    }).on('error', reject);
  });
}

const ENCODINGS = [
  ['gzip, deflate, br, zstd', 'br', brotliDecompressSync], // Chromium's header
  ['gzip, deflate', 'gzip', gunzipSync], // a browser without brotli (plain http on old cores)
  ['', undefined, (b) => b],
];
const TYPES = { wasm: ['application/wasm'], js: ['text/javascript', 'application/javascript'], css: ['text/css'], html: ['text/html'] };
const mediaType = (headers) => (headers['content-type'] || '').split(';')[0].trim();

for (const [name, start] of [['nginx', startNginx], ['Apache', startApache]]) {
  describe(`${name} with the README's snippet`, () => {
    let site;
    let server;
    let fallback;
    before(async () => {
      site = mkdtempSync(join(tmpdir(), 'site-'));
      chmodSync(site, 0o755);
      cpSync(DIST, join(site, 'plan'), { recursive: true });
      // A file with no precompressed copy: the server compresses it itself.
      fallback = Buffer.from(JSON.stringify({ items: Array.from({ length: 400 }, (_, i) => ({ id: i, 名称: '公开事项' })) }));
      writeFileSync(join(site, 'plan', 'extra.json'), fallback);
      server = await start(site, await freePort());
    });
    after(async () => {
      await server?.stop();
      rmSync(site, { recursive: true, force: true });
    });

    test('each file comes with its type, brotli or gzip as the browser accepts, decoded equal to dist', async () => {
      const served = [...wasm, ...originals.filter((f) => /\.(js|css)$/.test(f)), 'index.html'];
      for (const f of served) {
        for (const [accept, encoding, decode] of ENCODINGS) {
          const res = await get(`${server.url}/plan/${f}`, accept);
          const what = `${f} with Accept-Encoding "${accept}"`;
          assert.equal(res.status, 200, what);
          assert.ok(TYPES[f.split('.').pop()].includes(mediaType(res.headers)), `${what}: ${res.headers['content-type']}`);
          assert.equal(res.headers['content-encoding'], encoding, what);
          assert.ok(decode(res.body).equals(dist(f)), `${what}: decoded body differs from dist/${f}`);
          if (encoding) assert.match(res.headers.vary || '', /accept-encoding/i, what);
        }
      }
    });

    test('the app under /plan/: the folder, a page address, the bare /plan redirected', async () => {
      const index = dist('index.html');
      for (const path of ['/plan/', '/plan/?page=cover']) {
        const res = await get(server.url + path, 'gzip, deflate, br');
        assert.equal(res.status, 200, path);
        assert.equal(mediaType(res.headers), 'text/html', path);
        const body = res.headers['content-encoding'] === 'br' ? brotliDecompressSync(res.body)
          : res.headers['content-encoding'] === 'gzip' ? gunzipSync(res.body) : res.body;
        assert.ok(body.equals(index), `${path} is not dist/index.html`);
      }
      const bare = await get(`${server.url}/plan`);
      assert.equal(bare.status, 301);
      assert.match(bare.headers.location, /\/plan\/$/);
    });

    test('hashed names are cached for a year; index.html and the unhashed files revalidated', async () => {
      const hashed = originals.filter((f) => HASHED.test(f));
      const plain = ['index.html', ...originals.filter((f) => /\.(js|wasm)$/.test(f) && !HASHED.test(f))];
      assert.ok(hashed.some((f) => f.endsWith('.wasm')) && hashed.some((f) => f.endsWith('.css')), `${hashed}`);
      for (const f of hashed) {
        for (const [accept] of ENCODINGS) {
          const res = await get(`${server.url}/plan/${f}`, accept);
          assert.equal(res.headers['cache-control'], 'public, max-age=31536000, immutable', `${f} "${accept}"`);
        }
      }
      for (const f of plain) {
        const res = await get(`${server.url}/plan/${f}`, 'gzip, deflate, br');
        assert.equal(res.headers['cache-control'], 'no-cache', f);
      }
    });

    test('a file without a precompressed copy is compressed on the fly', async () => {
      const res = await get(`${server.url}/plan/extra.json`, 'gzip, deflate, br');
      assert.equal(res.status, 200);
      const decode = { br: brotliDecompressSync, gzip: gunzipSync }[res.headers['content-encoding']];
      assert.ok(decode, `extra.json sent with Content-Encoding ${res.headers['content-encoding']}`);
      assert.ok(decode(res.body).equals(fallback));
    });
  });
}

describe('IIS web.config', () => {
  // The parts of web.config the rules below use, read with Python's XML parser (which also
  // proves the file well-formed).
  const config = JSON.parse(execFileSync('python3', ['-c', `
import json, sys, xml.etree.ElementTree as E
ws = E.parse(sys.argv[1]).getroot().find('system.webServer')
conds = lambda e: [c.attrib for c in e.iter('add')]
print(json.dumps({
  'mime': {m.get('fileExtension'): m.get('mimeType') for m in ws.iter('mimeMap')},
  'rules': [{'url': r.find('match').get('url'), 'conditions': conds(r.find('conditions')), 'action': r.find('action').get('url')}
            for r in ws.find('rewrite/rules')],
  'outbound': [{'variable': r.find('match').get('serverVariable'), 'pre': r.get('preCondition'), 'value': r.find('action').get('value'),
                'stop': r.get('stopProcessing') == 'true'} for r in ws.find('rewrite/outboundRules').findall('rule')],
  'pre': {p.get('name'): conds(p) for p in ws.find('rewrite/outboundRules/preConditions')},
}))`, new URL('web.config', import.meta.url).pathname], { encoding: 'utf8' }));

  /** The file IIS sends for `f` and the response headers the outbound rules set, as URL Rewrite applies them. */
  function serve(f, accept) {
    let file = f;
    for (const rule of config.rules) {
      const m = f.match(new RegExp(rule.url));
      const holds = m && rule.conditions.every((c) => (c.matchType === 'IsFile'
        ? existsSync(join(DIST, c.input.replace('{REQUEST_FILENAME}', f)))
        : new RegExp(c.pattern).test(c.input === '{HTTP_ACCEPT_ENCODING}' ? accept : f)));
      if (holds) { file = rule.action.replace('{R:1}', m[1]); break; }
    }
    const headers = { Content_Type: config.mime[`.${file.split('.').pop()}`] };
    const done = new Set();
    for (const rule of config.outbound) {
      const variable = rule.variable.replace('RESPONSE_', '');
      const applies = !rule.pre || config.pre[rule.pre].every((c) => new RegExp(c.pattern).test(file));
      if (applies && !done.has(variable)) {
        headers[variable] = rule.value;
        if (rule.stop) done.add(variable);
      }
    }
    return { file, headers };
  }

  test('.wasm is application/wasm, and .br / .gz files are served at all', () => {
    assert.equal(config.mime['.wasm'], 'application/wasm');
    assert.ok(config.mime['.br'] && config.mime['.gz']);
  });

  test('the rules send the precompressed copy with its encoding and the original type', () => {
    for (const f of [...wasm, ...originals.filter((f) => /\.(js|css|html)$/.test(f))]) {
      const type = { wasm: 'application/wasm', js: 'text/javascript', css: 'text/css', html: 'text/html; charset=utf-8' }[f.split('.').pop()];
      for (const [accept, encoding] of ENCODINGS) {
        const { file, headers } = serve(f, accept);
        assert.equal(file, encoding ? `${f}.${encoding === 'gzip' ? 'gz' : 'br'}` : f, `${f} "${accept}"`);
        assert.equal(headers.Content_Encoding, encoding, `${f} "${accept}"`);
        if (encoding) assert.equal(headers.Content_Type, type, `${f} "${accept}"`);
        assert.equal(headers.Cache_Control, HASHED.test(f) ? 'public, max-age=31536000, immutable' : 'no-cache', f);
      }
    }
    assert.equal(serve('index.html', 'br').headers.Cache_Control, 'no-cache');
  });
});

test('a server that sends .wasm as application/octet-stream, uncompressed: the app still starts and opens lazily loaded pages', async () => {
  const { createServer } = await import('node:http');
  const { chromium } = await import('playwright-core');
  const types = { html: 'text/html; charset=utf-8', js: 'text/javascript', css: 'text/css', svg: 'image/svg+xml' };
  const server = createServer((req, res) => {
    const path = new URL(req.url, 'http://x').pathname.replace(/^\/plan\//, '') || 'index.html';
    if (!files.includes(path)) return res.writeHead(404).end();
    res.writeHead(200, { 'content-type': types[path.split('.').pop()] || 'application/octet-stream' }).end(dist(path));
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    const page = await browser.newPage();
    const warnings = [];
    page.on('console', (m) => warnings.push(m.text()));
    const wasmTypes = [];
    page.on('response', (r) => { if (r.url().endsWith('.wasm')) wasmTypes.push(r.headers()['content-type']); });
    await page.goto(`http://127.0.0.1:${server.address().port}/plan/`);
    await page.locator('.task__link').first().waitFor();
    assert.deepEqual(wasmTypes, ['application/octet-stream']);
    assert.ok(warnings.some((w) => w.includes('application/wasm')), `wasm-bindgen's fallback warning: ${warnings}`);
    // A page in a chunk (tools/wasm-split): fetched with the same wrong type, compiled all the same.
    await page.locator('.task__link', { hasText: '文件信息' }).click();
    await page.locator('h1', { hasText: '文件信息' }).waitFor();
    assert.ok(wasmTypes.length > 1 && wasmTypes.every((t) => t === 'application/octet-stream'), `${wasmTypes}`);
  } finally {
    await browser.close();
    server.close();
  }
});
