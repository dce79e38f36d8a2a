// Kyoyu: history views for auditors in Cockpit CE, whose own history views are Enterprise-only. Finished
// process instances of any process (filter by definition and business key), and per instance its steps
// (historic activity instances), the people who acted (assignees, users in the operation log) and the user
// operation log. Plain ES module, no build; reads the engine REST API of the Cockpit session (docs/auditing.md).
// Per instance also 「承認の記録」: what each step really was (承認, 差戻し, 先行承認, 後閲, 代理 …) from Kyoyu's
// approval record, checked against Camunda's history. Camunda only knows that a task was completed, so this part
// is read from Kyoyu (/admin/audit/processes/{id}/record), under the portal page's own right (管理 閲覧).
// The file name carries a version because Cockpit caches plugin files per Camunda version: bump it on change.

const TEXTS = {
  ja: {
    nav: '監査（完了分）', listTitle: '完了したプロセス（監査用）', definition: 'プロセス', allDefinitions: 'すべて',
    businessKey: '業務キー（一部でも可）', search: '検索', businessKeyCol: '業務キー', started: '開始', ended: '終了',
    duration: '所要時間', state: '状態', startedBy: '開始者', open: '詳細', none: '該当するプロセスはありません。',
    count: (n) => `${n} 件`, previous: '前へ', next: '次へ', loading: '読み込み中…', failed: '読み込めませんでした',
    instanceTitle: '完了したプロセスの履歴', back: '一覧へ戻る', steps: '手順', step: '手順名', type: '種類',
    assignee: '担当者', actors: '関わった人', actor: '利用者', roles: '関わり方', asAssignee: '担当',
    asOperator: '操作', asStarter: '開始', opLog: '操作ログ', at: '日時', user: '利用者', operation: '操作',
    entity: '対象', property: '項目', change: '変更', noLog: '操作ログはありません。', notFinished: 'このプロセスはまだ完了していません。',
    record: '承認の記録（Kyoyu）', recordTab: '承認の記録', action: '操作', actedBy: '操作した人', onBehalfOf: '代理元',
    comment: 'コメント', engine: 'Camunda の記録', proxy: '代理', openStep: '未完了', noRecord: '記録された手順はありません。',
    recordForbidden: '承認の記録を見るには、Kyoyu の「管理」の閲覧権限が必要です。',
    recordChecked: 'Kyoyu の承認記録を Camunda の履歴と照合した結果です。', recordEngineOnly: 'このプロセスには Kyoyu の承認記録がありません。Camunda の記録です。',
    behalf: (name) => `${name}の代理`, engineTask: (task, assignee, by) => `${task}（担当 ${assignee || '-'}・完了 ${by || '-'}）`
  },
  en: {
    nav: 'Audit (finished)', listTitle: 'Finished process instances (audit)', definition: 'Process',
    allDefinitions: 'All', businessKey: 'Business key (part)', search: 'Search', businessKeyCol: 'Business key',
    started: 'Started', ended: 'Ended', duration: 'Duration', state: 'State', startedBy: 'Started by',
    open: 'Details', none: 'No matching process instances.', count: (n) => `${n} instances`, previous: 'Previous',
    next: 'Next', loading: 'Loading…', failed: 'Could not load', instanceTitle: 'History of a finished process instance',
    back: 'Back to the list', steps: 'Steps', step: 'Step', type: 'Type', assignee: 'Assignee', actors: 'People involved',
    actor: 'User', roles: 'Involvement', asAssignee: 'assignee', asOperator: 'operator', asStarter: 'starter',
    opLog: 'User operation log', at: 'Time', user: 'User', operation: 'Operation', entity: 'Entity',
    property: 'Property', change: 'Change', noLog: 'No operations logged.', notFinished: 'This instance has not finished yet.',
    record: 'Approval record (Kyoyu)', recordTab: 'Approval record', action: 'Action', actedBy: 'Done by',
    onBehalfOf: 'On behalf of', comment: 'Comment', engine: "Camunda's record", proxy: 'Deputy', openStep: 'open',
    noRecord: 'No steps recorded.', recordForbidden: "Reading the approval record needs Kyoyu's administration READ right.",
    recordChecked: "Kyoyu's approval record, checked against Camunda's history.", recordEngineOnly: 'No Kyoyu approval record for this process; Camunda\'s record.',
    behalf: (name) => `on behalf of ${name}`, engineTask: (task, assignee, by) => `${task} (assignee ${assignee || '-'}, completed by ${by || '-'})`
  }
};
// Cockpit itself only looks at the browser's first language; so do we.
const LANG = ((navigator.languages && navigator.languages[0]) || navigator.language || 'en').split('-')[0];
const T = TEXTS[LANG] || TEXTS.en;
const PAGE = 50;

const el = (tag, attrs = {}, ...children) => {
  const node = document.createElement(tag);
  Object.entries(attrs).forEach(([name, value]) => node.setAttribute(name, value));
  children.flat().forEach((child) => node.append(child instanceof Node ? child : String(child ?? '')));
  return node;
};

const get = async (api, path, params = {}) => {
  const query = new URLSearchParams(Object.entries(params).filter(([, v]) => v !== undefined && v !== ''));
  const response = await fetch(`${api.engineApi}${path}${query.toString() ? '?' + query : ''}`,
    { headers: { Accept: 'application/json', 'X-XSRF-TOKEN': api.CSRFToken || '' }, credentials: 'same-origin' });
  if (!response.ok) {
    throw new Error(`${response.status} ${path}`);
  }
  return response.json();
};

// The engine answers 2026-11-26T09:00:00.000+0900; Date wants a colon in the offset.
const when = (value) => {
  if (!value) return '';
  const date = new Date(value.replace(/([+-]\d\d)(\d\d)$/, '$1:$2'));
  const pad = (n) => String(n).padStart(2, '0');
  return `${date.getFullYear()}/${pad(date.getMonth() + 1)}/${pad(date.getDate())} `
    + `${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}`;
};

const took = (millis) => {
  if (millis === null || millis === undefined) return '';
  const seconds = Math.round(millis / 1000);
  const [d, h, m, s] = [Math.floor(seconds / 86400), Math.floor(seconds / 3600) % 24, Math.floor(seconds / 60) % 60, seconds % 60];
  return (d ? `${d}d ` : '') + `${h}:${String(m).padStart(2, '0')}:${String(s).padStart(2, '0')}`;
};

const table = (className, titles, rows) => el('table', { class: `table table-bordered table-condensed ${className}` },
  el('thead', {}, el('tr', {}, titles.map((title) => el('th', {}, title)))),
  el('tbody', {}, rows.map((cells) => el('tr', {}, cells.map((cell) => el('td', {}, cell))))));

const showError = (node, error) => node.replaceChildren(el('p', { class: 'alert alert-danger' }, `${T.failed}: ${error.message}`));

// Kyoyu's own pages sit beside Camunda's application path: /camunda/api/engine → the portal's root.
const kyoyuRoot = (api) => api.baseApi.replace(/\/[^/]+\/api\/engine\/?$/, '');

const person = (id, name) => (id ? `${name || id}（${id}）` : '');

// 「承認の記録」: Kyoyu's rows for one instance, each with what Camunda recorded and where the two disagree.
async function renderRecord(node, api, processInstanceId) {
  node.replaceChildren(el('p', {}, T.loading));
  try {
    const response = await fetch(`${kyoyuRoot(api)}/admin/audit/processes/${encodeURIComponent(processInstanceId)}/record`,
      { headers: { Accept: 'application/json' }, credentials: 'same-origin' });
    if (response.status === 403 || response.status === 401 || response.redirected) {
      node.replaceChildren(el('p', { class: 'alert alert-warning kyoyu-record-forbidden' }, T.recordForbidden));
      return;
    }
    if (!response.ok) throw new Error(`${response.status}`);
    const process = await response.json();
    const rows = process.steps.map((s) => {
      const action = el('td', {}, el('strong', {}, s.actionName || ''));
      if (s.proxy) action.append(' ', el('span', { class: 'label label-info kyoyu-proxy' }, T.proxy));
      if (s.open) action.append(' ', el('span', { class: 'label label-default' }, T.openStep));
      const engine = el('td', {}, s.engineTask ? T.engineTask(s.engineTask, s.engineAssignee, s.engineCompletedBy) : '');
      if (s.mismatch) engine.append(' ', el('strong', { class: 'text-danger kyoyu-mismatch' }, s.mismatch));
      return el('tr', { class: s.mismatch ? 'danger' : '', 'data-action': s.action || '' }, action,
        el('td', {}, person(s.actorId, s.actorName)),
        el('td', {}, s.onBehalfOfId ? T.behalf(person(s.onBehalfOfId, s.onBehalfOfName)) : ''),
        el('td', {}, when(s.at)), el('td', { style: 'white-space: pre-wrap' }, s.comment || ''), engine);
    });
    node.replaceChildren(el('p', { class: 'text-muted' }, process.checked ? T.recordChecked : T.recordEngineOnly),
      rows.length ? el('table', { class: 'table table-bordered table-condensed kyoyu-approval-record' },
        el('thead', {}, el('tr', {}, [T.action, T.actedBy, T.onBehalfOf, T.at, T.comment, T.engine].map((t) => el('th', {}, t)))),
        el('tbody', {}, rows)) : el('p', {}, T.noRecord));
  } catch (error) {
    showError(node, error);
  }
}

// The route's own parameters: Cockpit gives route plugins only `api`.
const hashParam = (name) => new URLSearchParams((window.location.hash.split('?')[1]) || '').get(name) || '';

function renderList(node, api, presetDefinitionKey) {
  const state = { key: presetDefinitionKey || hashParam('definition'), businessKey: hashParam('businessKey'), first: 0 };
  const select = el('select', { class: 'form-control', name: 'definition' }, el('option', { value: '' }, T.allDefinitions));
  const input = el('input', { class: 'form-control', name: 'businessKey', type: 'text' });
  input.value = state.businessKey;
  const form = el('form', { class: 'form-inline kyoyu-audit-filter' },
    el('label', {}, T.definition, ' ', select), ' ', el('label', {}, T.businessKey, ' ', input), ' ',
    el('button', { class: 'btn btn-primary', type: 'submit' }, T.search));
  const result = el('div', { class: 'kyoyu-audit-result' }, T.loading);
  node.replaceChildren(el('section', { class: 'kyoyu-audit', style: 'padding: 15px' }, el('h2', {}, T.listTitle), form, result));

  get(api, '/process-definition', { sortBy: 'name', sortOrder: 'asc' }).then((definitions) => {
    const names = new Map();
    definitions.forEach((d) => names.set(d.key, d.name || d.key));
    [...names].forEach(([key, name]) => select.append(el('option', { value: key }, `${name} (${key})`)));
    select.value = state.key;
  }).catch(() => {});

  const load = async () => {
    const filter = { finished: true, processDefinitionKey: state.key,
      processInstanceBusinessKeyLike: state.businessKey ? `%${state.businessKey}%` : '' };
    try {
      const [{ count }, instances] = await Promise.all([
        get(api, '/history/process-instance/count', filter),
        get(api, '/history/process-instance', { ...filter, sortBy: 'endTime', sortOrder: 'desc', firstResult: state.first, maxResults: PAGE })]);
      if (!instances.length) {
        result.replaceChildren(el('p', {}, T.none));
        return;
      }
      const pager = el('p', {}, T.count(count), ' ');
      if (state.first > 0) pager.append(el('button', { class: 'btn btn-default btn-xs', 'data-page': 'previous', type: 'button' }, T.previous), ' ');
      if (state.first + PAGE < count) pager.append(el('button', { class: 'btn btn-default btn-xs', 'data-page': 'next', type: 'button' }, T.next));
      pager.addEventListener('click', (event) => {
        const page = event.target.getAttribute('data-page');
        if (page) { state.first += page === 'next' ? PAGE : -PAGE; load(); }
      });
      result.replaceChildren(pager, table('kyoyu-audit-instances',
        [T.businessKeyCol, T.definition, T.started, T.ended, T.duration, T.state, T.startedBy, ''],
        instances.map((i) => [i.businessKey || '', i.processDefinitionName || i.processDefinitionKey, when(i.startTime),
          when(i.endTime), took(i.durationInMillis), i.state || '', i.startUserId || '',
          el('a', { href: `#/process-instance/${encodeURIComponent(i.id)}/history` }, T.open)])));
    } catch (error) {
      showError(result, error);
    }
  };
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    Object.assign(state, { key: select.value, businessKey: input.value.trim(), first: 0 });
    load();
  });
  load();
}

async function renderInstance(node, api) {
  const id = decodeURIComponent((window.location.hash.match(/process-instance\/([^/?]+)\/history/) || [])[1] || '');
  const page = el('section', { class: 'kyoyu-audit', style: 'padding: 15px' }, el('p', {}, T.loading));
  node.replaceChildren(page);
  try {
    const [instance, activities, tasks, log] = await Promise.all([
      get(api, `/history/process-instance/${encodeURIComponent(id)}`),
      get(api, '/history/activity-instance', { processInstanceId: id, sortBy: 'occurrence', sortOrder: 'asc', maxResults: 1000 }),
      get(api, '/history/task', { processInstanceId: id, maxResults: 1000 }),
      get(api, '/history/user-operation', { processInstanceId: id, sortBy: 'timestamp', sortOrder: 'asc', maxResults: 1000 })]);
    const visible = activities.filter((a) => !['sequenceFlow'].includes(a.activityType));
    const actors = new Map();
    const involve = (userId, role) => {
      if (!userId) return;
      if (!actors.has(userId)) actors.set(userId, new Set());
      actors.get(userId).add(role);
    };
    involve(instance.startUserId, T.asStarter);
    visible.forEach((a) => involve(a.assignee, T.asAssignee));
    tasks.forEach((t) => involve(t.assignee, T.asAssignee));
    log.forEach((entry) => involve(entry.userId, T.asOperator));
    const record = el('div', { class: 'kyoyu-record' });
    renderRecord(record, api, id);
    page.replaceChildren(
      el('p', {}, el('a', { href: `#/audit?definition=${encodeURIComponent(instance.processDefinitionKey)}` }, T.back)),
      el('h2', {}, T.instanceTitle),
      table('kyoyu-audit-summary', [T.businessKeyCol, T.definition, T.started, T.ended, T.duration, T.state], [[
        instance.businessKey || '', instance.processDefinitionName || instance.processDefinitionKey, when(instance.startTime),
        when(instance.endTime), took(instance.durationInMillis), instance.state || '']]),
      instance.endTime ? '' : el('p', { class: 'alert alert-warning' }, T.notFinished),
      el('h3', {}, T.record),
      record,
      el('h3', {}, T.steps),
      table('kyoyu-audit-steps', [T.step, T.type, T.assignee, T.started, T.ended, T.duration],
        visible.map((a) => [a.activityName || a.activityId, a.activityType, a.assignee || '', when(a.startTime), when(a.endTime), took(a.durationInMillis)])),
      el('h3', {}, T.actors),
      table('kyoyu-audit-actors', [T.actor, T.roles], [...actors].map(([userId, roles]) => [userId, [...roles].join('、')])),
      el('h3', {}, T.opLog),
      log.length ? table('kyoyu-audit-log', [T.at, T.user, T.operation, T.entity, T.property, T.change],
        log.map((e) => [when(e.timestamp), e.userId || '', e.operationType, e.entityType, e.property || '',
          e.property ? `${e.orgValue ?? ''} → ${e.newValue ?? ''}` : ''])) : el('p', {}, T.noLog));
  } catch (error) {
    showError(page, error);
  }
}

async function renderDefinitionHistory(node, api) {
  const id = decodeURIComponent((window.location.hash.match(/process-definition\/([^/?]+)\/history/) || [])[1] || '');
  try {
    const definition = await get(api, `/process-definition/${encodeURIComponent(id)}`);
    renderList(node, api, definition.key);
  } catch (error) {
    showError(node, error);
  }
}

export default [
  { id: 'kyoyuAuditNavigation', pluginPoint: 'cockpit.navigation', priority: 5, properties: { path: '/audit' },
    render: (node) => { node.replaceChildren(el('a', { href: '#/audit' }, T.nav)); } },
  { id: 'kyoyuAuditList', pluginPoint: 'cockpit.route', properties: { path: '/audit' },
    render: (node, { api }) => { renderList(node, api); } },
  // With a view called "history" registered, Cockpit CE sends a finished instance to
  // #/process-instance/{id}/history instead of an error, and offers "History" in the breadcrumbs.
  { id: 'history', pluginPoint: 'cockpit.processInstance.view', properties: { label: T.nav }, render: () => {} },
  { id: 'history', pluginPoint: 'cockpit.processDefinition.view', properties: { label: T.nav }, render: () => {} },
  // A running instance's page: the approval record so far, as a tab next to Cockpit's own.
  { id: 'kyoyuApprovalRecordTab', pluginPoint: 'cockpit.processInstance.runtime.tab', priority: 20,
    properties: { label: T.recordTab },
    render: (node, { api, processInstanceId }) => {
      const record = el('div', { class: 'kyoyu-record' });
      node.replaceChildren(record);
      renderRecord(record, api, processInstanceId);
    } },
  { id: 'kyoyuAuditInstance', pluginPoint: 'cockpit.route', properties: { path: '/process-instance/:id/history' },
    render: (node, { api }) => { renderInstance(node, api); } },
  { id: 'kyoyuAuditDefinition', pluginPoint: 'cockpit.route', properties: { path: '/process-definition/:id/history' },
    render: (node, { api }) => { renderDefinitionHistory(node, api); } }
];
