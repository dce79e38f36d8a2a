// Offline inspection package: builds the folder tree, the document view and the title search from
// assets/data.js. Plain DOM with textContent only (titles are user input); no network, no fetch().
(function () {
  'use strict';
  var data = window.KYOYU_INSPECTION;
  var all = [];

  function el(tag, attrs, text) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (key) { node.setAttribute(key, attrs[key]); });
    if (text !== undefined && text !== null) { node.textContent = text; }
    return node;
  }

  function docButton(doc) {
    var button = el('button', { type: 'button', 'class': 'doc' }, doc.title);
    button.addEventListener('click', function () { show(doc); });
    return button;
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
      all.push(doc);
      var item = el('li');
      item.appendChild(docButton(doc));
      ul.appendChild(item);
    });
    details.appendChild(ul);
    li.appendChild(details);
    return li;
  }

  function row(table, cells, header) {
    var tr = el('tr');
    cells.forEach(function (cell) { tr.appendChild(el(header ? 'th' : 'td', {}, cell || '')); });
    table.appendChild(tr);
  }

  function show(doc) {
    var detail = document.getElementById('detail');
    detail.textContent = '';
    detail.appendChild(el('h2', {}, doc.title));
    detail.appendChild(el('p', { 'class': 'hint' }, [doc.path, doc.category, doc.date, doc.author, doc.status]
      .filter(Boolean).join('　')));
    var files = el('p', { 'class': 'files' });
    doc.files.forEach(function (file) {
      files.appendChild(el('a', { href: file.href, target: '_blank', rel: 'noopener' }, file.name));
    });
    detail.appendChild(el('h3', {}, 'ファイル（新しいタブで開きます）'));
    detail.appendChild(files);
    detail.appendChild(el('h3', {}, '承認の記録'));
    if (doc.approvals.length === 0) {
      detail.appendChild(el('p', { 'class': 'hint' }, '承認の記録はありません。'));
      return;
    }
    var table = el('table', { id: 'approvals' });
    row(table, ['役職', '氏名', '処理', '日時', '代理', 'コメント'], true);
    doc.approvals.forEach(function (a) {
      row(table, [a.step, a.name, a.action, a.date, a.proxyFor ? a.proxyFor + ' の代理' : '', a.comment]);
    });
    detail.appendChild(table);
  }

  function search(text) {
    var results = document.getElementById('results');
    results.textContent = '';
    var query = text.normalize('NFKC').toLowerCase().trim();
    results.hidden = query === '';
    if (query === '') { return; }
    var hits = all.filter(function (doc) { return doc.title.normalize('NFKC').toLowerCase().indexOf(query) >= 0; });
    if (hits.length === 0) { results.appendChild(el('li', { 'class': 'hint' }, '該当する書類はありません。')); }
    hits.forEach(function (doc) {
      var li = el('li');
      li.appendChild(docButton(doc));
      li.appendChild(el('span', { 'class': 'hint' }, '　' + doc.path));
      results.appendChild(li);
    });
  }

  document.getElementById('project').textContent = data.project + ' 電子検査用書類';
  document.title = data.project + ' 電子検査用書類';
  document.getElementById('generated').textContent = data.generatedAt + ' 時点・書類 ' + data.documentCount + ' 件';
  var tree = el('ul');
  data.folders.forEach(function (f) { tree.appendChild(folder(f, [])); });
  document.getElementById('tree').appendChild(tree);
  document.getElementById('search').addEventListener('input', function (event) { search(event.target.value); });
})();
