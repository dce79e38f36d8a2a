// Offline inspection package, 並べて表示 (本文5(4)): two files in one window, the folder tree and the title
// search beside them (tree.js). Same data as index.html (assets/data.js); plain DOM with textContent only (titles are
// user input); no network. PDF and images show in the pane; other files are offered as a link.
(function () {
  'use strict';
  var data = window.KYOYU_INSPECTION;
  var files = [];

  var shared = window.KyoyuInspectionTree;
  var el = shared.el;

  // The browser shows these itself; a Word or Excel file in a frame would only start a download.
  function inline(name) {
    return /\.(pdf|png|jpe?g|gif|bmp|svg|webp)$/i.test(name);
  }

  function show(pane, index) {
    var section = document.getElementById('pane-' + pane);
    var select = document.getElementById('choose-' + pane);
    var view = section.querySelector('.view');
    select.value = index === null ? '' : String(index);
    view.textContent = '';
    if (index === null) { return; }
    var file = files[index];
    view.appendChild(el('p', { 'class': 'title' }, file.doc.title + ' / ' + file.name));
    if (inline(file.name)) {
      view.appendChild(el('iframe', { src: file.href, title: file.doc.title + ' / ' + file.name }));
    } else {
      view.appendChild(el('p', { 'class': 'hint' }, 'このファイルはブラウザで表示できません。リンクから開いてください。'));
      view.appendChild(el('a', { href: file.href, target: '_blank', rel: 'noopener' }, file.name));
    }
  }

  function fileLine(file) {
    var li = el('li');
    li.appendChild(el('span', {}, file.name));
    ['left', 'right'].forEach(function (pane) {
      var button = el('button', { type: 'button', 'class': 'to-' + pane, 'data-file': String(file.index) },
        pane === 'left' ? '左に' : '右に');
      button.addEventListener('click', function () { show(pane, file.index); });
      li.appendChild(button);
    });
    return li;
  }

  // The tree walks documents in order, so each file's index is its place in the two pickers.
  function docItem(doc) {
    if (!doc.fileEntries) {
      doc.fileEntries = doc.files.map(function (file) {
        var entry = { index: files.length, name: file.name, href: file.href, doc: doc };
        files.push(entry);
        return entry;
      });
    }
    var li = el('li');
    li.appendChild(el('span', { 'class': 'doc' }, doc.title));
    var ul = el('ul', { 'class': 'files' });
    doc.fileEntries.forEach(function (file) { ul.appendChild(fileLine(file)); });
    li.appendChild(ul);
    return li;
  }

  document.getElementById('project').textContent = data.project + ' 電子検査用書類（並べて表示）';
  document.title = data.project + ' 電子検査用書類（並べて表示）';
  var tree = shared.tree(data, docItem);
  document.getElementById('tree').appendChild(tree.root);
  ['left', 'right'].forEach(function (pane) {
    var select = document.getElementById('choose-' + pane);
    files.forEach(function (file) {
      select.appendChild(el('option', { value: String(file.index) }, file.doc.title + ' / ' + file.name));
    });
    select.addEventListener('change', function () { show(pane, select.value === '' ? null : Number(select.value)); });
  });
  document.getElementById('search').addEventListener('input', function (event) {
    shared.search(event.target.value, tree.documents, docItem);
  });
})();
