// One person's account (#/account/12): personal data, roles, company, seats and history. Every
// opening of this page is audited by the server. Administrators also move the person to another
// company or department, ask for a revocation, delete (erase) the account and export its data.

import { h } from '../dom.js';
import { t } from '../i18n.js';
import { getJson, putJson, postJson, request, failureKey } from '../api.js';
import { field, valueOf, clearErrors, showProblem, problemText } from '../form.js';
import { formatDay, formatInstant } from '../format.js';
import { session } from '../session.js';
import { statusBadge, roleNames } from './accounts.js';

function accountId() {
  const match = window.location.hash.match(/^#\/account\/(\d+)/);
  return match ? match[1] : null;
}

function fact(labelKey, value) {
  return h('div', { class: 'fact' }, h('dt', {}, t(labelKey)), h('dd', {}, value ?? '—'));
}

function seatsSection(seats) {
  return h('section', { class: 'card' }, h('h2', {}, t('accounts.seats')),
    seats.length === 0 ? h('p', { class: 'muted' }, t('accounts.noSeats'))
      : h('ul', { class: 'members' }, seats.map((seat) => h('li', { class: 'member' },
        h('span', { class: 'member-name' }, seat.programmeName),
        h('span', {}, `${seat.cohortName} · ${formatDay(seat.startsOn)} – ${formatDay(seat.endsOn)}`)))));
}

function historySection(account) {
  const items = [
    ...account.revocations.map((r) => h('li', { class: 'member' },
      h('span', { class: 'member-name' }, t(`accounts.revocation.${r.status}`)),
      h('span', {}, t('accounts.reasonIs', { reason: r.reason })),
      h('span', { class: 'muted' }, t('accounts.requestedBy', { who: r.requestedBy,
        when: formatInstant(r.requestedAt, { withTime: true }) })),
      r.decidedBy ? h('span', { class: 'muted' }, t('accounts.decidedBy', { who: r.decidedBy,
        when: formatInstant(r.decidedAt, { withTime: true }) })) : null)),
    ...account.erasures.map((e) => h('li', { class: 'member', 'data-testid': 'erasure' },
      h('span', { class: 'member-name' }, t('accounts.erasedTitle')),
      h('span', {}, t('accounts.erasedFields', { fields: e.erasedFields.join(', ') })),
      h('span', {}, t('accounts.reasonIs', { reason: e.reason })),
      h('span', { class: 'muted' }, t('accounts.decidedBy', { who: e.erasedBy,
        when: formatInstant(e.erasedAt, { withTime: true }) })))),
  ];
  return items.length === 0 ? null
    : h('section', { class: 'card' }, h('h2', {}, t('accounts.history')), h('ul', { class: 'members' }, items));
}

function moveForm(account, organisations, reload) {
  const organisation = field('organisationId', t('accounts.organisation'), { type: 'select', id: 'move-organisation',
    value: account.organisationId ?? '',
    choices: [{ value: '', label: t('accounts.noOrganisation') }, ...organisations.map((o) => ({ value: o.id, label: o.name }))] });
  const department = field('department', t('accounts.department'), { type: 'select', id: 'move-department' });
  function fillDepartments(selected) {
    const chosen = organisations.find((o) => String(o.id) === organisation.control.value);
    const names = chosen ? chosen.departments : [];
    department.control.replaceChildren(h('option', { value: '' }, t('accounts.noDepartment')),
      ...names.map((name) => h('option', { value: name, selected: name === selected }, name)));
  }
  fillDepartments(account.department);
  organisation.control.addEventListener('change', () => fillDepartments(null));
  const summary = h('p', { class: 'error', role: 'alert' });
  const done = h('p', { class: 'success', role: 'status' });
  const submit = h('button', { type: 'submit', class: 'button' }, t('accounts.moveSubmit'));
  const form = h('form', { class: 'form', novalidate: true }, organisation.element, department.element, summary, done,
    submit);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearErrors([organisation, department], summary);
    done.textContent = '';
    submit.disabled = true;
    const id = valueOf(organisation);
    const result = await putJson(`/api/accounts/${account.id}/placement`,
      { organisationId: id === null ? null : Number(id), department: valueOf(department) });
    submit.disabled = false;
    if (result.ok) {
      await reload(t('accounts.moved'));
    } else {
      showProblem(result, [organisation, department], summary);
    }
  });
  return h('section', { class: 'card' }, h('h2', {}, t('accounts.moveTitle')), form);
}

function reasonForm({ titleKey, hintKey, submitKey, idPrefix, confirmKey, send, testid }) {
  const reason = field('reason', t('accounts.reason'), { type: 'textarea', required: true, maxlength: 500,
    id: `${idPrefix}-reason`, hint: t(hintKey) });
  const confirm = confirmKey ? field('confirm', t(confirmKey), { type: 'checkbox', id: `${idPrefix}-confirm` }) : null;
  const summary = h('p', { class: 'error', role: 'alert' });
  const submit = h('button', { type: 'submit', class: `button${confirmKey ? ' button-danger' : ''}` }, t(submitKey));
  const form = h('form', { class: 'form', novalidate: true, 'data-testid': testid }, reason.element,
    confirm ? confirm.element : null, summary, submit);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearErrors([reason], summary);
    if (confirm && !confirm.control.checked) {
      confirm.error.textContent = t('accounts.confirmFirst');
      return;
    }
    submit.disabled = true;
    const result = await send(valueOf(reason));
    submit.disabled = false;
    if (!result.ok) {
      showProblem(result, [reason], summary);
    }
  });
  return h('section', { class: 'card' }, h('h2', {}, t(titleKey)), form);
}

/** A new one-time password for someone who lost theirs: shown here once, stored nowhere. */
function newPasswordCard(account) {
  const shown = h('div', { role: 'status', 'aria-live': 'polite' });
  const button = h('button', { type: 'button', class: 'button button-secondary', 'data-testid': 'new-password' },
    t('accounts.newPassword'));
  button.addEventListener('click', async () => {
    if (!window.confirm(t('accounts.newPasswordConfirm'))) {
      return;
    }
    button.disabled = true;
    const result = await postJson(`/api/accounts/${account.id}/one-time-password`);
    button.disabled = false;
    shown.replaceChildren(result.ok
      ? h('p', {}, t('accounts.newPasswordDone', { loginId: result.body.loginId }), ' ',
        h('code', { class: 'one-time-password', 'data-testid': 'new-one-time-password' }, result.body.oneTimePassword))
      : h('p', { class: 'error', role: 'alert' }, problemText(result)));
  });
  return h('section', { class: 'card' }, h('h2', {}, t('accounts.newPassword')),
    h('p', { class: 'hint' }, t('accounts.newPasswordHint')), button, shown);
}

export async function render(view) {
  const id = accountId();
  const title = h('h1', {}, t('accounts.detailTitle'));
  if (!id) {
    view.replaceChildren(title, h('p', { class: 'error', role: 'alert' }, t('common.notFound')));
    return;
  }
  view.replaceChildren(title, h('p', { class: 'muted' }, t('status.loading')));
  const isAdmin = session().signedIn && session().roles.includes('ADMINISTRATOR');
  const [result, organisationsResult] = await Promise.all([getJson(`/api/accounts/${id}`),
    isAdmin ? getJson('/api/organisations') : Promise.resolve({ ok: true, body: [] })]);
  if (!result.ok) {
    view.replaceChildren(title, h('p', { class: 'error', role: 'alert' }, t(failureKey(result))));
    return;
  }
  const account = result.body;
  const reload = async (message) => {
    await render(view);
    if (message) {
      view.querySelector('h1').after(h('p', { class: 'success', role: 'status' }, message));
    }
  };
  const open = account.status === 'ACTIVE' || account.status === 'SUSPENDED';
  const admin = [];
  if (isAdmin) {
    admin.push(h('div', { class: 'actions' },
      h('a', { class: 'button button-secondary', href: `/api/accounts/${account.id}/export`, download: '',
        'data-testid': 'export' }, t('accounts.export'))));
    if (account.status === 'ACTIVE') {
      admin.push(newPasswordCard(account));
    }
    if (open) {
      admin.push(moveForm(account, organisationsResult.ok ? organisationsResult.body : [], reload));
      admin.push(reasonForm({ titleKey: 'accounts.revokeTitle', hintKey: 'accounts.revokeHint',
        submitKey: 'accounts.revokeSubmit', idPrefix: 'revoke', testid: 'revoke-form',
        send: async (reason) => {
          const answer = await postJson(`/api/accounts/${account.id}/revocation-requests`, { reason });
          if (answer.ok) {
            await reload(t('accounts.revokeRequested'));
          }
          return answer;
        } }));
    }
    if (account.status !== 'DELETED') {
      admin.push(reasonForm({ titleKey: 'accounts.deleteTitle', hintKey: 'accounts.deleteHint',
        submitKey: 'accounts.deleteSubmit', idPrefix: 'delete', confirmKey: 'accounts.deleteConfirm',
        testid: 'delete-form',
        send: async (reason) => {
          const answer = await request('DELETE', `/api/accounts/${account.id}`, { reason });
          if (answer.ok) {
            await reload(t('accounts.deleted'));
          }
          return answer;
        } }));
    }
  }
  view.replaceChildren(
    h('p', {}, h('a', { href: '#/accounts' }, t('accounts.back'))),
    title,
    h('section', { class: 'card', 'data-testid': 'account-detail' },
      h('h2', {}, account.displayName, ' ', statusBadge(account.status)),
      h('dl', { class: 'facts' },
        fact('accounts.loginId', account.loginId),
        fact('accounts.email', account.email),
        fact('accounts.roles', roleNames(account.roles)),
        fact('accounts.organisation', account.organisationName),
        fact('accounts.department', account.department),
        fact('accounts.created', formatInstant(account.createdAt)),
        fact('accounts.passwordChanged', formatInstant(account.passwordChangedAt)))),
    seatsSection(account.seats),
    historySection(account),
    ...admin);
}
