// Administrators: find accounts (by company, role, status, name), issue one (its one-time password
// is shown once), suspend and resume, and decide revocations another administrator asked for.
// The results are one table; on a phone each row is drawn as a card (see .account-table in app.css).

import { h } from '../dom.js';
import { t } from '../i18n.js';
import { getJson, postJson, deleteJson, failureKey } from '../api.js';
import { field, valueOf, clearErrors, showProblem } from '../form.js';
import { formatInstant } from '../format.js';

export const ROLES = ['LEARNER', 'INSTRUCTOR', 'COMPANY_MANAGER', 'COUNSELLOR', 'ADMINISTRATOR'];
const STATUSES = ['ACTIVE', 'SUSPENDED', 'REVOKED'];

export function statusBadge(status) {
  const tone = status === 'ACTIVE' ? 'badge-ok' : 'badge-wait';
  return h('span', { class: `badge ${tone}`, 'data-testid': 'account-status' }, t(`accounts.status.${status}`));
}

export function roleNames(roles) {
  return roles.map((role) => t(`accounts.role.${role}`)).join(', ');
}

function organisationChoices(organisations, emptyKey) {
  return [{ value: '', label: t(emptyKey) }, ...organisations.map((o) => ({ value: o.id, label: o.name }))];
}

function cell(labelKey, ...content) {
  return h('td', { dataset: { label: t(labelKey) } }, ...content);
}

function suspendControls(account, refresh) {
  const area = h('div', { class: 'inline-form' });
  const message = h('p', { class: 'error', role: 'alert' });
  if (account.status === 'SUSPENDED') {
    const resume = h('button', { type: 'button', class: 'button button-secondary', 'data-testid': 'resume' },
      t('accounts.resume'));
    resume.addEventListener('click', async () => {
      resume.disabled = true;
      const result = await deleteJson(`/api/accounts/${account.id}/suspension`);
      if (result.ok) {
        await refresh();
      } else {
        message.textContent = t(failureKey(result));
        resume.disabled = false;
      }
    });
    area.append(resume, message);
    return area;
  }
  if (account.status !== 'ACTIVE') {
    return area;
  }
  const open = h('button', { type: 'button', class: 'button button-secondary', 'data-testid': 'suspend' },
    t('accounts.suspend'));
  open.addEventListener('click', () => {
    const reason = field('reason', t('accounts.suspendReason'), { required: true, maxlength: 500,
      id: `suspend-reason-${account.id}` });
    const confirm = h('button', { type: 'submit', class: 'button', 'data-testid': 'suspend-confirm' },
      t('accounts.suspendConfirm'));
    const cancel = h('button', { type: 'button', class: 'button button-secondary' }, t('accounts.cancel'));
    const form = h('form', { class: 'form compact', novalidate: true }, reason.element,
      h('div', { class: 'actions' }, confirm, cancel), message);
    cancel.addEventListener('click', () => area.replaceChildren(open, message));
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      clearErrors([reason], message);
      confirm.disabled = true;
      const result = await postJson(`/api/accounts/${account.id}/suspension`, { reason: valueOf(reason) });
      confirm.disabled = false;
      if (result.ok) {
        await refresh();
      } else {
        showProblem(result, [reason], message);
      }
    });
    area.replaceChildren(form);
    reason.control.focus();
  });
  area.append(open, message);
  return area;
}

function resultsTable(accounts, organisations, refresh) {
  if (accounts.length === 0) {
    return h('p', { class: 'muted', 'data-testid': 'no-accounts' }, t('accounts.none'));
  }
  const names = new Map(organisations.map((o) => [o.id, o.name]));
  return h('div', { class: 'table-scroll' }, h('table', { class: 'data account-table' },
    h('thead', {}, h('tr', {},
      ['accounts.name', 'accounts.loginId', 'accounts.roles', 'accounts.organisation', 'accounts.statusLabel', '']
        .map((key) => h('th', { scope: 'col' }, key ? t(key) : '')))),
    h('tbody', {}, accounts.map((account) => h('tr', { 'data-testid': 'account-row', dataset: { login: account.loginId } },
      cell('accounts.name', h('a', { href: `#/account/${account.id}`, class: 'account-link' }, account.displayName)),
      cell('accounts.loginId', account.loginId),
      cell('accounts.roles', roleNames(account.roles)),
      cell('accounts.organisation', names.get(account.organisationId) ?? '—',
        account.department ? h('span', { class: 'muted' }, ` · ${account.department}`) : null),
      cell('accounts.statusLabel', statusBadge(account.status)),
      h('td', { class: 'row-actions' }, suspendControls(account, refresh)))))));
}

function issueForm(organisations, onIssued) {
  const loginId = field('loginId', t('accounts.loginId'), { required: true, maxlength: 64, hint: t('accounts.loginIdHint'),
    autocomplete: 'off', id: 'issue-loginId' });
  const displayName = field('displayName', t('accounts.name'), { required: true, maxlength: 200, id: 'issue-displayName' });
  const email = field('email', t('accounts.email'), { type: 'email', maxlength: 254, id: 'issue-email' });
  const organisation = field('organisationId', t('accounts.organisation'), { type: 'select', id: 'issue-organisation',
    choices: organisationChoices(organisations, 'accounts.noOrganisation') });
  const department = field('department', t('accounts.department'), { maxlength: 200, id: 'issue-department' });
  const roleError = h('p', { class: 'field-error', id: 'issue-roles-error', role: 'alert' });
  const roleBoxes = ROLES.map((role) => {
    const box = h('input', { type: 'checkbox', id: `issue-role-${role}`, value: role, checked: role === 'LEARNER' });
    return { role, box, element: h('div', { class: 'field-check' }, box, h('label', { for: `issue-role-${role}` },
      t(`accounts.role.${role}`))) };
  });
  const rolesField = { name: 'roles', control: roleBoxes[0].box, error: roleError };
  const roles = h('fieldset', { class: 'field roles' }, h('legend', {}, t('accounts.roles')),
    roleBoxes.map((r) => r.element), roleError);
  const summary = h('p', { class: 'error', role: 'alert' });
  const issued = h('div', { class: 'issued', 'aria-live': 'polite' });
  const submit = h('button', { type: 'submit', class: 'button' }, t('accounts.issueSubmit'));
  const fields = [loginId, displayName, email, organisation, department, rolesField];
  const form = h('form', { class: 'form', novalidate: true, 'data-testid': 'issue-form' }, loginId.element,
    displayName.element, email.element, roles, organisation.element, department.element, summary, submit);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearErrors(fields, summary);
    issued.replaceChildren();
    submit.disabled = true;
    const organisationId = valueOf(organisation);
    const result = await postJson('/api/accounts', {
      loginId: valueOf(loginId), displayName: valueOf(displayName), email: valueOf(email),
      roles: roleBoxes.filter((r) => r.box.checked).map((r) => r.role),
      organisationId: organisationId === null ? null : Number(organisationId), department: valueOf(department),
    });
    submit.disabled = false;
    if (!result.ok) {
      showProblem(result, fields, summary);
      return;
    }
    form.reset();
    const password = h('code', { class: 'one-time-password', 'data-testid': 'one-time-password' },
      result.body.oneTimePassword);
    const copied = h('span', { class: 'success', role: 'status' });
    const copy = h('button', { type: 'button', class: 'button button-secondary' }, t('accounts.copy'));
    copy.addEventListener('click', async () => {
      try {
        await navigator.clipboard.writeText(result.body.oneTimePassword);
        copied.textContent = t('accounts.copied');
      } catch {
        window.getSelection().selectAllChildren(password);
        copied.textContent = t('accounts.copyByHand');
      }
    });
    issued.replaceChildren(h('div', { class: 'notice' },
      h('p', {}, t('accounts.issued', { loginId: result.body.loginId })),
      h('p', {}, t('accounts.oneTimePassword'), ' ', password),
      h('p', { class: 'hint' }, t('accounts.shownOnce')),
      h('div', { class: 'actions' }, copy, copied)));
    await onIssued();
  });
  return h('details', { class: 'card' }, h('summary', {}, t('accounts.issueTitle')), form, issued);
}

async function revocationList(container, refreshAccounts) {
  const result = await getJson('/api/revocation-requests');
  if (!result.ok) {
    container.replaceChildren();
    return;
  }
  const requests = result.body;
  const reload = async () => {
    await revocationList(container, refreshAccounts);
    await refreshAccounts();
  };
  container.replaceChildren(h('section', { class: 'card', 'data-testid': 'revocations' },
    h('h2', {}, t('accounts.pendingTitle')),
    requests.length === 0 ? h('p', { class: 'muted' }, t('accounts.pendingNone'))
      : h('ul', { class: 'members' }, requests.map((request) => {
        const message = h('p', { class: 'error', role: 'alert' });
        const approve = h('button', { type: 'button', class: 'button' }, t('accounts.approve'));
        const reject = h('button', { type: 'button', class: 'button button-secondary' }, t('accounts.reject'));
        approve.addEventListener('click', async () => {
          const answer = await postJson(`/api/revocation-requests/${request.id}/approval`, {});
          if (answer.ok) {
            await reload();
          } else {
            message.textContent = answer.status === 403 && answer.body?.type?.endsWith(':four-eyes')
              ? t('accounts.fourEyes') : t(failureKey(answer));
          }
        });
        reject.addEventListener('click', async () => {
          const answer = await postJson(`/api/revocation-requests/${request.id}/rejection`, {});
          if (answer.ok) {
            await reload();
          } else {
            message.textContent = t(failureKey(answer));
          }
        });
        return h('li', { class: 'member' },
          h('a', { href: `#/account/${request.accountId}`, class: 'member-name' },
            `${request.accountDisplayName} (${request.accountLoginId})`),
          h('span', {}, t('accounts.reasonIs', { reason: request.reason })),
          h('span', { class: 'muted' }, t('accounts.requestedBy', { who: request.requestedBy,
            when: formatInstant(request.requestedAt, { withTime: true }) })),
          h('div', { class: 'actions' }, approve, reject), message);
      }))));
}

export async function render(view) {
  const title = h('h1', {}, t('accounts.title'));
  view.replaceChildren(title, h('p', { class: 'muted' }, t('status.loading')));
  const organisationsResult = await getJson('/api/organisations');
  if (!organisationsResult.ok) {
    view.replaceChildren(title, h('p', { class: 'error', role: 'alert' }, t(failureKey(organisationsResult))));
    return;
  }
  const organisations = organisationsResult.body;
  const organisation = field('organisationId', t('accounts.organisation'), { type: 'select', id: 'filter-organisation',
    choices: organisationChoices(organisations, 'accounts.anyOrganisation') });
  const role = field('role', t('accounts.roles'), { type: 'select', id: 'filter-role',
    choices: [{ value: '', label: t('accounts.anyRole') }, ...ROLES.map((r) => ({ value: r, label: t(`accounts.role.${r}`) }))] });
  const status = field('status', t('accounts.statusLabel'), { type: 'select', id: 'filter-status',
    choices: [{ value: '', label: t('accounts.anyStatus') }, ...STATUSES.map((s) => ({ value: s, label: t(`accounts.status.${s}`) }))] });
  const text = field('q', t('accounts.search'), { type: 'search', maxlength: 100, id: 'filter-q',
    hint: t('accounts.searchHint') });
  const summary = h('p', { class: 'error', role: 'alert' });
  const results = h('div', { class: 'results', 'aria-live': 'polite', 'data-testid': 'account-results' });
  const filters = h('form', { class: 'form filters', role: 'search', novalidate: true },
    organisation.element, role.element, status.element, text.element,
    h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'button' }, t('accounts.searchSubmit'))),
    summary);
  const fields = [organisation, role, status, text];

  async function refresh() {
    clearErrors(fields, summary);
    const query = new URLSearchParams();
    for (const f of fields) {
      const value = valueOf(f);
      if (value !== null) {
        query.set(f.name, value);
      }
    }
    const result = await getJson(`/api/accounts?${query}`);
    if (!result.ok) {
      showProblem(result, fields, summary);
      return;
    }
    results.replaceChildren(h('p', { class: 'muted' }, t('accounts.count', { count: result.body.length })),
      resultsTable(result.body, organisations, refresh));
  }

  filters.addEventListener('submit', (event) => {
    event.preventDefault();
    refresh();
  });
  const revocations = h('div');
  view.replaceChildren(title,
    h('section', { class: 'card' }, h('h2', {}, t('accounts.filtersTitle')), filters),
    issueForm(organisations, refresh),
    revocations,
    h('section', { class: 'card' }, results));
  await Promise.all([refresh(), revocationList(revocations, refresh)]);
}
