// Kyoyu's configuration for this Camunda webapp (replaces the shipped file, which configures nothing else).
export default {
  customScripts: ['scripts/kyoyu-session.js']
};
