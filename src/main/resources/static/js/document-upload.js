// Resumable uploads for the document register form (S5.8; protocol in docs/modules/document.md).
// Each chosen file is sent in 8 MB chunks at the offset the server reports; after a network drop the page
// asks the offset and goes on, also after a reload (the upload id is remembered per file in localStorage).
// When every file has arrived, the form is sent with their upload ids instead of the files themselves.
(function () {
  'use strict';
  var CHUNK = 8 * 1024 * 1024;
  var form = document.getElementById('register-form');
  if (!form || !window.XMLHttpRequest || !window.Blob || !Blob.prototype.slice) {
    return;
  }
  var input = document.getElementById('files');
  var area = document.getElementById('progress');
  var button = document.getElementById('submit');
  var csrf = form.querySelector('input[name="_csrf"]');

  function request(method, url, body, onProgress, offset) {
    return new Promise(function (resolve, reject) {
      var xhr = new XMLHttpRequest();
      xhr.open(method, url);
      if (offset !== undefined) { xhr.setRequestHeader('Upload-Offset', String(offset)); }
      if (csrf) { xhr.setRequestHeader('X-CSRF-TOKEN', csrf.value); }
      xhr.setRequestHeader('Accept', 'application/json');
      if (body && !(body instanceof Blob)) {
        xhr.setRequestHeader('Content-Type', 'application/json');
        body = JSON.stringify(body);
      }
      if (body instanceof Blob) {
        xhr.setRequestHeader('Content-Type', 'application/offset+octet-stream');
      }
      if (onProgress) { xhr.upload.onprogress = onProgress; }
      xhr.onload = function () { resolve(xhr); };
      xhr.onerror = function () { reject(new Error('network')); };
      xhr.send(body || null);
    });
  }

  function errorText(xhr) {
    try { return JSON.parse(xhr.responseText).errors.map(function (e) { return e.message; }).join(' '); }
    catch (e) { return 'サーバーがエラーを返しました（' + xhr.status + '）。'; }
  }

  function wait(ms) { return new Promise(function (r) { setTimeout(r, ms); }); }

  function row(file) {
    var p = document.createElement('p');
    var label = document.createElement('span');
    var bar = document.createElement('progress');
    var state = document.createElement('span');
    label.textContent = file.name + ' ';
    bar.max = file.size || 1;
    bar.value = 0;
    bar.style.width = '100%';
    state.className = 'hint';
    p.appendChild(label); p.appendChild(bar); p.appendChild(state);
    area.appendChild(p);
    return { bar: bar, state: state };
  }

  async function start(file, key) {
    var known = localStorage.getItem(key);
    if (known) {
      var status = await request('GET', '/api/v1/uploads/' + known);
      if (status.status === 200) { return JSON.parse(status.responseText); }
      localStorage.removeItem(key);
    }
    var created = await request('POST', form.getAttribute('data-uploads'),
      { name: file.name, size: file.size, contentType: file.type || 'application/octet-stream' });
    if (created.status !== 201) { throw new Error(errorText(created)); }
    var upload = JSON.parse(created.responseText);
    localStorage.setItem(key, upload.id);
    return upload;
  }

  async function send(file, view) {
    var key = 'kyoyu-upload:' + form.getAttribute('data-uploads') + ':' + file.name + ':' + file.size + ':' + file.lastModified;
    var upload = await start(file, key);
    var url = '/api/v1/uploads/' + upload.id;
    var offset = upload.offset;
    while (!upload.finished && offset < file.size) {
      try {
        var chunk = file.slice(offset, Math.min(offset + CHUNK, file.size));
        var base = offset;
        var sent = await request('PATCH', url, chunk, function (e) { view.bar.value = base + e.loaded; }, offset);
        if (sent.status === 200) {
          offset = JSON.parse(sent.responseText).offset;
          view.state.textContent = ' ' + Math.floor(offset * 100 / (file.size || 1)) + '%';
          continue;
        }
        if (sent.status !== 400) { throw new Error(errorText(sent)); }
        await wait(500); // another request still writing, or a stale offset: ask the server and go on
      } catch (e) {
        if (e.message !== 'network') { throw e; }
        view.state.textContent = ' 通信が切れました。再開します…';
        await wait(3000);
      }
      var head = await request('GET', url).catch(function () { return null; });
      if (head && head.status === 200) { offset = JSON.parse(head.responseText).offset; }
    }
    var done = await request('POST', url + '/finish');
    if (done.status !== 200) { throw new Error(errorText(done)); }
    view.bar.value = view.bar.max;
    view.state.textContent = ' 送信済み';
    localStorage.removeItem(key);
    return JSON.parse(done.responseText).id;
  }

  form.addEventListener('submit', async function (event) {
    if (!input.files || input.files.length === 0) { return; }
    event.preventDefault();
    button.disabled = true;
    area.textContent = '';
    try {
      for (var i = 0; i < input.files.length; i++) {
        var id = await send(input.files[i], row(input.files[i]));
        var hidden = document.createElement('input');
        hidden.type = 'hidden'; hidden.name = 'uploadIds'; hidden.value = id;
        form.appendChild(hidden);
      }
      input.value = '';
      form.submit();
    } catch (e) {
      var p = document.createElement('p');
      p.className = 'field-error';
      p.textContent = e.message;
      area.appendChild(p);
      button.disabled = false;
    }
  });
}());
