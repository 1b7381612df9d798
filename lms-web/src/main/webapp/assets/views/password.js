// Change one's own password. An issued one-time password must be replaced here before anything
// else; the server checks the rules, and its field errors are shown next to the field.

import { h } from '../dom.js';
import { t } from '../i18n.js';
import { changePassword, session } from '../session.js';

function field(id, label, hint) {
  const error = h('p', { class: 'field-error', id: `${id}-error`, role: 'alert' });
  const describedBy = hint ? `${id}-hint ${id}-error` : `${id}-error`;
  return {
    error,
    element: h('div', { class: 'field' },
      h('label', { for: id }, label),
      hint ? h('p', { class: 'hint', id: `${id}-hint` }, hint) : null,
      h('input', {
        id, name: id, type: 'password', required: true, maxlength: 1024, 'aria-describedby': describedBy,
        autocomplete: id === 'currentPassword' ? 'current-password' : 'new-password',
      }),
      error),
  };
}

export async function render(view, { onSessionChanged }) {
  if (!session().signedIn) {
    window.location.hash = '#/sign-in';
    return;
  }
  const current = field('currentPassword', t('password.current'));
  const next = field('newPassword', t('password.new'), t('password.hint'));
  const repeat = field('repeatPassword', t('password.repeat'));
  const done = h('p', { class: 'success', role: 'status' });
  const submit = h('button', { type: 'submit', class: 'button button-wide' }, t('password.submit'));
  const form = h('form', { class: 'form', novalidate: true }, current.element, next.element, repeat.element, done,
    submit);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    [current, next, repeat].forEach((f) => { f.error.textContent = ''; });
    done.textContent = '';
    if (form.elements.newPassword.value !== form.elements.repeatPassword.value) {
      repeat.error.textContent = t('password.mismatch');
      return;
    }
    submit.disabled = true;
    try {
      const result = await changePassword(form.elements.currentPassword.value, form.elements.newPassword.value);
      if (result.ok) {
        form.reset();
        done.textContent = t('password.changed');
        await onSessionChanged();
        return;
      }
      const errors = result.body?.errors ?? [];
      if (errors.length === 0) {
        current.error.textContent = t(result.status === 429 ? 'password.throttled' : 'common.tryAgain');
      }
      for (const error of errors) {
        const target = error.field === 'currentPassword' ? current : next;
        target.error.textContent = t(`password.error.${error.code}`);
      }
    } catch {
      next.error.textContent = t('common.tryAgain');
    } finally {
      submit.disabled = false;
    }
  });
  view.replaceChildren(
    h('section', { class: 'card narrow' },
      h('h1', {}, t('password.title')),
      session().mustChangePassword ? h('p', { class: 'notice' }, t('password.mustChange')) : null,
      form));
}
