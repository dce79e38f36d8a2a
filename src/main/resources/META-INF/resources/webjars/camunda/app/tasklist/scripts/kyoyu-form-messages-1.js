// Kyoyu: Camunda Forms shown in Tasklist's task view (the approval decision, the post-review) get the portal's
// Japanese validation messages. Tasklist's bundled form-js writes its messages in English ("Field is required.")
// and its empty select says "Select"; Tasklist creates the form itself and offers no hook into its validator, so
// this script rewrites the rendered text instead: every error of a form field and every empty select, as form-js
// writes them (a MutationObserver, because Preact writes them later and again on each change).
// The texts are the portal's, from i18n/proposal.properties (proposal.form.*); TasklistFormMessagesTests fails
// when one here differs from it. Tasklist is Japanese for every user (config.js), so only Japanese is needed.
// The file name carries a version because Camunda caches plugin files per Camunda version.

// Served by the portal (static/js), four levels up from tasklist/scripts/ whatever the context path is.
import '../../../../js/form-js-english.js';

const MESSAGES = {
  choose: '「{0}」を選んでください。', // proposal.form.choose
  tick: '「{0}」にチェックを入れてください。', // proposal.form.tick
  enter: '「{0}」を入力してください。', // proposal.form.enter
  pattern: '「{0}」の形式が正しくありません。', // proposal.form.pattern
  patternDescribed: '「{0}」の形式が正しくありません。（{1}）', // proposal.form.pattern.described
  min: '「{0}」は{1}以上にしてください。', // proposal.form.min
  max: '「{0}」は{1}以下にしてください。', // proposal.form.max
  tooShort: '「{0}」は{1}文字以上で入力してください。', // proposal.form.too-short
  tooLong: '「{0}」は{1}文字以内で入力してください（今は{2}文字です）。', // proposal.form.too-long
  number: '「{0}」は半角の数字で入力してください。', // proposal.form.number
  integer: '「{0}」は整数で入力してください。', // proposal.form.integer
  decimals: '「{0}」は小数点以下{1}桁までで入力してください。', // proposal.form.decimals
  step: '「{0}」は決められた刻みの値で入力してください（近い値: {1}、{2}）。', // proposal.form.step
  email: '「{0}」はメールアドレスの形で入力してください。', // proposal.form.email
  phone: '「{0}」は国番号から始まる電話番号（例: +81312345678）で入力してください。', // proposal.form.phone
  selectPlaceholder: '選択してください' // proposal.form.select-placeholder
};

const say = (name, ...args) =>
  MESSAGES[name].replace(/\{(\d)\}/g, (all, index) => (args[index] === undefined ? all : String(args[index])));

// The field an error belongs to: its type from form-js's class fjs-form-field-<type>, its label without the
// required asterisk, its description, and the value typed (for "今は{2}文字です").
const fieldOf = (element) => {
  const field = element.closest('.fjs-form-field');
  if (!field) {
    return null;
  }
  const typeClass = Array.from(field.classList).find((name) => /^fjs-form-field-[a-z]+$/.test(name));
  const label = field.querySelector('.fjs-form-field-label');
  const description = field.querySelector('.fjs-form-field-description');
  const input = field.querySelector('textarea, input:not([type=radio]):not([type=checkbox])');
  return {
    type: typeClass ? typeClass.substring('fjs-form-field-'.length) : '',
    label: label ? label.textContent.replace(/\*\s*$/, '').trim() : '',
    description: description ? description.textContent.trim() : '',
    value: input ? input.value : ''
  };
};

// The mapping from form-js's English is the portal's own (/js/form-js-english.js, imported above).
const translate = (field, english) => {
  const answer = globalThis.KyoyuFormJsEnglish.messageFor(english, field, field.value);
  return answer ? say(...answer) : english;
};

// Changes the text node itself, as Preact keeps that node and writes the next message into it.
const rewrite = (node, text) => {
  if (node && node.nodeType === 3 && text !== node.data) {
    node.data = text;
  }
};

const japanese = () => {
  document.querySelectorAll('.fjs-form-field-error li').forEach((item) => {
    const field = fieldOf(item);
    const text = item.firstChild;
    if (field && text && text.nodeType === 3) {
      rewrite(text, translate(field, text.data));
    }
  });
  document.querySelectorAll('.fjs-select-placeholder').forEach((display) => {
    const text = display.firstChild;
    if (text && text.nodeType === 3 && text.data === 'Select') {
      rewrite(text, MESSAGES.selectPlaceholder);
    }
  });
};

new MutationObserver(japanese).observe(document.documentElement, {childList: true, subtree: true, characterData: true});
japanese();

export default [];
