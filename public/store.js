// Browser storage of the app (plain JavaScript, no WebAssembly): drafts, damaged text set aside,
// the reviewer's session and the office's filing ledger. The wasm module calls it as `window.gyxxStore`; the rescue panel
// (rescue.js) reads drafts through it after a panic.
//
// Drafts live in IndexedDB, one record per draft ({id, rev, plan_rev, name, page, saved_at,
// created, text}). Every write is one readwrite transaction with `durability: "strict"` (Chromium's
// default became "relaxed" in 121): it reads the stored record, hands its metadata to the app's
// `decide` function (Rust, src/drafts) and writes what that returns, so no other tab can write in
// between; the promise resolves only when the transaction is complete, i.e. on disk. Browsers
// without IndexedDB (e.g. Firefox ESR private windows) fall back to localStorage, one key per
// draft (`gyxx.rec.<id>`). After each write the other tabs are told through a BroadcastChannel
// (or, without one, a `storage` event on `gyxx.signal`).
(function () {
  'use strict';
  var DB_NAME = 'gyxx';
  var STRICT = { durability: 'strict' };
  var REC = 'gyxx.rec.';
  var ASIDE = 'gyxx.aside.';
  var SIGNAL = 'gyxx.signal';
  var REVIEW = 'gyxx.review';
  var LEDGER = 'gyxx.ledger';
  var tab = Math.random().toString(36).slice(2);
  var db = null;
  var kind = null;
  var channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel('gyxx') : null;
  var listeners = [];

  function request(r) {
    return new Promise(function (resolve, reject) {
      r.onsuccess = function () { resolve(r.result); };
      r.onerror = function () { reject(r.error); };
    });
  }

  // Resolves when the transaction is complete (durable), rejects when it aborts: with the error
  // that made it abort (`failed.error`, when a request threw), else the transaction's own.
  function done(tx, failed) {
    return new Promise(function (resolve, reject) {
      tx.oncomplete = function () { resolve(); };
      tx.onabort = function () { reject((failed && failed.error) || tx.error || new DOMException('写入未完成', 'AbortError')); };
    });
  }

  // Runs `f`; if it throws, the transaction is aborted and the error kept for `done`.
  function guarded(tx, failed, f) {
    try {
      f();
    } catch (e) {
      failed.error = e;
      try { tx.abort(); } catch (x) { /* already finished */ }
    }
  }

  var STORES = ['drafts', 'aside', 'review_files', 'review_notes', 'ledger'];

  function openDb(version) {
    return new Promise(function (resolve, reject) {
      // Without a version: whatever version is there (a new database starts at 1).
      var r = version ? indexedDB.open(DB_NAME, version) : indexedDB.open(DB_NAME);
      r.onupgradeneeded = function () {
        var d = r.result;
        if (!d.objectStoreNames.contains('drafts')) d.createObjectStore('drafts', { keyPath: 'id' });
        if (!d.objectStoreNames.contains('aside')) d.createObjectStore('aside', { autoIncrement: true });
        if (!d.objectStoreNames.contains('review_files')) d.createObjectStore('review_files', { keyPath: ['session', 'n'] });
        if (!d.objectStoreNames.contains('review_notes')) d.createObjectStore('review_notes', { keyPath: 'session' });
        if (!d.objectStoreNames.contains('ledger')) d.createObjectStore('ledger');
      };
      r.onsuccess = function () {
        var d = r.result;
        var missing = STORES.some(function (s) { return !d.objectStoreNames.contains(s); });
        if (missing) {
          // A database of this name without our stores (made by hand): upgrade it to add them.
          var next = d.version + 1;
          d.close();
          openDb(next).then(resolve, reject);
          return;
        }
        d.onversionchange = function () { d.close(); };
        resolve(d);
      };
      r.onerror = function () { reject(r.error); };
      // A browser that never answers (storage blocked) must not keep the app from starting.
      setTimeout(function () { reject(new Error('IndexedDB did not open')); }, 5000);
    });
  }

  // Which storage is used: 'idb', or 'local' when IndexedDB cannot be opened.
  var opened = null;
  function open() {
    if (!opened) {
      opened = (typeof indexedDB === 'object' && indexedDB ? openDb() : Promise.reject(new Error('no IndexedDB')))
        .then(function (d) { db = d; kind = 'idb'; return kind; },
              function () { kind = 'local'; return kind; });
    }
    return opened;
  }

  // The metadata of a stored record (everything but its text) as JSON; what is not an object
  // comes back as it is, for the app to find unreadable.
  function metaJson(record) {
    if (record === null || typeof record !== 'object' || Array.isArray(record)) return JSON.stringify(record === undefined ? null : record);
    var meta = {};
    for (var k in record) if (k !== 'text' && Object.prototype.hasOwnProperty.call(record, k)) meta[k] = record[k];
    return JSON.stringify(meta);
  }

  function parseLocal(raw) {
    if (raw === null) return undefined;
    try { return JSON.parse(raw); } catch (e) { return raw; }
  }

  function tell(message) {
    message.tab = tab;
    try {
      if (channel) channel.postMessage(message);
      else localStorage.setItem(SIGNAL, JSON.stringify(message));
    } catch (e) { /* other tabs catch up when shown again */ }
  }

  function heard(message) {
    if (!message || message.tab === tab) return;
    listeners.forEach(function (f) { try { f(JSON.stringify(message)); } catch (e) { /* app gone */ } });
  }
  if (channel) channel.onmessage = function (e) { heard(e.data); };
  window.addEventListener('storage', function (e) {
    if (e.key === SIGNAL && e.newValue) { try { heard(JSON.parse(e.newValue)); } catch (x) { /* ignore */ } }
  });

  // Every stored draft: [{id, meta (JSON)}].
  function records() {
    return open().then(function () {
      if (kind === 'local') {
        var out = [];
        for (var i = 0; i < localStorage.length; i++) {
          var key = localStorage.key(i);
          if (key && key.indexOf(REC) === 0) out.push({ id: key.slice(REC.length), meta: metaJson(parseLocal(localStorage.getItem(key))) });
        }
        return out;
      }
      var tx = db.transaction(['drafts'], 'readonly');
      var store = tx.objectStore('drafts');
      return Promise.all([request(store.getAllKeys()), request(store.getAll())]).then(function (r) {
        return r[0].map(function (key, i) { return { id: String(key), meta: metaJson(r[1][i]) }; });
      });
    });
  }

  // One draft: {meta (JSON), text (string or null when missing), raw (the record as text when
  // its text is not a string)}; null when there is none.
  function read(id) {
    return open().then(function () {
      if (kind === 'local') return localStorage.getItem(REC + id);
      return request(db.transaction(['drafts'], 'readonly').objectStore('drafts').get(id));
    }).then(function (stored) {
      if (stored === undefined || stored === null) return null;
      var record = kind === 'local' ? parseLocal(stored) : stored;
      var text = record && typeof record.text === 'string' ? record.text : null;
      return { meta: metaJson(record), text: text, raw: text === null ? (typeof stored === 'string' ? stored : JSON.stringify(stored)) : null };
    });
  }

  // Writes draft `id` as `decide(storedMetaJson | null)` says (a verdict as JSON, see
  // src/drafts): {"write": {meta, text}} stores meta with `text` (or with the stored text),
  // "delete" deletes, anything else writes nothing. Resolves once the transaction is complete.
  function write(id, decide, text) {
    return open().then(function () {
      var verdict;
      function act(stored, put, remove) {
        verdict = JSON.parse(decide(stored === undefined ? null : metaJson(stored)));
        if (verdict && verdict.write) {
          var record = Object.assign({}, verdict.write.meta);
          record.text = verdict.write.text ? text : (stored && stored.text);
          put(record);
        } else if (verdict === 'delete') {
          remove();
        }
      }
      if (kind === 'local') {
        act(parseLocal(localStorage.getItem(REC + id)),
            function (record) { localStorage.setItem(REC + id, JSON.stringify(record)); },
            function () { localStorage.removeItem(REC + id); });
        return verdict;
      }
      var tx = db.transaction(['drafts'], 'readwrite', STRICT);
      var failed = {};
      var store = tx.objectStore('drafts');
      var get = store.get(id);
      get.onsuccess = function () {
        guarded(tx, failed, function () {
          act(get.result, function (record) { store.put(record); }, function () { store.delete(id); });
          if (tx.commit) tx.commit();
        });
      };
      return done(tx, failed).then(function () { return verdict; });
    }).then(function (verdict) {
      if (verdict && verdict.write) tell({ kind: 'write', meta: JSON.stringify(verdict.write.meta) });
      else if (verdict === 'delete') tell({ kind: 'delete', id: id });
    });
  }

  // Moves drafts and set-aside text in (first start after the localStorage era), all or nothing:
  // {drafts: [{meta, text, alt}], aside: [{name, text}]}. A draft whose id is taken by a record
  // with other text is stored as `alt` (new id and name) instead, so neither is lost.
  function importAll(json) {
    var data = JSON.parse(json);
    return open().then(function () {
      if (kind === 'local') {
        var written = [];
        try {
          data.drafts.forEach(function (d) {
            var stored = parseLocal(localStorage.getItem(REC + d.meta.id));
            var meta = stored === undefined ? d.meta : (stored && stored.text === d.text ? null : d.alt);
            if (!meta) return;
            meta.text = d.text;
            localStorage.setItem(REC + meta.id, JSON.stringify(meta));
            written.push(REC + meta.id);
          });
          data.aside.forEach(function (a) {
            var key = ASIDE + Date.now().toString(36) + Math.random().toString(36).slice(2, 6);
            localStorage.setItem(key, JSON.stringify({ name: a.name, text: a.text, at: Date.now() }));
            written.push(key);
          });
        } catch (e) {
          written.forEach(function (k) { localStorage.removeItem(k); });
          throw e;
        }
        return;
      }
      var tx = db.transaction(['drafts', 'aside'], 'readwrite', STRICT);
      var failed = {};
      var drafts = tx.objectStore('drafts');
      data.drafts.forEach(function (d) {
        var get = drafts.get(d.meta.id);
        get.onsuccess = function () {
          var stored = get.result;
          var meta = stored === undefined ? d.meta : (stored && stored.text === d.text ? null : d.alt);
          if (!meta) return;
          meta.text = d.text;
          guarded(tx, failed, function () { drafts.put(meta); });
        };
      });
      guarded(tx, failed, function () {
        data.aside.forEach(function (a) { tx.objectStore('aside').add({ name: a.name, text: a.text, at: Date.now() }); });
      });
      return done(tx, failed);
    }).then(function () { tell({ kind: 'list' }); });
  }

  // Text set aside: [{key, name, text}].
  function asides() {
    return open().then(function () {
      if (kind === 'local') {
        var out = [];
        for (var i = 0; i < localStorage.length; i++) {
          var key = localStorage.key(i);
          if (key && key.indexOf(ASIDE) === 0) {
            var v = parseLocal(localStorage.getItem(key));
            out.push({ key: key, name: (v && v.name) || key, text: (v && typeof v.text === 'string') ? v.text : String(localStorage.getItem(key)) });
          }
        }
        return out;
      }
      var store = db.transaction(['aside'], 'readonly').objectStore('aside');
      return Promise.all([request(store.getAllKeys()), request(store.getAll())]).then(function (r) {
        return r[0].map(function (key, i) {
          var v = r[1][i];
          return { key: String(key), name: (v && v.name) || '另行保存的内容.txt', text: v && typeof v.text === 'string' ? v.text : JSON.stringify(v) };
        });
      });
    });
  }

  function removeAside(key) {
    return open().then(function () {
      if (kind === 'local') { localStorage.removeItem(key); return; }
      var tx = db.transaction(['aside'], 'readwrite', STRICT);
      tx.objectStore('aside').delete(Number(key));
      return done(tx);
    });
  }

  // ---- the reviewer's session: the files as they came in, and the notes (JSON) ----------------

  function sessionRange(session) {
    return IDBKeyRange.bound([session, 0], [session, Infinity]);
  }

  function localReview() {
    try { return JSON.parse(sessionStorage.getItem(REVIEW)) || { files: [], notes: null }; } catch (e) { return { files: [], notes: null }; }
  }

  function saveLocalReview(data) {
    sessionStorage.setItem(REVIEW, JSON.stringify(data));
  }

  function toBase64(bytes) {
    var s = '';
    for (var i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode.apply(null, bytes.subarray(i, i + 0x8000));
    return btoa(s);
  }

  function fromBase64(text) {
    var s = atob(text);
    var out = new Uint8Array(s.length);
    for (var i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
    return out;
  }

  function reviewAdd(session, n, name, bytes) {
    return open().then(function () {
      if (kind === 'local') {
        var data = localReview();
        data.files.push({ n: n, name: name, content: toBase64(bytes) });
        return saveLocalReview(data);
      }
      var tx = db.transaction(['review_files'], 'readwrite');
      tx.objectStore('review_files').put({ session: session, n: n, name: name, bytes: bytes });
      return done(tx);
    });
  }

  function reviewNotes(session, notes) {
    return open().then(function () {
      if (kind === 'local') {
        var data = localReview();
        data.notes = notes;
        return saveLocalReview(data);
      }
      var tx = db.transaction(['review_notes'], 'readwrite');
      tx.objectStore('review_notes').put({ session: session, notes: notes, touched: Date.now() });
      return done(tx);
    });
  }

  // {files: [{name, bytes}] in order, notes (JSON or null)}.
  function reviewLoad(session) {
    return open().then(function () {
      if (kind === 'local') {
        var data = localReview();
        return { files: data.files.map(function (f) { return { name: f.name, bytes: fromBase64(f.content) }; }), notes: data.notes };
      }
      var tx = db.transaction(['review_files', 'review_notes'], 'readonly');
      return Promise.all([
        request(tx.objectStore('review_files').getAll(sessionRange(session))),
        request(tx.objectStore('review_notes').get(session)),
      ]).then(function (r) {
        var files = r[0].sort(function (a, b) { return a.n - b.n; }).map(function (f) { return { name: f.name, bytes: f.bytes }; });
        return { files: files, notes: r[1] ? r[1].notes : null };
      });
    });
  }

  function reviewClear(session) {
    return open().then(function () {
      if (kind === 'local') { sessionStorage.removeItem(REVIEW); return; }
      var tx = db.transaction(['review_files', 'review_notes'], 'readwrite');
      tx.objectStore('review_files').delete(sessionRange(session));
      tx.objectStore('review_notes').delete(session);
      return done(tx);
    });
  }

  // Sessions of tabs closed long ago (their notes untouched for `age` ms) are deleted.
  function reviewPurge(age) {
    return open().then(function () {
      if (kind === 'local') return;
      var tx = db.transaction(['review_files', 'review_notes'], 'readwrite');
      var notes = tx.objectStore('review_notes');
      var files = tx.objectStore('review_files');
      var cursor = notes.openCursor();
      cursor.onsuccess = function () {
        var c = cursor.result;
        if (!c) return;
        if (!(c.value.touched > Date.now() - age)) {
          files.delete(sessionRange(c.value.session));
          c.delete();
        }
        c.continue();
      };
      return done(tx);
    });
  }

  // ---- the reviewing office's filing ledger (one JSON text, kept until replaced) -------------

  function ledgerLoad() {
    return open().then(function () {
      if (kind === 'local') return localStorage.getItem(LEDGER);
      return request(db.transaction(['ledger']).objectStore('ledger').get('ledger')).then(function (text) {
        return typeof text === 'string' ? text : null;
      });
    });
  }

  function ledgerSave(text) {
    return open().then(function () {
      if (kind === 'local') return localStorage.setItem(LEDGER, text);
      var tx = db.transaction(['ledger'], 'readwrite', STRICT);
      var failed = tx.objectStore('ledger').put(text, 'ledger');
      return done(tx, failed);
    });
  }

  window.gyxxStore = {
    open: open,
    kind: function () { return kind; },
    records: records,
    read: read,
    write: write,
    importAll: importAll,
    asides: asides,
    removeAside: removeAside,
    listen: function (f) { listeners.push(f); },
    reviewAdd: reviewAdd,
    reviewNotes: reviewNotes,
    reviewLoad: reviewLoad,
    reviewClear: reviewClear,
    reviewPurge: reviewPurge,
    ledgerLoad: ledgerLoad,
    ledgerSave: ledgerSave,
  };
  // Open the database now, while the app's module is still downloading and compiling: its start
  // (src/ui/sync.rs, boot) then finds it open instead of waiting for it.
  open();
})();
