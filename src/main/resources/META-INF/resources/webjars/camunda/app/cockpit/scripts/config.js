// Kyoyu's configuration for this Camunda webapp (replaces the shipped file, which configures nothing else).
export default {
  // kyoyu-session.js: login and logout through the portal. kyoyu-portal-*.js: Kyoyu's name and a link home in
  // the header (docs/camunda-webapps.md). kyoyu-audit-*.js: history views for auditors (docs/auditing.md).
  // Plugin file names carry a version because Camunda caches them per Camunda version.
  customScripts: ['scripts/kyoyu-session.js', '../../lib/kyoyu/kyoyu-portal-1.js', 'scripts/kyoyu-audit-2.js'],
  // The header reads "Kyoyu 監査・プロセス監視（Cockpit）": the product the user is in, and what this webapp is for in it.
  app: {
    vendor: 'Kyoyu',
    name: '監査・プロセス監視（Cockpit）'
  },
  // Japanese for every user, whatever the browser says: Camunda picks only the browser's first language, and
  // with 'en' also listed both locale files load and the last one to arrive sets moment's global locale, which
  // left relative times in English ("a minute ago"). ja.json covers every key of the webjar's en.json
  // (CamundaWebappLocaleTests), so no English fallback is needed.
  locales: {
    availableLocales: ['ja'],
    fallbackLocale: 'ja'
  },
  // moment formats (the locale's own tokens are Japanese too: ja.json dateLocales).
  dateFormat: {
    monthName: 'MMMM',
    day: 'DD',
    abbr: 'YYYY/MM/DD HH:mm',
    normal: 'YYYY年M月D日 HH:mm',
    long: 'YYYY年M月D日(ddd) HH:mm',
    short: 'YYYY/MM/DD'
  }
};
