// "My surveys": the open surveys that ask the signed-in person, each answered on one page. Made
// for a phone: every choice is a large button-sized label, Likert points are stacked full-width on
// a narrow screen and side by side on a wide one. Anonymous surveys say so before the questions.

import { h, fill } from '../dom.js';
import { t } from '../i18n.js';
import { getJson, postJson, failureKey } from '../api.js';
import { errorText, problemText } from '../form.js';
import { formatInstant } from '../format.js';
import { surveyTitle, questionText, optionText } from '../survey-text.js';

const NONE = 'none';

function questionBlock(survey, question, index) {
  const name = `q-${survey.id}-${question.code}`;
  const error = h('p', { class: 'field-error', id: `${name}-error`, role: 'alert' });
  const legend = h('legend', {}, `${index + 1}. ${questionText(survey, question)}`,
    question.required ? h('span', { class: 'required' }, ' *') : h('span', { class: 'muted' }, ` (${t('survey.optional')})`));
  let control;
  let read;
  if (question.kind === 'FREE_TEXT') {
    const area = h('textarea', { id: name, name, maxlength: 2000, rows: 3, 'aria-describedby': `${name}-error`,
      'aria-labelledby': `${name}-legend` });
    control = h('div', { class: 'field' }, area);
    read = () => ({ question: question.code, text: area.value.trim() });
  } else {
    const multiple = question.kind === 'MULTIPLE_CHOICE';
    const inputs = question.options.map((option) => {
      const input = h('input', { type: multiple ? 'checkbox' : 'radio', name, value: option.code,
        'aria-describedby': `${name}-error` });
      return { option, input };
    });
    if (multiple) {
      // "None" excludes every other choice, as the server checks.
      inputs.forEach(({ option, input }) => input.addEventListener('change', () => {
        if (!input.checked) {
          return;
        }
        inputs.filter((other) => (option.code === NONE) !== (other.option.code === NONE))
          .forEach((other) => { other.input.checked = false; });
      }));
    }
    control = h('div', { class: question.kind === 'LIKERT' ? 'survey-choices survey-likert' : 'survey-choices' },
      inputs.map(({ option, input }) => h('label', { class: 'survey-choice' }, input,
        question.kind === 'LIKERT' ? h('span', { class: 'likert-point' }, option.code) : null,
        h('span', {}, optionText(survey, question, option)))));
    read = () => ({ question: question.code, choices: inputs.filter(({ input }) => input.checked).map(({ option }) => option.code) });
  }
  const fieldset = h('fieldset', { class: 'survey-question', 'data-question': question.code }, legend, control, error);
  legend.id = `${name}-legend`;
  // An answer given clears the complaint about its question at once, not at the next send.
  fieldset.addEventListener('input', () => { error.textContent = ''; fieldset.removeAttribute('aria-invalid'); });
  return { question, fieldset, error, read };
}

function surveyForm(survey, onAnswered) {
  const blocks = survey.questions.map((question, index) => questionBlock(survey, question, index));
  const summary = h('p', { class: 'error', role: 'alert', 'data-testid': 'survey-summary' });
  const submit = h('button', { type: 'submit', class: 'button button-big', 'data-testid': 'survey-submit' }, t('survey.submit'));
  const form = h('form', { class: 'survey-form', novalidate: true }, blocks.map((b) => b.fieldset),
    summary, h('p', { class: 'actions' }, submit));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    blocks.forEach((b) => { b.error.textContent = ''; b.fieldset.removeAttribute('aria-invalid'); });
    summary.textContent = '';
    const answers = blocks.map((b) => b.read()).filter((a) => (a.choices ?? []).length > 0 || a.text);
    const missing = blocks.filter((b) => b.question.required && !answers.some((a) => a.question === b.question.code));
    if (missing.length > 0) {
      missing.forEach((b) => { b.error.textContent = t('survey.required'); b.fieldset.setAttribute('aria-invalid', 'true'); });
      summary.textContent = t('survey.answerRequired');
      missing[0].fieldset.querySelector('input, textarea')?.focus();
      return;
    }
    submit.disabled = true;
    const result = await postJson(`/api/me/surveys/${survey.id}/responses`, { answers });
    submit.disabled = false;
    if (result.ok) {
      onAnswered();
      return;
    }
    const unclaimed = [];
    for (const error of result.body?.errors ?? []) {
      const block = blocks.find((b) => error.field === `answers.${b.question.code}`);
      if (block) {
        block.error.textContent = errorText(error);
        block.fieldset.setAttribute('aria-invalid', 'true');
      } else {
        unclaimed.push(errorText(error));
      }
    }
    summary.textContent = [result.body?.errors ? '' : problemText(result), ...unclaimed].filter(Boolean).join(' ');
  });
  return form;
}

function surveyCard(survey, onAnswered) {
  const head = [h('h2', {}, surveyTitle(survey)),
    h('p', { class: 'muted' }, t('survey.closesAt', { when: formatInstant(survey.closesAt, { withTime: true }) }))];
  if (survey.answered) {
    return h('section', { class: 'card survey-card', 'data-testid': `survey-${survey.id}` }, head,
      h('p', { class: 'success' }, t('survey.thanks')));
  }
  return h('section', { class: 'card survey-card', 'data-testid': `survey-${survey.id}` }, head,
    h('p', { class: 'hint' }, t(survey.anonymous ? 'survey.anonymousNote' : 'survey.namedNote')),
    surveyForm(survey, onAnswered));
}

export async function render(view, options = {}, notice = '') {
  const title = h('h1', {}, t('survey.mine'));
  view.replaceChildren(title, h('p', { class: 'muted' }, t('status.loading')));
  const result = await getJson('/api/me/surveys');
  if (!result.ok) {
    view.replaceChildren(title, h('p', { class: 'error', role: 'alert' }, t(failureKey(result))));
    return;
  }
  const status = h('p', { class: 'success', role: 'status', tabindex: -1, 'data-testid': 'survey-thanks' }, notice);
  fill(view, title, status, result.body.length === 0 ? h('p', {}, t('survey.noneOpen'))
    : result.body.map((survey) => surveyCard(survey, async () => {
      await render(view, options, t('survey.answered'));
      view.querySelector('[data-testid="survey-thanks"]')?.focus();
    })));
}
