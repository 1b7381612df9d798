// Shown for an address inside the app that names no view.

import { h } from '../dom.js';
import { t } from '../i18n.js';

export async function render(view) {
  view.replaceChildren(
    h('section', { class: 'card' },
      h('h1', {}, t('notFound.title')),
      h('p', {}, t('notFound.body')),
      h('p', {}, h('a', { class: 'button', href: '#/' }, t('notFound.back')))));
}
