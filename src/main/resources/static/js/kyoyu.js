// Small behaviours every page may use, declared in the markup with data- attributes. They live here and not
// in onclick/onsubmit attributes because the Content-Security-Policy (script-src 'self') blocks inline script.
//   <form data-confirm="…">      asks before submitting
//   <input data-select-on-focus> selects its text when focused (a URL to copy)
//   <button data-print>          prints the page
(function () {
  document.addEventListener('submit', function (event) {
    var form = event.target;
    var question = form.getAttribute && form.getAttribute('data-confirm');
    if (question && !window.confirm(question)) {
      event.preventDefault();
    }
  });
  document.addEventListener('focusin', function (event) {
    if (event.target.hasAttribute && event.target.hasAttribute('data-select-on-focus')) {
      event.target.select();
    }
  });
  document.addEventListener('click', function (event) {
    var button = event.target.closest && event.target.closest('[data-print]');
    if (button) {
      window.print();
    }
  });
})();
