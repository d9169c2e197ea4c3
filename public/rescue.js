// Rescue panel (plain JavaScript, no WebAssembly): when the app stops because of an internal
// error, show a modal Chinese message and let the user download this tab's draft as it was on
// screen. The Rust panic hook calls window.gyxxRescue; uncaught WebAssembly traps call it too.
//
// The backup is built from, freshest first: the plan the app mirrored to sessionStorage while it
// was unsaved (`gyxx.pending`, at most 0.1 s old), the stored draft (IndexedDB through
// gyxxStore, or localStorage), and — always — the values of the fields on screen, listed in the
// file (`rescue.on_screen`) so text typed in the very last moment is in it too. `gyxx.tab` says
// which draft this tab has open, its name, and whether the last autosave failed. Each stored
// thing is parsed in its own `try`; only when the tab's draft is unknown are keys scanned.
(function () {
  'use strict';
  var shown = false;

  function parse(text) {
    try { return JSON.parse(text); } catch (e) { return undefined; }
  }

  function get(storage, key) {
    try { return window[storage].getItem(key); } catch (e) { return null; }
  }

  function isPlanFile(v) {
    return !!v && typeof v === 'object' && v.format === 'gongyi-xxgk-plan';
  }

  function keys(storage, prefix) {
    var out = [];
    try {
      var s = window[storage];
      for (var i = 0; i < s.length; i++) {
        var k = s.key(i);
        if (k && k.indexOf(prefix) === 0) out.push(k);
      }
    } catch (e) { /* storage unavailable */ }
    return out;
  }

  // The text fields on screen with a value: [{label, value}].
  function onScreen() {
    var out = [];
    var fields = document.querySelectorAll('main textarea, main input');
    for (var i = 0; i < fields.length; i++) {
      var el = fields[i];
      if (el.tagName === 'INPUT' && !/^(text|search|date|tel|email|url|number|)$/.test(el.type || '')) continue;
      if (!el.value || !el.value.trim()) continue;
      var label = (el.labels && el.labels[0] && el.labels[0].textContent) || el.getAttribute('aria-label') || el.id || '';
      out.push({ label: label.replace(/\s+/g, ' ').trim(), value: el.value });
    }
    return out;
  }

  // A stored draft record (IndexedDB or the localStorage fallback) of this id: {text, name}.
  function stored(id) {
    var local = parse(get('localStorage', 'gyxx.rec.' + id));
    var legacy = get('localStorage', 'gyxx.draft.' + id);
    var fallback = local && typeof local.text === 'string' ? { text: local.text, name: local.name } : legacy ? { text: legacy } : null;
    var store = window.gyxxStore;
    if (!store) return Promise.resolve(fallback);
    return store.read(id).then(function (found) {
      if (found && typeof found.text === 'string') {
        var meta = parse(found.meta) || {};
        return { text: found.text, name: meta.name };
      }
      return fallback;
    }, function () { return fallback; });
  }

  // Any stored draft (the tab's own is unknown): the newest in IndexedDB, else any key.
  function anyStored() {
    var store = window.gyxxStore;
    var scan = function () {
      var k = keys('localStorage', 'gyxx.rec.').concat(keys('localStorage', 'gyxx.draft.'));
      for (var i = 0; i < k.length; i++) {
        var v = get('localStorage', k[i]);
        var rec = parse(v);
        if (rec && typeof rec.text === 'string') return { text: rec.text, name: rec.name };
        if (isPlanFile(rec)) return { text: v };
      }
      return null;
    };
    if (!store) return Promise.resolve(scan());
    return store.records().then(function (list) {
      var metas = list.map(function (r) { return parse(r.meta); }).filter(function (m) { return m && m.id; });
      metas.sort(function (a, b) { return (b.saved_at || 0) - (a.saved_at || 0); });
      return metas.length ? stored(metas[0].id) : scan();
    }, scan);
  }

  // {file (the backup as text), name (the draft's), failed (the last autosave had failed), empty}.
  function prepare() {
    var tab = parse(get('sessionStorage', 'gyxx.tab'));
    var tabKnown = !!(tab && typeof tab.id === 'string');
    var pending = parse(get('sessionStorage', 'gyxx.pending'));
    var pendingFile = pending && (!tabKnown || pending.id === tab.id) ? parse(pending.text) : undefined;
    var found = isPlanFile(pendingFile)
      ? Promise.resolve({ text: pending.text })
      : tabKnown ? stored(tab.id) : anyStored();
    return found.then(null, function () { return null; }).then(function (draft) {
      var file = draft ? parse(draft.text) : undefined;
      if (!isPlanFile(file)) file = { format: 'gongyi-xxgk-plan', version: 1, plan: {} };
      var name = (tabKnown && tab.name) || (draft && draft.name) || '';
      var screen = onScreen();
      // The header shows a failed save too (sessionStorage may have been full as well).
      var failed = !!(tab && tab.failed) || !!document.querySelector('.save-status--failed');
      file.rescue = {
        draft: name,
        saved_failed: failed,
        unsaved_edits: isPlanFile(pendingFile),
        time: new Date().toString(),
        on_screen: screen,
      };
      return {
        file: JSON.stringify(file, null, 2),
        name: name,
        failed: failed,
        empty: !draft && screen.length === 0,
      };
    });
  }

  function safeName(name) {
    var clean = String(name || '').replace(/[\/\\:*?"<>|\u0000-\u001f\u007f\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]/g, '').trim();
    return Array.from(clean).slice(0, 50).join('');
  }

  function stamp() {
    var d = new Date();
    var two = function (n) { return (n < 10 ? '0' : '') + n; };
    return d.getFullYear() + two(d.getMonth() + 1) + two(d.getDate()) + '-' + two(d.getHours()) + two(d.getMinutes());
  }

  function download(backup) {
    var blob = new Blob([backup.file], { type: 'application/json' });
    var a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    var name = safeName(backup.name);
    a.download = '草稿备份' + (name ? '-' + name : '') + '-' + stamp() + '.json';
    document.body.appendChild(a);
    a.click();
    document.body.removeChild(a);
  }

  function element(tag, props, text) {
    var el = document.createElement(tag);
    for (var k in props) el.setAttribute(k, props[k]);
    if (text) el.textContent = text;
    return el;
  }

  // The panel is modal: a <dialog> opened with showModal() makes the page behind it inert; where
  // there is none (old Firefox), everything else in <body> gets `inert`.
  function showModal(panel) {
    var dialog = typeof panel.showModal === 'function';
    document.body.appendChild(panel);
    if (dialog) {
      panel.addEventListener('cancel', function (e) { e.preventDefault(); });
      panel.showModal();
    } else {
      var children = document.body.children;
      for (var i = 0; i < children.length; i++) {
        if (children[i] !== panel) {
          children[i].setAttribute('inert', '');
          children[i].setAttribute('aria-hidden', 'true');
        }
      }
      document.addEventListener('focusin', function (e) { if (!panel.contains(e.target)) panel.focus(); });
    }
    panel.focus();
  }

  window.gyxxRescue = function (detail) {
    if (shown) return;
    shown = true;
    var panel = element(typeof HTMLDialogElement === 'function' ? 'dialog' : 'div', {
      class: 'rescue', id: 'rescue', role: 'alertdialog', 'aria-modal': 'true',
      'aria-labelledby': 'rescue-title', 'aria-describedby': 'rescue-text', tabindex: '-1',
    });
    var text = element('p', { id: 'rescue-text' }, '很抱歉，程序遇到内部错误，已停止运行。正在准备草稿备份……');
    var save = element('button', { type: 'button', id: 'rescue-download', class: 'button', disabled: '' }, '下载我的草稿');
    var reload = element('button', { type: 'button', id: 'rescue-reload', class: 'button button--secondary' }, '重新加载页面');
    reload.addEventListener('click', function () { location.reload(); });
    panel.appendChild(element('h1', { id: 'rescue-title' }, '程序出错，已停止运行'));
    panel.appendChild(text);
    panel.appendChild(save);
    panel.appendChild(document.createTextNode(' '));
    panel.appendChild(reload);
    panel.appendChild(element('p', { class: 'rescue__detail' }, detail ? '错误信息：' + String(detail).slice(0, 300) : ''));
    showModal(panel);

    prepare().then(function (backup) {
      var named = backup.name ? '“' + backup.name + '”' : '';
      var open = '重新加载后，可在“草稿和文件”中用“打开工作方案文件”打开备份。';
      if (backup.empty) {
        text.textContent = '很抱歉，程序遇到内部错误，已停止运行。本浏览器中没有找到这个标签页的草稿，屏幕上也没有填写的内容。请重新加载页面。';
        return;
      }
      text.textContent = backup.failed
        ? '很抱歉，程序遇到内部错误，已停止运行。注意：最近一次自动保存没有成功，本浏览器中保存的草稿' + named + '不是最新内容。请先下载草稿备份（包含出错时屏幕上的全部内容），再重新加载页面。' + open
        : '很抱歉，程序遇到内部错误，已停止运行。草稿' + named + '已自动保存在本浏览器中，但最后几秒的输入可能还没有保存。请先下载草稿备份（包含出错时屏幕上的全部内容），再重新加载页面。' + open;
      save.removeAttribute('disabled');
      save.addEventListener('click', function () { download(backup); });
    });
  };

  function isTrap(message) {
    return /unreachable|RuntimeError|wasm/i.test(String(message || ''));
  }
  window.addEventListener('error', function (e) {
    if (isTrap(e.message) || (e.error && isTrap(e.error.name))) window.gyxxRescue(e.message);
  });
  window.addEventListener('unhandledrejection', function (e) {
    var r = e.reason;
    if (r && isTrap((r.name || '') + ' ' + (r.message || ''))) window.gyxxRescue(r.message);
  });
})();
