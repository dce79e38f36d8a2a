// Offline inspection package, 並べて表示 (本文5(4)): two files in one window, the folder tree and the title
// search beside them. Same data as index.html (assets/data.js); plain DOM with textContent only (titles are
// user input); no network. PDF and images show in the pane; other files are offered as a link.
(function () {
  'use strict';
  var data = window.KYOYU_INSPECTION;
  var files = [];
  var documents = [];

  function el(tag, attrs, text) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (key) { node.setAttribute(key, attrs[key]); });
    if (text !== undefined && text !== null) { node.textContent = text; }
    return node;
  }

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

  function docItem(doc) {
    var li = el('li');
    li.appendChild(el('span', { 'class': 'doc' }, doc.title));
    var ul = el('ul', { 'class': 'files' });
    doc.fileEntries.forEach(function (file) { ul.appendChild(fileLine(file)); });
    li.appendChild(ul);
    return li;
  }

  function folder(f, path) {
    var here = path.concat([f.name]);
    var li = el('li');
    var details = el('details', { open: '' });
    details.appendChild(el('summary', {}, f.name));
    var ul = el('ul');
    f.folders.forEach(function (child) { ul.appendChild(folder(child, here)); });
    f.documents.forEach(function (doc) {
      doc.path = here.join(' / ');
      doc.fileEntries = doc.files.map(function (file) {
        var entry = { index: files.length, name: file.name, href: file.href, doc: doc };
        files.push(entry);
        return entry;
      });
      documents.push(doc);
      ul.appendChild(docItem(doc));
    });
    details.appendChild(ul);
    li.appendChild(details);
    return li;
  }

  function search(text) {
    var results = document.getElementById('results');
    results.textContent = '';
    var query = text.normalize('NFKC').toLowerCase().trim();
    results.hidden = query === '';
    if (query === '') { return; }
    var hits = documents.filter(function (doc) {
      return doc.title.normalize('NFKC').toLowerCase().indexOf(query) >= 0;
    });
    if (hits.length === 0) { results.appendChild(el('li', { 'class': 'hint' }, '該当する書類はありません。')); }
    hits.forEach(function (doc) { results.appendChild(docItem(doc)); });
  }

  document.getElementById('project').textContent = data.project + ' 電子検査用書類（並べて表示）';
  document.title = data.project + ' 電子検査用書類（並べて表示）';
  var tree = el('ul');
  data.folders.forEach(function (f) { tree.appendChild(folder(f, [])); });
  document.getElementById('tree').appendChild(tree);
  ['left', 'right'].forEach(function (pane) {
    var select = document.getElementById('choose-' + pane);
    files.forEach(function (file) {
      select.appendChild(el('option', { value: String(file.index) }, file.doc.title + ' / ' + file.name));
    });
    select.addEventListener('change', function () { show(pane, select.value === '' ? null : Number(select.value)); });
  });
  document.getElementById('search').addEventListener('input', function (event) { search(event.target.value); });
})();
