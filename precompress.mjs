// Trunk post-build hook (after csp.mjs, which changes index.html): writes a gzip (level 9) and
// a brotli (quality 11) copy beside every text and wasm file of the bundle — `app-….wasm.gz`,
// `app-….wasm.br`, … — for servers that send precompressed files (nginx `gzip_static` /
// `brotli_static`, Apache's rewrite rules, IIS; README, Deploying). Node's own zlib: no tool
// to install. Usage: node precompress.mjs [dir] (Trunk sets TRUNK_STAGING_DIR).
import { brotliCompress, constants, gzip } from 'node:zlib';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';

const dir = process.env.TRUNK_STAGING_DIR || process.argv[2];
if (!dir) throw new Error('precompress.mjs: no directory (TRUNK_STAGING_DIR or an argument)');
const EXTENSIONS = ['.wasm', '.js', '.css', '.html', '.svg', '.json'];

async function precompress(file) {
  const body = await readFile(file);
  const text = !file.endsWith('.wasm');
  const [gz, br] = await Promise.all([
    promisify(gzip)(body, { level: 9 }),
    promisify(brotliCompress)(body, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_MODE]: text ? constants.BROTLI_MODE_TEXT : constants.BROTLI_MODE_GENERIC,
        [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
      },
    }),
  ]);
  await Promise.all([writeFile(`${file}.gz`, gz), writeFile(`${file}.br`, br)]);
  return { file, raw: body.length, gz: gz.length, br: br.length };
}

const entries = await readdir(dir, { recursive: true, withFileTypes: true });
const files = entries
  .filter((e) => e.isFile() && EXTENSIONS.some((x) => e.name.endsWith(x)))
  .map((e) => join(e.parentPath ?? e.path, e.name));
const results = await Promise.all(files.map(precompress));
const kb = (n) => (n / 1024).toFixed(1);
for (const r of results.sort((a, b) => b.raw - a.raw)) {
  console.log(`precompress.mjs: ${r.file.slice(dir.length + 1)} ${kb(r.raw)} KB → gzip ${kb(r.gz)} KB, brotli ${kb(r.br)} KB`);
}
