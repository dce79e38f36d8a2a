// Offline inspection package: what index.html (app.js) and side-by-side.html (side-by-side.js) share — the folder
// tree built from assets/data.js and the title search over it. Plain DOM with textContent only (titles are user
// input); no network. Each page says how one document's line looks; the walk and the search are written once here.
(function (global) {
  'use strict';

  function el(tag, attrs, text) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (key) { node.setAttribute(key, attrs[key]); });
    if (text !== undefined && text !== null) { node.textContent = text; }
    return node;
  }

  // Nested <details> per folder, open; line(doc) makes one document's <li>. Every document gets its path
  // ("フォルダ / 下位フォルダ") before line() sees it. Returns the tree and the documents in the tree's order.
  function tree(data, line) {
    var documents = [];
    function folder(f, path) {
      var here = path.concat([f.name]);
      var li = el('li');
      var details = el('details', { open: '' });
      details.appendChild(el('summary', {}, f.name));
      var ul = el('ul');
      f.folders.forEach(function (child) { ul.appendChild(folder(child, here)); });
      f.documents.forEach(function (doc) {
        doc.path = here.join(' / ');
        documents.push(doc);
        ul.appendChild(line(doc));
      });
      details.appendChild(ul);
      li.appendChild(details);
      return li;
    }
    var root = el('ul');
    data.folders.forEach(function (f) { root.appendChild(folder(f, [])); });
    return { root: root, documents: documents };
  }

  // Titles containing the typed text, compared after NFKC and lower case (全角/半角 alike), into #results.
  function search(text, documents, line) {
    var results = document.getElementById('results');
    results.textContent = '';
    var query = text.normalize('NFKC').toLowerCase().trim();
    results.hidden = query === '';
    if (query === '') { return; }
    var hits = documents.filter(function (doc) {
      return doc.title.normalize('NFKC').toLowerCase().indexOf(query) >= 0;
    });
    if (hits.length === 0) { results.appendChild(el('li', { 'class': 'hint' }, '該当する書類はありません。')); }
    hits.forEach(function (doc) { results.appendChild(line(doc)); });
  }

  global.KyoyuInspectionTree = { el: el, tree: tree, search: search };
})(window);
