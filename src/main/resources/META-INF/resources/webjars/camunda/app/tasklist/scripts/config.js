// Kyoyu's Tasklist configuration (replaces the shipped file, so its keyboard shortcuts are restated here).
export default {
  // kyoyu-session.js: login and logout through the portal. kyoyu-portal-*.js: Kyoyu's name and a link home in
  // the header. kyoyu-form-messages-*.js: the task forms' validation messages in Japanese, as in the portal
  // (docs/camunda-webapps.md).
  customScripts: ['scripts/kyoyu-session.js', '../../lib/kyoyu/kyoyu-portal-1.js', 'scripts/kyoyu-form-messages-1.js'],
  // The header reads "Kyoyu 承認タスク（Tasklist）": the product the user is in, and what this webapp is for in it.
  app: {
    vendor: 'Kyoyu',
    name: '承認タスク（Tasklist）'
  },
  // Japanese for every user, whatever the browser says: Camunda picks only the browser's first language, and
  // with 'en' also listed both locale files load and the last one to arrive sets moment's global locale, which
  // left relative times in English ("a minute ago"). ja.json covers every key of the webjar's en.json
  // (CamundaWebappLocaleTests), so no English fallback is needed.
  locales: {
    availableLocales: ['ja'],
    fallbackLocale: 'ja'
  },
  // moment formats (the locale's own tokens are Japanese too: ja.json dateLocales). The cards' and the task's
  // dates (the tooltips of 期限/作成, the task header) in the portal's default date style, 2026/12/07 14:05 and
  // 2026/12/01（火） 10:00 (shared.DateStyle, docs/wording.md); the 期限 column comes from the server in the reader's
  // own style (workflow.TasklistCardDates).
  dateFormat: {
    monthName: 'MMMM',
    day: 'DD',
    abbr: 'YYYY/MM/DD HH:mm',
    normal: 'YYYY/MM/DD HH:mm',
    long: 'YYYY/MM/DD（ddd） HH:mm',
    short: 'YYYY/MM/DD'
  },
  shortcuts: {
    claimTask: {key: 'ctrl+alt+c', description: '選択中のタスクを担当する'},
    focusFilter: {key: 'ctrl+shift+f', description: '一覧の最初のフィルターにフォーカスを移動する'},
    focusList: {key: 'ctrl+alt+l', description: '一覧の最初のタスクにフォーカスを移動する'},
    // No startProcess shortcut: proposals start from the portal, and the start button is hidden (user-styles.css).
    focusForm: {key: 'ctrl+alt+f', description: 'タスクフォームの最初の入力欄にフォーカスを移動する'}
  }
};
