// Manabi's browser shell: loads the UI text, keeps the language switcher in step, and renders the
// view for the address after '#'. Plain ES modules, no bundler: each view is one module, loaded
// only when first shown.

import { loadMessages, chooseLanguage, applyTranslations, language } from './i18n.js';

const ROUTES = {
  '': () => import('./views/home.js'),
  home: () => import('./views/home.js'),
};

function routeName() {
  return window.location.hash.replace(/^#\/?/, '').split(/[/?]/)[0];
}

async function renderCurrentView() {
  const view = document.getElementById('view');
  const name = routeName();
  const load = ROUTES[name] ?? (() => import('./views/not-found.js'));
  const module = await load();
  await module.render(view);
  document.querySelectorAll('.site-nav a[data-route]').forEach((link) => {
    if (link.dataset.route === (name || 'home')) {
      link.setAttribute('aria-current', 'page');
    } else {
      link.removeAttribute('aria-current');
    }
  });
}

function syncLanguageSelect() {
  const select = document.getElementById('language-select');
  select.value = language();
}

async function start() {
  try {
    await loadMessages();
  } catch {
    // The shell already carries Japanese text; keep it rather than show nothing.
  }
  applyTranslations();
  syncLanguageSelect();
  document.getElementById('language-select').addEventListener('change', async (event) => {
    await chooseLanguage(event.target.value);
    applyTranslations();
    syncLanguageSelect();
    await renderCurrentView();
  });
  window.addEventListener('hashchange', renderCurrentView);
  await renderCurrentView();
  document.body.dataset.ready = 'true';
}

start();
