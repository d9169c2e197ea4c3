#!/usr/bin/env node
// The wasm32 linker of `make dist` / `make serve` (CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_LINKER):
// links with rust-lld as rustc would and, for the page module (bin `app`), splits the result at
// its `#[lazy]` pages with wasm-split-cli (crate wasm_split_cli_support, installed by the
// Makefile) before Trunk runs wasm-bindgen and wasm-opt on it. Every other binary (the worker) is
// linked as it is.
//
// The linker's output becomes the split main module; the chunks and their loader
// (__wasm_split.js) go to $WASM_SPLIT_DIR/<loader name>/, where post-build.mjs (a Trunk hook)
// finds them. File names carry a hash of their content, so a browser never mixes a cached chunk
// with another build's main module: each chunk is named after its bytes, the loader after its
// text (which names the chunks), and the main module imports the loader by that name, so Trunk's
// hash of the main module changes with any chunk.
//
// The file name ends in "-wasm-ld": rustc passes wasm-ld's arguments to a linker so named.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { basename, join } from 'node:path';

const args = process.argv.slice(2);
const lldArgs = args[0] === '-flavor' ? args.slice(2) : args;
const lld = process.env.WASM_SPLIT_LLD || 'rust-lld';
const bin = process.env.WASM_SPLIT_BIN || 'app';
const out = lldArgs[lldArgs.indexOf('-o') + 1];
const TABLE_EXPORT = '__wasm_split_table';
const link = (extra) => execFileSync(lld, ['-flavor', 'wasm', ...lldArgs, ...extra], { stdio: 'inherit' });

if (!out || !new RegExp(`^${bin}-[0-9a-f]+\\.wasm$`).test(basename(out))) {
  // The split points are exported symbols of the crate; where nothing is split (the worker) they
  // must not be linker roots, or every lazy page would be linked into that binary too.
  const isSplitPoint = (name) => name.startsWith('__wasm_split_00');
  const kept = [];
  for (let i = 0; i < lldArgs.length; i++) {
    if (lldArgs[i] === '--export' && isSplitPoint(lldArgs[i + 1] || '')) i++;
    else if (!(lldArgs[i].startsWith('--export=') && isSplitPoint(lldArgs[i].slice(9)))) kept.push(lldArgs[i]);
  }
  lldArgs.splice(0, lldArgs.length, ...kept);
  link([]);
  process.exit(0);
}

// Relocations tell the splitter which function and data each function uses. The function table
// is exported so that the splitter keeps it in the main module: built for the MVP (Chromium 86),
// `call_indirect` carries no table relocation, and without the export the splitter would take
// the table for a chunk's and make the main module import it.
link(['--emit-relocs', '--export-table']);
const work = mkdtempSync(`${out}.split-`);
try {
  execFileSync('wasm-split-cli', [out, work, '--out-name', bin], { stdio: ['ignore', 'ignore', 'inherit'] });
  const hash = (bytes) => createHash('sha256').update(bytes).digest('hex').slice(0, 16);
  let loader = readFileSync(join(work, '__wasm_split.js'), 'utf8');
  const chunks = readdirSync(work).filter((f) => f.endsWith('.wasm') && f !== `${bin}.wasm`);
  if (chunks.length === 0) throw new Error('split-wasm-ld: no #[lazy] chunk was split off the page module');
  const named = chunks.map((f) => {
    const name = `${f.replace(/\.wasm$/, '')}-${hash(readFileSync(join(work, f)))}.wasm`;
    if (!loader.includes(`"./${f}"`)) throw new Error(`split-wasm-ld: the loader does not name ${f}`);
    loader = loader.replaceAll(`"./${f}"`, `"./${name}"`);
    return [f, name];
  });
  // wasm-bindgen drops the exports lld makes (__indirect_function_table among them) and Trunk
  // cannot pass it --keep-lld-exports: the main module exports the table under another name,
  // which the loader reads.
  const tableImport = 'const { __indirect_function_table, ';
  if (!loader.includes(tableImport)) throw new Error('split-wasm-ld: the loader does not take the function table');
  loader = loader.replace(tableImport, `const { ${TABLE_EXPORT}: __indirect_function_table, `);
  // Servers that send .wasm as application/octet-stream (old mime.types, IIS without the type):
  // instantiateStreaming refuses those, so the chunk is compiled from its bytes then, as
  // wasm-bindgen does for the main module.
  const streaming = 'WebAssembly.instantiateStreaming(src, imports)';
  if (!loader.includes(streaming)) throw new Error('split-wasm-ld: the loader does not instantiate chunks as expected');
  loader = `${loader.replaceAll(streaming, 'instantiateChunk(src, imports)')}
async function instantiateChunk(response, imports) {
    const r = await response;
    if (!r.ok) throw new Error(\`\${r.url}: HTTP \${r.status}\`);
    if ((r.headers.get('content-type') || '').startsWith('application/wasm')) return WebAssembly.instantiateStreaming(r, imports);
    return WebAssembly.instantiate(await r.arrayBuffer(), imports);
}
`;
  const loaderName = `split-${hash(loader)}.js`;
  const dest = join(process.env.WASM_SPLIT_DIR || 'target/wasm-split', loaderName.replace(/\.js$/, ''));
  rmSync(dest, { recursive: true, force: true });
  mkdirSync(dest, { recursive: true });
  for (const [from, to] of named) renameSync(join(work, from), join(dest, to));
  writeFileSync(join(dest, loaderName), loader);
  const main = rewriteNames(readFileSync(join(work, `${bin}.wasm`)), {
    importModules: { './__wasm_split.js': `./${loaderName}` },
    exports: { __indirect_function_table: TABLE_EXPORT },
  });
  writeFileSync(out, main);
} finally {
  rmSync(work, { recursive: true, force: true });
}

// The module with imports from the modules in `importModules` imported from their new names,
// and the exports in `exports` renamed (the import and export sections re-encoded; every other
// section is copied as it is).
function rewriteNames(wasm, { importModules, exports }) {
  const readU32 = (buf, pos) => {
    let value = 0;
    let shift = 0;
    for (;;) {
      const byte = buf[pos++];
      value += (byte & 0x7f) * 2 ** shift;
      shift += 7;
      if (byte < 0x80) return [value, pos];
    }
  };
  const u32 = (n) => {
    const bytes = [];
    do {
      let byte = n & 0x7f;
      n = Math.floor(n / 128);
      if (n > 0) byte |= 0x80;
      bytes.push(byte);
    } while (n > 0);
    return Buffer.from(bytes);
  };
  const readName = (pos) => {
    const [len, start] = readU32(wasm, pos);
    return [wasm.subarray(start, start + len).toString(), start + len];
  };
  const name = (s) => Buffer.concat([u32(Buffer.byteLength(s)), Buffer.from(s)]);
  const renamed = new Set();
  const rename = (table, old) => {
    if (!Object.hasOwn(table, old)) return old;
    renamed.add(old);
    return table[old];
  };
  const parts = [wasm.subarray(0, 8)];
  let pos = 8;
  while (pos < wasm.length) {
    const id = wasm[pos];
    const [size, start] = readU32(wasm, pos + 1);
    const end = start + size;
    if (id !== 2 && id !== 7) {
      parts.push(wasm.subarray(pos, end));
      pos = end;
      continue;
    }
    let [count, p] = readU32(wasm, start);
    const body = [u32(count)];
    for (let i = 0; i < count; i++) {
      if (id === 2) {
        // Import: module name, field name, description (copied byte for byte).
        const [module, fieldStart] = readName(p);
        const [, descStart] = readName(fieldStart);
        const descEnd = importDescriptionEnd(wasm, descStart, readU32);
        body.push(name(rename(importModules, module)), wasm.subarray(fieldStart, descEnd));
        p = descEnd;
      } else {
        // Export: name, kind, index.
        const [field, kindAt] = readName(p);
        const [, indexEnd] = readU32(wasm, kindAt + 1);
        body.push(name(rename(exports, field)), wasm.subarray(kindAt, indexEnd));
        p = indexEnd;
      }
    }
    const section = Buffer.concat(body);
    parts.push(Buffer.from([id]), u32(section.length), section);
    pos = end;
  }
  for (const old of [...Object.keys(importModules), ...Object.keys(exports)]) {
    if (!renamed.has(old)) throw new Error(`split-wasm-ld: the main module has no import or export ${old}`);
  }
  return Buffer.concat(parts);
}

// End of an import description (function, table, memory or global; MVP encodings).
function importDescriptionEnd(buf, pos, readU32) {
  const kind = buf[pos++];
  const limitsEnd = (p) => {
    const flags = buf[p++];
    let [, q] = readU32(buf, p);
    if (flags & 1) [, q] = readU32(buf, q);
    return q;
  };
  switch (kind) {
    case 0: return readU32(buf, pos)[1]; // type index
    case 1: return limitsEnd(pos + 1); // element type, limits
    case 2: return limitsEnd(pos); // limits
    case 3: return pos + 2; // value type, mutability
    default: throw new Error(`split-wasm-ld: unknown import kind ${kind}`);
  }
}
