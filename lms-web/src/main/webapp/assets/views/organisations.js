// Organisations: an administrator sees every company; a company manager sees their own, with the
// people in it. Phone first: each company is a card, its people a simple list.

import { h } from '../dom.js';
import { t } from '../i18n.js';
import { csrfHeaders } from '../session.js';

async function getJson(url) {
  const response = await fetch(url, { credentials: 'same-origin' });
  if (!response.ok) {
    const error = new Error(String(response.status));
    error.status = response.status;
    throw error;
  }
  return response.json();
}

function membersList(members) {
  if (members.length === 0) {
    return h('p', { class: 'muted' }, t('organisations.noMembers'));
  }
  return h('ul', { class: 'members' }, members.map((member) => h('li', { class: 'member' },
    h('span', { class: 'member-name' }, member.displayName),
    h('span', { class: 'muted' }, [member.loginId, member.department].filter(Boolean).join(' · ')),
    member.active ? null : h('span', { class: 'badge badge-wait' }, t('organisations.inactive')),
    member.awaitingFirstSignIn ? h('span', { class: 'badge badge-wait' }, t('organisations.awaitingFirstSignIn')) : null)));
}

/**
 * Downloads the sign-in sheet: the server issues new one-time passwords for the people who have
 * not signed in yet and answers with a CSV file, which is saved through a temporary link.
 */
async function downloadCredentials(organisation, message) {
  if (!window.confirm(t('organisations.credentialsConfirm'))) {
    return;
  }
  message.className = 'muted';
  message.textContent = t('status.loading');
  try {
    const response = await fetch(`/api/organisations/${organisation.id}/credentials`, {
      method: 'POST', credentials: 'same-origin', headers: { Accept: 'text/csv', ...csrfHeaders() },
    });
    if (!response.ok) {
      message.className = 'error';
      message.textContent = t(response.status === 409 ? 'organisations.credentialsNobody' : 'common.tryAgain');
      return;
    }
    const url = URL.createObjectURL(await response.blob());
    const name = /filename="([^"]+)"/.exec(response.headers.get('Content-Disposition') ?? '')?.[1] ?? 'credentials.csv';
    const link = h('a', { href: url, download: name });
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    message.className = 'success';
    message.textContent = t('organisations.credentialsDone');
  } catch {
    message.className = 'error';
    message.textContent = t('common.tryAgain');
  }
}

function organisationCard(organisation) {
  const people = h('div', { class: 'people' });
  const toggle = h('button', { type: 'button', class: 'button button-secondary', 'aria-expanded': 'false' },
    t('organisations.showPeople'));
  toggle.addEventListener('click', async () => {
    if (toggle.getAttribute('aria-expanded') === 'true') {
      people.replaceChildren();
      toggle.setAttribute('aria-expanded', 'false');
      toggle.textContent = t('organisations.showPeople');
      return;
    }
    toggle.disabled = true;
    try {
      people.replaceChildren(membersList(await getJson(`/api/organisations/${organisation.id}/members`)));
      toggle.setAttribute('aria-expanded', 'true');
      toggle.textContent = t('organisations.hidePeople');
    } catch {
      people.replaceChildren(h('p', { class: 'error', role: 'alert' }, t('common.tryAgain')));
    } finally {
      toggle.disabled = false;
    }
  });
  const credentialsMessage = h('p', { role: 'status', 'data-testid': 'credentials-message' });
  const credentials = h('button', { type: 'button', class: 'button button-secondary', 'data-testid': 'download-credentials' },
    t('organisations.credentials'));
  credentials.addEventListener('click', () => downloadCredentials(organisation, credentialsMessage));
  return h('section', { class: 'card', 'data-testid': 'organisation' },
    h('h2', {}, organisation.name),
    h('dl', { class: 'facts' },
      h('div', { class: 'fact' }, h('dt', {}, t('organisations.employees')), h('dd', {}, String(organisation.employeeCount))),
      h('div', { class: 'fact' }, h('dt', {}, t('organisations.seatsHeld')), h('dd', {}, String(organisation.seatsHeld))),
      organisation.contactName
        ? h('div', { class: 'fact' }, h('dt', {}, t('organisations.contact')), h('dd', {}, organisation.contactName))
        : null,
      organisation.departments.length
        ? h('div', { class: 'fact' }, h('dt', {}, t('organisations.departments')),
          h('dd', {}, organisation.departments.join(', ')))
        : null),
    h('div', { class: 'actions' }, toggle, credentials),
    credentialsMessage,
    people);
}

export async function render(view) {
  view.replaceChildren(h('h1', {}, t('organisations.title')), h('p', { class: 'muted' }, t('status.loading')));
  try {
    const organisations = await getJson('/api/organisations');
    view.replaceChildren(
      h('h1', {}, t('organisations.title')),
      organisations.length === 0 ? h('p', {}, t('organisations.none'))
        : h('div', { class: 'grid' }, organisations.map(organisationCard)));
  } catch (error) {
    view.replaceChildren(h('h1', {}, t('organisations.title')), h('p', { class: 'error', role: 'alert' },
      t(error.status === 401 ? 'common.signInFirst' : error.status === 403 ? 'common.notAllowed' : 'common.tryAgain')));
  }
}
