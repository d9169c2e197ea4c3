// Trunk post-build hook: adds the Content-Security-Policy meta tag to the built index.html.
// Only the app's own origin is allowed (scripts, styles, the background worker); Trunk's
// inline bootstrap script is allowed by its hash,
// and compiling WebAssembly by 'wasm-unsafe-eval'. Browsers on Chromium before 97 know only
// 'unsafe-eval' for WebAssembly: set CSP_LEGACY=1 (make dist CSP_LEGACY=1) for deployments that
// must serve them (360 安全浏览器 / 奇安信 on old cores).
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.env.TRUNK_STAGING_DIR || process.argv[2];
const file = join(dir, 'index.html');
let html = readFileSync(file, 'utf8');
const inline = [...html.matchAll(/<script(?: type="module")?>([\s\S]*?)<\/script>/g)].map(m => m[1]);
if (inline.length === 0) throw new Error('csp.mjs: no inline script found in index.html');
const hashes = inline.map(s => `'sha256-${createHash('sha256').update(s, 'utf8').digest('base64')}'`);
const wasm = process.env.CSP_LEGACY === '1' ? "'wasm-unsafe-eval' 'unsafe-eval'" : "'wasm-unsafe-eval'";
const policy = [
  "default-src 'self'",
  `script-src 'self' ${hashes.join(' ')} ${wasm}`,
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  // The background worker (worker-loader.js, a classic worker from this origin).
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
  "frame-src 'none'",
].join('; ');
html = html.replace('<meta charset="utf-8">', `<meta charset="utf-8">\n  <meta http-equiv="Content-Security-Policy" content="${policy}">`);
writeFileSync(file, html);
console.log(`csp.mjs: policy with ${hashes.length} script hash(es) written`);
