// The background worker's loader (a classic worker script: Chromium 86 and Firefox ESR 78 have
// no module workers). It loads the worker's glue and WebAssembly module (src/bin/worker.rs),
// which then says { ready: true }. If either cannot be loaded — a file missing on the server, a
// network or CSP error — it tells the page at once ({ failed }), so a waiting export or file
// read fails with a message instead of waiting for ever.
try {
  importScripts('./worker.js');
  wasm_bindgen('./worker_bg.wasm').catch(function (e) {
    postMessage({ failed: String(e) });
  });
} catch (e) {
  postMessage({ failed: String(e) });
}
