// Kyoyu's Tasklist configuration (replaces the shipped file, so its keyboard shortcuts are restated here).
export default {
  customScripts: ['scripts/kyoyu-session.js'],
  // Tasklist follows the browser's first language (ja-JP -> ja); anything else falls back to English.
  locales: {
    availableLocales: ['ja', 'en'],
    fallbackLocale: 'en'
  },
  shortcuts: {
    claimTask: {key: 'ctrl+alt+c', description: '選択中のタスクを担当する'},
    focusFilter: {key: 'ctrl+shift+f', description: '一覧の最初のフィルターにフォーカスを移動する'},
    focusList: {key: 'ctrl+alt+l', description: '一覧の最初のタスクにフォーカスを移動する'},
    focusForm: {key: 'ctrl+alt+f', description: 'タスクフォームの最初の入力欄にフォーカスを移動する'},
    startProcess: {key: 'ctrl+alt+p', description: 'プロセス開始ダイアログを開く'}
  }
};
