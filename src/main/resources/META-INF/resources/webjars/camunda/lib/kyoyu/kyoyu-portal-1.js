// Kyoyu: Camunda's webapps are part of Kyoyu, not a separate product. Every webapp's header gets a link back to the
// portal's home (Camunda's own brand link only leads to the webapp's start page), and Camunda Admin's pages for
// users, groups and tenants say where those are managed: in Kyoyu, whose administration applies the password
// policy, the history and the audit trail (the server refuses Camunda's own changes: CamundaSelfServiceGuard).
// One file for every webapp: each config.js loads it from /camunda/lib/kyoyu/ (customScripts resolve against the
// webapp's own folder, so ../../lib reaches the folder Camunda serves its shared libraries from); its name
// carries a version because Camunda caches plugin files per Camunda version.

const HOME_LINK_CLASS = 'kyoyu-home-link';
const ADMIN_NOTICE_CLASS = 'kyoyu-identity-notice';

// Admin routes showing users, groups or tenants; each points to the Kyoyu page that manages them.
const IDENTITY_ROUTES = [
  {prefix: '#/users', href: '/admin/users', label: '管理 › 利用者'},
  {prefix: '#/user-', href: '/admin/users', label: '管理 › 利用者'},
  {prefix: '#/groups', href: '/admin/groups', label: '管理 › グループ'},
  {prefix: '#/group-', href: '/admin/groups', label: '管理 › グループ'},
  {prefix: '#/tenants', href: '/admin/users', label: '管理 › 利用者'},
  {prefix: '#/tenant-', href: '/admin/users', label: '管理 › 利用者'}
];

const isAdmin = () => window.location.pathname.includes('/app/admin/');

const addHomeLink = () => {
  const header = document.querySelector('.navbar-header');
  if (!header || header.querySelector('.' + HOME_LINK_CLASS)) {
    return;
  }
  const link = document.createElement('a');
  link.className = HOME_LINK_CLASS;
  link.href = '/';
  link.title = 'Kyoyu のホームへ戻る';
  link.textContent = '← Kyoyu ホーム';
  header.appendChild(link);
};

const showIdentityNotice = () => {
  const existing = document.querySelector('.' + ADMIN_NOTICE_CLASS);
  const route = IDENTITY_ROUTES.find(r => window.location.hash.startsWith(r.prefix));
  if (!route) {
    if (existing) {
      existing.remove();
    }
    return;
  }
  // Below the page's own heading (Admin's pages lay out their heading row and content as one section).
  const heading = document.querySelector('section .section-content > header');
  if (!heading || (existing && existing.dataset.href === route.href && existing.previousElementSibling === heading)) {
    return;
  }
  if (existing) {
    existing.remove();
  }
  const notice = document.createElement('div');
  notice.className = 'alert alert-info ' + ADMIN_NOTICE_CLASS;
  notice.dataset.href = route.href;
  notice.setAttribute('role', 'note');
  notice.append('利用者・グループ・所属・テナントは Kyoyu で管理します（ここでは閲覧のみ）。追加・変更・削除は ');
  const link = document.createElement('a');
  link.href = route.href;
  link.textContent = 'Kyoyu の「' + route.label + '」';
  notice.append(link, ' で行ってください。');
  heading.after(notice);
};

const decorate = () => {
  addHomeLink();
  if (isAdmin()) {
    showIdentityNotice();
  }
};

// The header and the views are rendered by AngularJS after this module runs, and re-rendered on navigation.
new MutationObserver(decorate).observe(document.documentElement, {childList: true, subtree: true});
window.addEventListener('hashchange', decorate);
decorate();

export default [];
