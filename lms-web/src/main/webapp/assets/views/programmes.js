// Administrators: every programme with its cohorts, their dates and how many seats are taken.

import { h } from '../dom.js';
import { t } from '../i18n.js';
import { formatDay } from '../format.js';

function seatsBar(taken, limit) {
  if (!limit) {
    return h('span', { class: 'seats' }, t('programmes.seatsNoLimit', { taken }));
  }
  const percent = Math.min(100, Math.round((taken / limit) * 100));
  return h('div', { class: 'seats' },
    h('span', {}, t('programmes.seats', { taken, limit })),
    h('progress', { max: limit, value: taken, 'aria-label': t('programmes.seats', { taken, limit }) },
      `${percent}%`));
}

function cohortRow(cohort) {
  return h('li', { class: 'cohort' },
    h('div', { class: 'cohort-head' },
      h('strong', {}, cohort.name),
      h('span', { class: 'muted' }, `${formatDay(cohort.startsOn)} – ${formatDay(cohort.endsOn)}`)),
    seatsBar(cohort.seatsTaken, cohort.seatLimit),
    cohort.invitedReserve > 0
      ? h('p', { class: 'hint' }, t('programmes.reserve', { count: cohort.invitedReserve })) : null);
}

function programmeCard(programme) {
  return h('section', { class: 'card', 'data-testid': `programme-${programme.code}` },
    h('h2', {}, programme.name),
    h('p', { class: 'muted' }, programme.code),
    programme.seatLimit ? seatsBar(programme.seatsTaken, programme.seatLimit) : null,
    programme.cohorts.length === 0
      ? h('p', { class: 'muted' }, t('programmes.noCohorts'))
      : h('ul', { class: 'cohorts' }, programme.cohorts.map(cohortRow)));
}

export async function render(view) {
  view.replaceChildren(h('h1', {}, t('programmes.title')), h('p', { class: 'muted' }, t('status.loading')));
  const response = await fetch('/api/programmes', { credentials: 'same-origin' });
  if (!response.ok) {
    view.replaceChildren(h('h1', {}, t('programmes.title')),
      h('p', { class: 'error', role: 'alert' }, t(response.status === 401 ? 'common.signInFirst' : 'common.notAllowed')));
    return;
  }
  const programmes = await response.json();
  view.replaceChildren(
    h('h1', {}, t('programmes.title')),
    programmes.length === 0 ? h('p', {}, t('programmes.none')) : h('div', { class: 'grid' },
      programmes.map(programmeCard)));
}
