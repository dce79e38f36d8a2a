// Kyoyu's configuration for this Camunda webapp (replaces the shipped file, which configures nothing else).
export default {
  // kyoyu-session.js: login and logout through the portal. kyoyu-audit-*.js: history views for auditors
  // (docs/auditing.md); its name carries a version because Cockpit caches plugin files.
  customScripts: ['scripts/kyoyu-session.js', 'scripts/kyoyu-audit-1.js']
};
