// Sign in with a login ID and password. Works with a phone keyboard: no autocapitalisation or
// autocorrection of the login ID, the password manager's usual field names.

import { h } from '../dom.js';
import { t } from '../i18n.js';
import { formatTime } from '../format.js';
import { signIn } from '../session.js';

function field(id, label, attributes) {
  return h('div', { class: 'field' },
    h('label', { for: id }, label),
    h('input', { id, name: id, required: true, ...attributes }));
}

function failureText(result) {
  const type = result.body?.type ?? '';
  if (type.endsWith(':sign-in-throttled')) {
    const seconds = Number(result.retryAfter) || 60;
    const until = new Date(Date.now() + seconds * 1000);
    return t('signIn.throttled', { time: formatTime(until) });
  }
  if (type.endsWith(':account-not-active')) {
    return t('signIn.notActive');
  }
  if (result.status === 401 || result.status === 400) {
    return t('signIn.failed');
  }
  return t('common.tryAgain');
}

/**
 * Where to go after signing in: the page that sent the visitor here (#/sign-in?next=/course/12),
 * when it names one of our own routes; else the home page.
 */
function nextRoute() {
  const next = new URLSearchParams(window.location.hash.split('?')[1] ?? '').get('next') ?? '';
  return /^\/[a-z-]+(\/\d+)?$/.test(next) ? next : '/';
}

export async function render(view, { onSessionChanged }) {
  const message = h('p', { class: 'error', role: 'alert', id: 'sign-in-error' });
  const submit = h('button', { type: 'submit', class: 'button button-wide' }, t('signIn.submit'));
  const form = h('form', { class: 'form', novalidate: true, 'aria-describedby': 'sign-in-error' },
    field('loginId', t('signIn.loginId'), {
      type: 'text', autocomplete: 'username', autocapitalize: 'none', autocorrect: 'off', spellcheck: 'false',
      maxlength: 64,
    }),
    field('password', t('signIn.password'), { type: 'password', autocomplete: 'current-password', maxlength: 1024 }),
    message,
    submit);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const loginId = form.elements.loginId.value.trim();
    const password = form.elements.password.value;
    if (!loginId || !password) {
      message.textContent = t('signIn.missing');
      return;
    }
    submit.disabled = true;
    message.textContent = '';
    try {
      const result = await signIn(loginId, password);
      if (result.ok) {
        await onSessionChanged();
        window.location.hash = result.body.mustChangePassword ? '#/password' : `#${nextRoute()}`;
        return;
      }
      message.textContent = failureText(result);
      form.elements.password.value = '';
      form.elements.password.focus();
    } catch {
      message.textContent = t('common.tryAgain');
    } finally {
      submit.disabled = false;
    }
  });
  view.replaceChildren(
    h('section', { class: 'card narrow' },
      h('h1', {}, t('signIn.title')),
      h('p', { class: 'muted' }, t('signIn.lead')),
      form));
  form.elements.loginId.focus();
}
