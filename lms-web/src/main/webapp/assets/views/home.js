// The home page: what Manabi is, and the live status of this server.

import { h } from '../dom.js';
import { t } from '../i18n.js';
import { formatInstant } from '../format.js';
import { session } from '../session.js';
import { getJson } from '../api.js';
import { formatDay as day } from '../format.js';

function fact(label, value, testId) {
  return h('div', { class: 'fact' },
    h('dt', {}, label),
    h('dd', { 'data-testid': testId }, value));
}

function statusCard(status) {
  const health = status.ready
    ? h('span', { class: 'badge badge-ok' }, h('span', { 'aria-hidden': 'true' }, '● '), t('status.health.up'))
    : h('span', { class: 'badge badge-wait' }, h('span', { 'aria-hidden': 'true' }, '○ '), t('status.health.down'));
  return h('dl', { class: 'facts' },
    fact(t('status.health'), health, 'status-health'),
    fact(t('status.database'), status.database ?? t('status.database.unknown'), 'status-database'),
    fact(t('status.version'), status.version, 'status-version'),
    fact(t('status.mode'), t(`status.mode.${status.mode}`), 'status-mode'),
    fact(t('status.installedAt'), formatInstant(status.installedAt), 'status-installed'),
    fact(t('status.serverTime'), formatInstant(status.serverTime, { withTime: true }), 'status-time'));
}

function enrolmentItem(enrolment) {
  const values = { first: day(enrolment.firstDay), last: day(enrolment.lastDay), days: enrolment.daysLeft };
  const open = enrolment.state === 'OPEN';
  return h('li', { class: 'cohort', 'data-testid': `enrolment-${enrolment.programmeCode}` },
    h('div', { class: 'cohort-head' }, h('strong', {}, enrolment.programmeName),
      h('span', { class: `badge ${open ? 'badge-ok' : 'badge-wait'}` }, t(`home.enrolment.${enrolment.state}`))),
    h('span', { class: 'muted' }, `${enrolment.cohortName} · ${values.first} – ${values.last}`),
    h('p', { class: open ? 'hint' : 'notice' }, t(`home.enrolment.${enrolment.state}.why`, values)));
}

/** The learner's programmes: when they may study, and why not when they may not. */
async function enrolmentsCard() {
  const result = await getJson('/api/me/programmes');
  if (!result.ok || result.body.length === 0) {
    return null;
  }
  return h('section', { class: 'card', 'aria-labelledby': 'enrolments-title', 'data-testid': 'my-programmes' },
    h('h2', { id: 'enrolments-title' }, t('home.enrolments')),
    h('ul', { class: 'cohorts' }, result.body.map(enrolmentItem)));
}

/** A learner's reviews left today, one tap from the review screen. */
async function reviewsCard() {
  if (!session().roles?.includes('LEARNER')) {
    return null;
  }
  const result = await getJson('/api/me/review/counts');
  if (!result.ok) {
    return null;
  }
  return h('section', { class: 'card review-home', 'data-testid': 'reviews-due' },
    h('p', { class: 'review-home-count' }, t('review.dueToday', { count: result.body.total })),
    h('a', { class: 'button', href: '#/review', 'data-testid': 'reviews-open' }, t('review.open')));
}

/** For a learner: this week's study plan, or the way to the placement test that makes one. */
async function studyPlanCard() {
  if (!session().roles?.includes('LEARNER')) {
    return null;
  }
  const plan = await getJson('/api/me/study-plan');
  if (plan.ok) {
    const lessons = plan.body.thisWeek?.lessons.length ?? 0;
    return h('section', { class: 'card', 'data-testid': 'home-study-plan' },
      h('h2', {}, t('placement.homeWeek', { n: lessons })),
      h('p', { class: 'actions' }, h('a', { class: 'button', href: '#/study-plan' }, t('placement.homeOpen'))));
  }
  if (plan.status !== 404) {
    return null;
  }
  return h('section', { class: 'card', 'data-testid': 'home-placement' },
    h('h2', {}, t('placement.homeFind')),
    h('p', {}, t('placement.homeFindLead')),
    h('p', { class: 'actions' }, h('a', { class: 'button', href: '#/placement' }, t('placement.start'))));
}

export async function render(view) {
  const body = h('div', { class: 'card-body' }, h('p', { class: 'muted' }, t('status.loading')));
  view.replaceChildren(
    h('section', { class: 'hero' },
      h('h1', {}, t('home.title')),
      h('p', { class: 'lead' }, t('home.lead')),
      h('p', { class: 'actions' }, h('a', { class: 'button button-big', href: '#/catalog', 'data-testid': 'find-course' },
        t('catalog.title'))),
      session().signedIn
        ? h('p', { class: 'signed-in', 'data-testid': 'signed-in-as' },
          t('home.signedInAs', { name: session().displayName }))
        : h('p', { class: 'actions' }, h('a', { class: 'button', href: '#/sign-in' }, t('nav.signIn')),
          h('a', { class: 'button button-secondary', href: '#/apply', 'data-testid': 'apply-link' },
            t('apply.cta')))),
    h('section', { class: 'card', 'aria-labelledby': 'status-title' },
      h('h2', { id: 'status-title' }, t('status.title')),
      body));
  if (session().signedIn) {
    const [card, plan, reviews] = await Promise.all([enrolmentsCard(), studyPlanCard(), reviewsCard()]);
    // Each goes right under the welcome, so the last placed shows first: reviews, then the plan.
    for (const extra of [card, plan, reviews]) {
      if (extra) {
        view.querySelector('.hero').after(extra);
      }
    }
  }
  try {
    const response = await fetch('/api/system/status', { credentials: 'same-origin' });
    if (!response.ok) {
      throw new Error(String(response.status));
    }
    const status = await response.json();
    body.replaceChildren(statusCard(status));
    document.getElementById('footer-version').textContent = `v${status.version}`;
  } catch {
    body.replaceChildren(h('p', { class: 'error', role: 'alert' }, t('status.error')));
  }
}
