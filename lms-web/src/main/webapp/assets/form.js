// Form fields built one way everywhere: a visible label, an optional hint, and an error line the
// server's field errors are written into (by field name), all tied together for screen readers.

import { h } from './dom.js';
import { t, hasText } from './i18n.js';
import { failureKey } from './api.js';

/**
 * A labelled control. options: type ('text', 'email', 'number', 'date', 'select', 'textarea',
 * 'checkbox', ...), hint, required, maxlength, value, choices ([{ value, label }]) for selects,
 * autocomplete, inputmode.
 */
export function field(name, label, options = {}) {
  const id = options.id ?? `field-${name}`;
  const error = h('p', { class: 'field-error', id: `${id}-error`, role: 'alert' });
  const describedBy = options.hint ? `${id}-hint ${id}-error` : `${id}-error`;
  const common = {
    id, name, required: options.required ?? false, 'aria-describedby': describedBy,
    autocomplete: options.autocomplete, inputmode: options.inputmode,
  };
  let control;
  if (options.type === 'select') {
    control = h('select', common, (options.choices ?? []).map((choice) => h('option',
      { value: choice.value, selected: String(choice.value) === String(options.value ?? '') }, choice.label)));
  } else if (options.type === 'textarea') {
    control = h('textarea', { ...common, maxlength: options.maxlength, rows: options.rows ?? 3 }, options.value ?? '');
  } else {
    control = h('input', {
      ...common, type: options.type ?? 'text', maxlength: options.maxlength, min: options.min, max: options.max,
      value: options.type === 'checkbox' ? undefined : options.value, checked: options.type === 'checkbox' && options.value,
    });
  }
  const labelElement = h('label', { for: id }, label, options.required ? h('span', { class: 'required' }, ' *') : null);
  const element = options.type === 'checkbox'
    ? h('div', { class: 'field field-check' }, control, labelElement, error)
    : h('div', { class: 'field' }, labelElement,
      options.hint ? h('p', { class: 'hint', id: `${id}-hint` }, options.hint) : null, control, error);
  return { name, control, error, element };
}

/** The value of a field built by {@link field}: trimmed text, a number, a boolean, or null when empty. */
export function valueOf(built) {
  const control = built.control;
  if (control.type === 'checkbox') {
    return control.checked;
  }
  const text = control.value.trim();
  if (text === '') {
    return null;
  }
  return control.type === 'number' ? Number(text) : text;
}

export function clearErrors(fields, summary) {
  fields.forEach((f) => { f.error.textContent = ''; f.control.removeAttribute('aria-invalid'); });
  if (summary) {
    summary.textContent = '';
  }
}

/** The words for one server field error: our text for its code when we have one, else the server's reason. */
export function errorText(error) {
  const key = `error.${error.code}`;
  return hasText(key) ? t(key) : error.reason;
}

/**
 * Our words for a problem without field errors: by its type (urn:manabi:problem:<slug>) when we have
 * text for it, else by its status. The server's English detail is shown only when we have nothing.
 */
export function problemText(result) {
  const slug = (result.body?.type ?? '').split(':').pop();
  if (slug && hasText(`problem.${slug}`)) {
    return t(`problem.${slug}`);
  }
  return result.status === 409 && result.body?.detail ? result.body.detail : t(failureKey(result));
}

/**
 * Writes a failed request's field errors next to their fields; what no field claims (or a failure
 * without field errors) goes to the summary. Focuses the first field in error.
 */
export function showProblem(result, fields, summary) {
  const errors = result.body?.errors ?? [];
  const unclaimed = [];
  let first = null;
  for (const error of errors) {
    const target = fields.find((f) => f.name === error.field || error.field?.endsWith(`.${f.name}`));
    if (target) {
      target.error.textContent = errorText(error);
      target.control.setAttribute('aria-invalid', 'true');
      first = first ?? target;
    } else {
      unclaimed.push(`${error.field}: ${errorText(error)}`);
    }
  }
  if (summary) {
    const general = errors.length === 0 ? problemText(result) : '';
    summary.textContent = [general, ...unclaimed].filter(Boolean).join(' ');
  }
  first?.control.focus();
}
