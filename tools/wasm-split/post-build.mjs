// Trunk post-build hook (first of the hooks in Trunk.toml): puts the lazily loaded page chunks
// that split-wasm-ld.mjs split off the page module into the bundle. The page module's JS
// (app-<hash>.js, written by wasm-bindgen) imports the chunks' loader by the name the linker gave
// it (split-<hash>.js); this copies that loader and its chunks from $WASM_SPLIT_DIR, points the
// loader at the page module's JS (it imports `initSync` from it to share memory and table),
// runs wasm-opt on each chunk with the page module's settings, and adds a modulepreload link for
// the loader to index.html (the page module's JS imports it: without the link the browser only
// asks for it once that JS has arrived and been parsed, and the start of the app waits for it).
// Usage: node tools/wasm-split/post-build.mjs [dir] (Trunk sets TRUNK_STAGING_DIR).
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.env.TRUNK_STAGING_DIR || process.argv[2];
if (!dir) throw new Error('post-build.mjs: no directory (TRUNK_STAGING_DIR or an argument)');
const bin = process.env.WASM_SPLIT_BIN || 'app';
const splitDir = process.env.WASM_SPLIT_DIR || 'target/wasm-split';

const appJs = readdirSync(dir).find((f) => new RegExp(`^${bin}-[0-9a-f]+\\.js$`).test(f));
if (!appJs) throw new Error(`post-build.mjs: no ${bin}-<hash>.js in ${dir}`);
const imported = readFileSync(join(dir, appJs), 'utf8').match(/from ['"]\.\/(split-[0-9a-f]+\.js)['"]/);
if (!imported) throw new Error(`post-build.mjs: ${appJs} imports no split loader (was the page module linked by split-wasm-ld?)`);
const loaderName = imported[1];
const source = join(splitDir, loaderName.replace(/\.js$/, ''));

const loader = readFileSync(join(source, loaderName), 'utf8');
const mainImport = `from "./${bin}.js"`;
if (!loader.includes(mainImport)) throw new Error(`post-build.mjs: ${loaderName} does not import ${bin}.js`);
const loaderText = loader.replace(mainImport, `from "./${appJs}"`);
writeFileSync(join(dir, loaderName), loaderText);

const html = join(dir, 'index.html');
const integrity = `sha384-${createHash('sha384').update(loaderText).digest('base64')}`;
const preload = `<link rel="modulepreload" href="./${loaderName}" crossorigin="anonymous" integrity="${integrity}">`;
const page = readFileSync(html, 'utf8');
if (!page.includes('</head>')) throw new Error('post-build.mjs: index.html has no </head>');
writeFileSync(html, page.replace('</head>', `${preload}</head>`));

const chunks = readdirSync(source).filter((f) => f.endsWith('.wasm'));
const optParams = (process.env.WASM_SPLIT_OPT || '').split(/\s+/).filter(Boolean);
for (const chunk of chunks) {
  if (optParams.length > 0) {
    execFileSync('wasm-opt', [...optParams, join(source, chunk), '-o', join(dir, chunk)], { stdio: 'inherit' });
  } else {
    copyFileSync(join(source, chunk), join(dir, chunk));
  }
}
console.log(`post-build.mjs: ${loaderName} and ${chunks.length} page chunk(s) added`);
