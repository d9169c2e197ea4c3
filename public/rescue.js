// Rescue panel (plain JavaScript, no WebAssembly): when the app stops because of an internal
// error, show a Chinese message and let the user download the current draft straight from local
// storage. The Rust panic hook calls window.gyxxRescue; uncaught WebAssembly traps call it too.
(function () {
  'use strict';
  var shown = false;

  function draftText() {
    try {
      var index = JSON.parse(localStorage.getItem('gyxx.index') || 'null');
      var id = index && index.current;
      var text = id ? localStorage.getItem('gyxx.draft.' + id) : null;
      if (text) return text;
      for (var i = 0; i < localStorage.length; i++) {
        var key = localStorage.key(i);
        if (key && key.indexOf('gyxx.draft.') === 0) return localStorage.getItem(key);
      }
    } catch (e) { /* storage unavailable */ }
    return null;
  }

  function download() {
    var text = draftText();
    if (!text) { alert('本浏览器中没有找到草稿。'); return; }
    var blob = new Blob([text], { type: 'application/json' });
    var a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = '草稿备份.json';
    document.body.appendChild(a);
    a.click();
    document.body.removeChild(a);
  }

  function button(text, id, onClick) {
    var b = document.createElement('button');
    b.type = 'button';
    b.id = id;
    b.className = 'button';
    b.textContent = text;
    b.addEventListener('click', onClick);
    return b;
  }

  window.gyxxRescue = function (detail) {
    if (shown) return;
    shown = true;
    var panel = document.createElement('div');
    panel.className = 'rescue';
    panel.id = 'rescue';
    panel.setAttribute('role', 'alertdialog');
    panel.setAttribute('aria-labelledby', 'rescue-title');
    panel.setAttribute('aria-describedby', 'rescue-text');
    panel.tabIndex = -1;
    var h = document.createElement('h1');
    h.id = 'rescue-title';
    h.textContent = '程序出错，已停止运行';
    var p = document.createElement('p');
    p.id = 'rescue-text';
    p.textContent = '很抱歉，程序遇到内部错误。已自动保存的草稿仍在本浏览器中：请先下载草稿备份，再重新加载页面。' +
      '重新加载后可在“草稿和文件”中用“打开工作方案文件”打开备份。';
    var detailText = document.createElement('p');
    detailText.className = 'rescue__detail';
    detailText.textContent = detail ? '错误信息：' + String(detail).slice(0, 300) : '';
    panel.appendChild(h);
    panel.appendChild(p);
    panel.appendChild(button('下载我的草稿', 'rescue-download', download));
    panel.appendChild(document.createTextNode(' '));
    panel.appendChild(button('重新加载页面', 'rescue-reload', function () { location.reload(); }));
    panel.appendChild(detailText);
    document.body.appendChild(panel);
    panel.focus();
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
