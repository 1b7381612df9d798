// The public application form: #/apply lists the programmes taking applications, #/apply/<code>
// is one programme's form. No sign-in: the address is printed on flyers. The applicant's UI
// language is sent with the form, so the confirmation e-mail comes in it.

import { h } from '../dom.js';
import { t, language } from '../i18n.js';
import { getJson, postJson, failureKey } from '../api.js';
import { field, valueOf, clearErrors, showProblem } from '../form.js';
import { formatDay } from '../format.js';

function programmeCode() {
  const parts = window.location.hash.replace(/^#\/?/, '').split('/');
  return parts[1] ? decodeURIComponent(parts[1]) : null;
}

function title(text) {
  return h('h1', {}, text);
}

async function renderList(view) {
  view.replaceChildren(title(t('apply.title')), h('p', { class: 'muted' }, t('status.loading')));
  const result = await getJson('/api/public/programmes');
  if (!result.ok) {
    view.replaceChildren(title(t('apply.title')), h('p', { class: 'error', role: 'alert' }, t(failureKey(result))));
    return;
  }
  view.replaceChildren(title(t('apply.title')),
    result.body.length === 0 ? h('p', {}, t('apply.noneOpen')) : h('div', { class: 'grid' },
      result.body.map((programme) => h('section', { class: 'card', 'data-testid': `open-${programme.programmeCode}` },
        h('h2', {}, programme.programmeName),
        h('ul', { class: 'cohorts' }, programme.cohorts.map((cohort) => h('li', { class: 'cohort' },
          h('strong', {}, cohort.name),
          h('span', { class: 'muted' }, `${formatDay(cohort.startsOn)} – ${formatDay(cohort.endsOn)}`)))),
        h('p', { class: 'actions' }, h('a', { class: 'button', href: `#/apply/${encodeURIComponent(programme.programmeCode)}` },
          t('apply.open')))))));
}

function questionField(question) {
  const label = t(`apply.q.${question.name}`);
  const options = { required: question.required, maxlength: question.maxLength };
  if (question.kind === 'CHOICE') {
    return field(`answers.${question.name}`, label, {
      ...options, type: 'select',
      choices: [{ value: '', label: t('apply.choose') },
        ...question.choices.map((choice) => ({ value: choice, label: t(`apply.choice.${choice}`) }))],
    });
  }
  if (question.kind === 'NUMBER') {
    return field(`answers.${question.name}`, label, { ...options, type: 'number', min: 0, inputmode: 'numeric' });
  }
  if (question.kind === 'PHONE') {
    return field(`answers.${question.name}`, label, { ...options, type: 'tel', autocomplete: 'tel' });
  }
  return field(`answers.${question.name}`, label, {
    ...options, type: question.maxLength > 400 ? 'textarea' : 'text',
    autocomplete: question.name === 'ADDRESS' ? 'street-address' : undefined,
  });
}

function submittedCard(form, reference) {
  return h('section', { class: 'card narrow', 'data-testid': 'application-submitted' },
    h('h1', {}, t('apply.thanks')),
    h('p', {}, t('apply.thanksBody', { programme: form.programmeName })),
    h('dl', { class: 'facts' }, h('div', { class: 'fact' }, h('dt', {}, t('apply.reference')),
      h('dd', { 'data-testid': 'application-reference' }, reference))),
    h('p', { class: 'hint' }, t('apply.mailFollows')));
}

async function renderForm(view, code) {
  view.replaceChildren(title(t('apply.title')), h('p', { class: 'muted' }, t('status.loading')));
  const result = await getJson(`/api/public/programmes/${encodeURIComponent(code)}/application-form`);
  if (!result.ok) {
    view.replaceChildren(title(t('apply.title')), h('p', { class: 'error', role: 'alert' },
      t(result.status === 404 ? 'apply.closed' : failureKey(result))),
    h('p', {}, h('a', { href: '#/apply' }, t('apply.seeOpen'))));
    return;
  }
  const form = result.body;
  const cohortChoices = form.cohorts.map((c) => ({
    value: c.id, label: `${c.name} (${formatDay(c.startsOn)} – ${formatDay(c.endsOn)})`,
  }));
  const fields = [
    field('displayName', t('apply.name'), { required: true, maxlength: 200, autocomplete: 'name', hint: t('apply.nameHint') }),
    field('email', t('apply.email'), { type: 'email', required: true, maxlength: 254, autocomplete: 'email', hint: t('apply.emailHint') }),
    field('cohortId', t('apply.cohort'), {
      type: 'select', required: true,
      choices: cohortChoices.length === 1 ? cohortChoices : [{ value: '', label: t('apply.choose') }, ...cohortChoices],
    }),
    ...form.questions.map(questionField),
    field('consent', t('apply.consent'), { type: 'checkbox', required: true }),
  ];
  const summary = h('p', { class: 'error', role: 'alert', 'data-testid': 'apply-summary' });
  const submit = h('button', { type: 'submit', class: 'button button-wide' }, t('apply.submit'));
  const element = h('form', { class: 'form', novalidate: true }, fields.map((f) => f.element), summary, submit);
  element.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearErrors(fields, summary);
    const answers = {};
    const body = { language: language(), answers };
    for (const f of fields) {
      const value = valueOf(f);
      if (f.name.startsWith('answers.')) {
        if (value !== null) {
          answers[f.name.substring('answers.'.length)] = String(value);
        }
      } else {
        body[f.name] = f.name === 'cohortId' && value !== null ? Number(value) : value;
      }
    }
    submit.disabled = true;
    const response = await postJson(`/api/public/programmes/${encodeURIComponent(code)}/applications`, body);
    submit.disabled = false;
    if (response.ok) {
      view.replaceChildren(submittedCard(form, response.body.reference));
      window.scrollTo(0, 0);
      return;
    }
    showProblem(response, fields, summary);
  });
  view.replaceChildren(h('section', { class: 'card narrow' },
    h('p', { class: 'muted' }, t('apply.title')),
    h('h1', {}, form.programmeName),
    form.selectionMode === 'SELECTION'
      ? h('div', { class: 'notice' }, h('strong', {}, t('apply.selection')), h('p', {}, form.selectionCriteria))
      : h('p', { class: 'hint' }, t('apply.firstCome')),
    h('p', { class: 'hint' }, t('apply.privacy')),
    element));
}

export async function render(view) {
  const code = programmeCode();
  if (code) {
    await renderForm(view, code);
  } else {
    await renderList(view);
  }
}
