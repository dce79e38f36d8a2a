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
  var readOnly = container.getAttribute('data-readonly') === 'true';
  var messages = readMessages(document.getElementById('proposal-form-messages'));
  var serverProblems = readServerProblems();

  window.FormViewer.createForm({
    container: container,
    schema: schema,
    data: data,
    properties: { readOnly: readOnly },
    additionalModules: [kyoyuValidationModule()]
  }).then(function (form) {
    form.on('changed', function (event) {
      input.value = JSON.stringify(event.data);
    });
    // After "保存して入力チェック" the server's findings are shown at each field, as form-js shows its own.
    // form-js registers its field instances in effects after the first paint; validate() before that sees none.
    if (!readOnly && Object.keys(serverProblems).length) {
      validateOnceRendered(form, 60);
    }
  });
  translateSelectPlaceholders(container);

  function validateOnceRendered(form, triesLeft) {
    if (form.get('formFieldInstanceRegistry').getAllKeyed().length || triesLeft <= 0) {
      form.validate();
      return;
    }
    setTimeout(function () {
      validateOnceRendered(form, triesLeft - 1);
    }, 50);
  }

  document.querySelectorAll('form[data-confirm]').forEach(function (form) {
    form.addEventListener('submit', function (event) {
      if (!window.confirm(form.getAttribute('data-confirm'))) {
        event.preventDefault();
      }
    });
  });

  // form-js 1.8.7 writes its validation messages in English and has no translation service. Its validator is
  // a DI service, so a module of ours wraps it: the same checks, the messages the server gives (bundle
  // proposal.properties, handed over by the template in the user's language), with the field's label.
  function kyoyuValidationModule() {
    function KyoyuValidation(validator, formFieldRegistry) {
      var firstValues = {};
      var byInstance = validator.validateFieldInstance.bind(validator);
      validator.validateFieldInstance = function (fieldInstance, value) {
        var field = formFieldRegistry.get(fieldInstance.id);
        return field ? japanese(field, value, byInstance(fieldInstance, value)) : byInstance(fieldInstance, value);
      };
      var byField = validator.validateField.bind(validator);
      validator.validateField = function (field, value) {
        return japanese(field, value, byField(field, value));
      };

      function japanese(field, value, errors) {
        var result = errors.map(function (english) {
          return translate(field, value, english);
        });
        // The server's message stays at its field until the user changes that field's value.
        var fromServer = field.key && serverProblems[field.key];
        var seen = JSON.stringify(value === undefined ? null : value);
        if (!(field.id in firstValues)) {
          firstValues[field.id] = seen;
        }
        if (fromServer && firstValues[field.id] === seen && result.indexOf(fromServer) < 0) {
          result.push(fromServer);
        }
        return result;
      }
    }
    KyoyuValidation.$inject = ['validator', 'formFieldRegistry'];
    return { __init__: ['kyoyuValidation'], kyoyuValidation: ['type', KyoyuValidation] };
  }

  // The mapping from form-js's English is shared with Tasklist (form-js-english.js, loaded before this file).
  function translate(field, value, english) {
    var label = (field.type === 'datetime' ? field.dateLabel : field.label) || field.key;
    var answer = window.KyoyuFormJsEnglish.messageFor(english,
      { type: field.type, label: label, description: field.description }, value);
    return answer ? say.apply(null, answer) : english;
  }

  function say(name) {
    var text = messages[name];
    var args = Array.prototype.slice.call(arguments, 1);
    if (!text) {
      return args.join(' ');
    }
    return text.replace(/\{(\d)\}/g, function (all, index) {
      return args[index] === undefined ? all : String(args[index]);
    });
  }

  // data-msg-too-long="「{0}」は{1}文字以内…" becomes messages.tooLong
  function readMessages(element) {
    var result = {};
    if (!element) {
      return result;
    }
    Object.keys(element.dataset).forEach(function (name) {
      if (name.indexOf('msg') === 0) {
        result[name.charAt(3).toLowerCase() + name.slice(4)] = element.dataset[name];
      }
    });
    return result;
  }

  function readServerProblems() {
    var result = {};
    document.querySelectorAll('#proposal-errors li[data-field]').forEach(function (item) {
      result[item.getAttribute('data-field')] = item.textContent.trim();
    });
    return result;
  }

  // The select's empty state is a text node 'Select' written by form-js itself; nothing configures it.
  function translateSelectPlaceholders(root) {
    var placeholder = messages.selectPlaceholder;
    if (!placeholder || !window.MutationObserver) {
      return;
    }
    function apply() {
      root.querySelectorAll('.fjs-select-placeholder').forEach(function (display) {
        // change the text node itself: Preact keeps that node and writes the chosen label into it later
        var text = display.firstChild;
        if (text && text.nodeType === 3 && text.data === 'Select') {
          text.data = placeholder;
        }
      });
    }
    new MutationObserver(apply).observe(root, { childList: true, subtree: true, characterData: true });
    apply();
  }
})();
