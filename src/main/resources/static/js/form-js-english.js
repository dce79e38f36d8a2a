// form-js (the Camunda Forms renderer) writes its validation messages in English and has no translation service.
// This file says which of Kyoyu's messages answers each of them, once, for both places that show Camunda Forms:
// the portal's proposal pages (proposal-form.js) and Tasklist's task view (tasklist/scripts/kyoyu-form-messages-1.js).
// Each caller words the answer with its own message texts (the portal's come from the server in the user's
// language; Tasklist's are the same Japanese texts), so only the mapping lives here.
(function (global) {
  'use strict';

  var CHOICES = ['radio', 'select', 'checklist', 'taglist'];

  // english: form-js's message; field: {type, label, description}; typed: the text in the field now.
  // Returns [messageName, argument...] with the label first, or null for a message Kyoyu does not know.
  function messageFor(english, field, typed) {
    var label = field.label;
    var m;
    if (english === 'Field is required.') {
      return [CHOICES.indexOf(field.type) >= 0 ? 'choose' : field.type === 'checkbox' ? 'tick' : 'enter', label];
    }
    if (/^Field must match pattern /.test(english)) {
      return field.description ? ['patternDescribed', label, field.description] : ['pattern', label];
    }
    if ((m = /^Field must have minimum value of (.*)\.$/.exec(english))) {
      return ['min', label, m[1]];
    }
    if ((m = /^Field must have maximum value of (.*)\.$/.exec(english))) {
      return ['max', label, m[1]];
    }
    if ((m = /^Field must have minimum length of (.*)\.$/.exec(english))) {
      return ['tooShort', label, m[1]];
    }
    if ((m = /^Field must have maximum length of (.*)\.$/.exec(english))) {
      // counted in characters as the server counts them, not UTF-16 units
      return ['tooLong', label, m[1], Array.from(String(typed === undefined ? '' : typed).trim()).length];
    }
    if (/^Field must be a valid +international phone number/.test(english)) {
      return ['phone', label];
    }
    if (english === 'Field must be a valid email.') {
      return ['email', label];
    }
    if (english === 'Value is not a number.') {
      return ['number', label];
    }
    if (english === 'Value is expected to be an integer.') {
      return ['integer', label];
    }
    if ((m = /^Value is expected to have at most (\d+) decimal/.exec(english))) {
      return ['decimals', label, m[1]];
    }
    if ((m = /^Please select a valid value, the two nearest valid values are (.*) and (.*)\.$/.exec(english))) {
      return ['step', label, m[1], m[2]];
    }
    return null;
  }

  global.KyoyuFormJsEnglish = { messageFor: messageFor };
})(typeof window !== 'undefined' ? window : globalThis);
