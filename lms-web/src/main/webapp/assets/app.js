// Manabi's browser shell: loads the UI text and the session, keeps the header in step, and renders
// the view for the address after '#'. Plain ES modules, no bundler: each view is one module,
// loaded only when first shown.

import { loadMessages, chooseLanguage, applyTranslations, language, t } from './i18n.js';
import { loadSession, session, signOut } from './session.js';
import { h } from './dom.js';
import { initSearchBox, syncSearchBox } from './search-box.js';

const ROUTES = {
  '': () => import('./views/home.js'),
  home: () => import('./views/home.js'),
  'sign-in': () => import('./views/sign-in.js'),
  password: () => import('./views/password.js'),
  organisations: () => import('./views/organisations.js'),
  programmes: () => import('./views/programmes.js'),
  apply: () => import('./views/apply.js'),
  applications: () => import('./views/applications.js'),
  accounts: () => import('./views/accounts.js'),
  account: () => import('./views/account.js'),
  audit: () => import('./views/audit.js'),
  'account-import': () => import('./views/account-import.js'),
  curricula: () => import('./views/curricula.js'),
  'my-learning': () => import('./views/my-learning.js'),
  catalog: () => import('./views/catalog.js'),
  course: () => import('./views/course.js'),
  lesson: () => import('./views/lesson.js'),
  authoring: () => import('./views/authoring.js'),
  review: () => import('./views/review.js'),
  surveys: () => import('./views/surveys.js'),
  'survey-admin': () => import('./views/survey-admin.js'),
  quiz: () => import('./views/quiz.js'),
  attempt: () => import('./views/attempt.js'),
  'quiz-admin': () => import('./views/quiz-admin.js'),
  placement: () => import('./views/placement.js'),
  'study-plan': () => import('./views/study-plan.js'),
};

/** Navigation links shown only to the roles whose pages they open. */
const ROLE_LINKS = [
  { route: 'authoring', key: 'authoring.nav', roles: ['INSTRUCTOR', 'ADMINISTRATOR'] },
  { route: 'quiz-admin', key: 'assessment.nav', roles: ['INSTRUCTOR', 'ADMINISTRATOR'] },
  { route: 'organisations', key: 'nav.organisations', roles: ['ADMINISTRATOR', 'COMPANY_MANAGER'] },
  { route: 'programmes', key: 'nav.programmes', roles: ['ADMINISTRATOR'] },
  { route: 'applications', key: 'nav.applications', roles: ['ADMINISTRATOR'] },
  { route: 'accounts', key: 'accounts.nav', roles: ['ADMINISTRATOR'] },
  { route: 'audit', key: 'audit.nav', roles: ['ADMINISTRATOR'] },
  { route: 'account-import', key: 'import.nav', roles: ['ADMINISTRATOR'] },
  { route: 'curricula', key: 'curriculum.nav', roles: ['ADMINISTRATOR'] },
  { route: 'my-learning', key: 'curriculum.myLearningNav', roles: ['LEARNER'] },
  { route: 'review', key: 'review.nav', roles: ['LEARNER'] },
  { route: 'surveys', key: 'survey.nav', roles: ['LEARNER', 'COMPANY_MANAGER'] },
  { route: 'survey-admin', key: 'survey.adminNav', roles: ['ADMINISTRATOR'] },
  { route: 'study-plan', key: 'plan.nav', roles: ['LEARNER'] },
];

function routeName() {
  return window.location.hash.replace(/^#\/?/, '').split(/[/?]/)[0];
}

function renderRoleLinks() {
  const roles = session().signedIn ? session().roles : [];
  document.querySelectorAll('.site-nav li[data-role-link]').forEach((item) => item.remove());
  const accountArea = document.getElementById('account-area');
  for (const link of ROLE_LINKS.filter((l) => l.roles.some((role) => roles.includes(role)))) {
    accountArea.before(h('li', { dataset: { roleLink: link.route } },
      h('a', { href: `#/${link.route}`, 'data-route': link.route }, t(link.key))));
  }
}

function renderAccountArea() {
  renderRoleLinks();
  const area = document.getElementById('account-area');
  const current = session();
  if (!current.signedIn) {
    area.replaceChildren(h('a', { href: '#/sign-in', 'data-route': 'sign-in' }, t('nav.signIn')));
    return;
  }
  const button = h('button', { type: 'button', class: 'link-button' }, t('nav.signOut'));
  button.addEventListener('click', async () => {
    await signOut();
    renderAccountArea();
    window.location.hash = '#/';
  });
  area.replaceChildren(
    h('span', { class: 'account-name', 'data-testid': 'account-name' }, current.displayName),
    button);
}

async function renderCurrentView() {
  let name = routeName();
  if (session().signedIn && session().mustChangePassword && name !== 'password') {
    window.location.hash = '#/password';
    return;
  }
  const view = document.getElementById('view');
  // The catalog has its own search box; the header's is hidden there (see app.css).
  document.body.dataset.route = name || 'home';
  syncSearchBox(name === 'catalog' ? new URLSearchParams(window.location.hash.split('?')[1] ?? '').get('q') : '');
  const load = ROUTES[name] ?? (() => import('./views/not-found.js'));
  const module = await load();
  await module.render(view, { onSessionChanged: refreshSession });
  name = name || 'home';
  document.querySelectorAll('.site-nav a[data-route]').forEach((link) => {
    if (link.dataset.route === name) {
      link.setAttribute('aria-current', 'page');
    } else {
      link.removeAttribute('aria-current');
    }
  });
}

async function refreshSession() {
  await loadSession();
  renderAccountArea();
}

function syncLanguageSelect() {
  document.getElementById('language-select').value = language();
}

async function start() {
  try {
    await Promise.all([loadMessages(), loadSession()]);
  } catch {
    // The shell already carries Japanese text; keep it rather than show nothing.
  }
  applyTranslations();
  syncLanguageSelect();
  renderAccountArea();
  initSearchBox();
  document.getElementById('language-select').addEventListener('change', async (event) => {
    await chooseLanguage(event.target.value);
    applyTranslations();
    syncLanguageSelect();
    renderAccountArea();
    await renderCurrentView();
  });
  window.addEventListener('hashchange', renderCurrentView);
  await renderCurrentView();
  document.body.dataset.ready = 'true';
}

start();
