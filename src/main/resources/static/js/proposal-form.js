// Renders the proposal's Camunda Form with the vendored form-js viewer and keeps the hidden "fields" input
// in step with it, so a plain form post carries the data as JSON. The server checks everything again.
(function () {
  var container = document.getElementById('proposal-form-viewer');
  var input = document.getElementById('proposal-fields');
  if (!container || !input || !window.FormViewer) {
    return;
  }
  var schema = JSON.parse(container.getAttribute('data-schema'));
  var data = JSON.parse(input.value || '{}');
  window.FormViewer.createForm({
    container: container,
    schema: schema,
    data: data,
    properties: { readOnly: container.getAttribute('data-readonly') === 'true' }
  }).then(function (form) {
    form.on('changed', function (event) {
      input.value = JSON.stringify(event.data);
    });
  });
  document.querySelectorAll('form[data-confirm]').forEach(function (form) {
    form.addEventListener('submit', function (event) {
      if (!window.confirm(form.getAttribute('data-confirm'))) {
        event.preventDefault();
      }
    });
  });
})();
