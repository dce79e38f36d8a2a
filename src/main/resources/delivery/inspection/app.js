// Offline inspection package: the document view beside the folder tree and the title search (tree.js), from
// assets/data.js. Plain DOM with textContent only (titles are user input); no network, no fetch().
(function () {
  'use strict';
  var data = window.KYOYU_INSPECTION;

  var shared = window.KyoyuInspectionTree;
  var el = shared.el;

  function docButton(doc) {
    var button = el('button', { type: 'button', 'class': 'doc' }, doc.title);
    button.addEventListener('click', function () { show(doc); });
    return button;
  }

  function line(doc) {
    var item = el('li');
    item.appendChild(docButton(doc));
    return item;
  }

  function hit(doc) {
    var li = line(doc);
    li.appendChild(el('span', { 'class': 'hint' }, '　' + doc.path));
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

  document.getElementById('project').textContent = data.project + ' 電子検査用書類';
  document.title = data.project + ' 電子検査用書類';
  document.getElementById('generated').textContent = data.generatedAt + ' 時点・書類 ' + data.documentCount + ' 件';
  var tree = shared.tree(data, line);
  document.getElementById('tree').appendChild(tree.root);
  document.getElementById('search').addEventListener('input', function (event) {
    shared.search(event.target.value, tree.documents, hit);
  });
})();
