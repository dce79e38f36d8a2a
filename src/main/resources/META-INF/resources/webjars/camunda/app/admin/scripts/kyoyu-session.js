// Kyoyu: the portal owns login and logout (one login for the portal and every Camunda webapp). When this
// webapp falls back to its own login screen, because the user logged out here or the session ended, send the
// browser to the portal's login page instead, where the single login happens.
const toPortalLogin = () => {
  if (window.location.hash.startsWith('#/login')) {
    window.location.replace('/login?logout');
  }
};
window.addEventListener('hashchange', toPortalLogin);
toPortalLogin();

export default [];
