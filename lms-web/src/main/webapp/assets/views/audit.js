// Administrators: search the audit trail (who, what, to what, when, from where) and download what
// they found as CSV. Newest first, fifty a page; the table scrolls sideways on a phone.

import { h } from '../dom.js';
import { t } from '../i18n.js';
import { getJson, failureKey } from '../api.js';
import { field, valueOf, clearErrors, showProblem } from '../form.js';
import { formatInstant } from '../format.js';

const PAGE = 50;

function table(entries) {
  return h('div', { class: 'table-scroll' }, h('table', { class: 'data audit-table', 'data-testid': 'audit-table' },
    h('thead', {}, h('tr', {}, ['audit.when', 'audit.actor', 'audit.action', 'audit.target', 'audit.detail',
      'audit.from'].map((key) => h('th', { scope: 'col' }, t(key))))),
    h('tbody', {}, entries.map((entry) => h('tr', {},
      h('td', { class: 'nowrap' }, formatInstant(entry.occurredAt, { withTime: true })),
      h('td', {}, entry.actor),
      h('td', {}, h('code', {}, entry.action)),
      h('td', {}, entry.target ?? ''),
      h('td', { class: 'detail' }, entry.detail ?? ''),
      h('td', {}, entry.sourceAddress ?? ''))))));
}

export async function render(view) {
  const title = h('h1', {}, t('audit.title'));
  const actor = field('actor', t('audit.actor'), { maxlength: 200, id: 'audit-actor', hint: t('audit.actorHint') });
  const action = field('action', t('audit.action'), { maxlength: 200, id: 'audit-action', hint: t('audit.actionHint') });
  const target = field('target', t('audit.target'), { maxlength: 200, id: 'audit-target', hint: t('audit.targetHint') });
  const from = field('from', t('audit.fromDate'), { type: 'date', id: 'audit-from' });
  const to = field('to', t('audit.toDate'), { type: 'date', id: 'audit-to' });
  const text = field('q', t('audit.text'), { type: 'search', maxlength: 200, id: 'audit-q' });
  const fields = [actor, action, target, from, to, text];
  const summary = h('p', { class: 'error', role: 'alert' });
  const download = h('a', { class: 'button button-secondary', href: '/api/audit/export', download: '',
    'data-testid': 'audit-csv' }, t('audit.csv'));
  const results = h('div', { 'aria-live': 'polite' });
  const form = h('form', { class: 'form filters', role: 'search', novalidate: true }, ...fields.map((f) => f.element),
    h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'button' }, t('audit.searchSubmit')), download),
    summary);
  let offset = 0;

  function query() {
    const params = new URLSearchParams();
    for (const f of fields) {
      const value = valueOf(f);
      if (value !== null) {
        params.set(f.name, value);
      }
    }
    return params;
  }

  // The file must match the filters as they are now, even if they were edited after the last search.
  download.addEventListener('click', () => download.setAttribute('href', `/api/audit/export?${query()}`));

  async function load() {
    clearErrors(fields, summary);
    const params = query();
    download.setAttribute('href', `/api/audit/export?${params}`);
    params.set('limit', String(PAGE));
    params.set('offset', String(offset));
    const result = await getJson(`/api/audit?${params}`);
    if (!result.ok) {
      showProblem(result, fields, summary);
      if (!result.body?.errors) {
        results.replaceChildren(h('p', { class: 'error', role: 'alert' }, t(failureKey(result))));
      }
      return;
    }
    const entries = result.body;
    const newer = h('button', { type: 'button', class: 'button button-secondary', disabled: offset === 0 },
      t('audit.newer'));
    const older = h('button', { type: 'button', class: 'button button-secondary', disabled: entries.length < PAGE },
      t('audit.older'));
    newer.addEventListener('click', () => { offset = Math.max(0, offset - PAGE); load(); });
    older.addEventListener('click', () => { offset += PAGE; load(); });
    results.replaceChildren(
      entries.length === 0 ? h('p', { class: 'muted' }, t('audit.none'))
        : h('p', { class: 'muted' }, t('audit.showing', { first: offset + 1, last: offset + entries.length })),
      entries.length === 0 ? null : table(entries),
      h('div', { class: 'actions' }, newer, older));
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    offset = 0;
    load();
  });
  view.replaceChildren(title, h('section', { class: 'card' }, form), h('section', { class: 'card' }, results));
  await load();
}
