// Organisations: an administrator sees every company; a company manager sees their own, with the
// people in it. Phone first: each company is a card, its people a simple list.

import { h } from '../dom.js';
import { t } from '../i18n.js';

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
    member.active ? null : h('span', { class: 'badge badge-wait' }, t('organisations.inactive')))));
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
    toggle,
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
