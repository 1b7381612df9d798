// Administrators: issue one of the three standard surveys to a cohort in one action, see every
// survey with its response count, its results as charts (each with a table of the same numbers),
// the employment and certification rates of a three-month survey, and download CSV or XLSX.
// #/survey-admin/{id} opens one survey's results directly.

import { h, fill } from '../dom.js';
import { t, language } from '../i18n.js';
import { getJson, postJson, failureKey } from '../api.js';
import { field, valueOf, clearErrors, showProblem } from '../form.js';
import { formatInstant } from '../format.js';
import { barChart } from '../charts.js';
import { surveyTitle, questionText, optionText } from '../survey-text.js';

const TEMPLATES = ['SATISFACTION', 'COMPANY', 'EMPLOYMENT'];
/** Seed 004 §4: the targets a run is measured against. */
const EMPLOYMENT_TARGET = 0.5;
const CERTIFICATION_TARGET = 0.7;

function surveyIdFromHash() {
  const part = window.location.hash.replace(/^#\/?/, '').split('/')[1];
  return part && /^\d+$/.test(part) ? Number(part) : null;
}

function percent(share) {
  return `${Math.round(share * 1000) / 10}%`;
}

/** A day picked in the form, as the instant it starts in Japan. */
function startOfDayInJapan(day) {
  return day ? new Date(`${day}T00:00:00+09:00`).toISOString() : null;
}

function issueForm(programmes, onIssued) {
  const cohorts = programmes.flatMap((p) => p.cohorts.map((c) => ({ value: c.id, label: `${p.name} — ${c.name}` })));
  const fields = [
    field('template', t('survey.template'), { type: 'select', required: true,
      choices: TEMPLATES.map((template) => ({ value: template, label: t(`survey.std.${template}.title`) })) }),
    field('cohortId', t('survey.cohort'), { type: 'select', required: true, choices: cohorts }),
    field('opensAt', t('survey.opensOn'), { type: 'date', hint: t('survey.opensOnHint') }),
    field('closesAt', t('survey.closesOn'), { type: 'date', hint: t('survey.closesOnHint') }),
  ];
  const summary = h('p', { class: 'error', role: 'alert', 'data-testid': 'issue-summary' });
  const done = h('p', { class: 'success', role: 'status' });
  const form = h('form', { class: 'card survey-issue', novalidate: true, 'data-testid': 'issue-form' },
    h('h2', {}, t('survey.issueTitle')), h('p', { class: 'hint' }, t('survey.issueHint')),
    fields.map((f) => f.element), summary, done,
    h('p', { class: 'actions' }, h('button', { type: 'submit', class: 'button' }, t('survey.issue'))));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearErrors(fields, summary);
    done.textContent = '';
    const [template, cohort, opens, closes] = fields.map(valueOf);
    const result = await postJson('/api/surveys/standard', {
      template, cohortId: cohort === null ? null : Number(cohort),
      opensAt: startOfDayInJapan(opens), closesAt: startOfDayInJapan(closes),
    });
    if (!result.ok) {
      showProblem(result, fields, summary);
      return;
    }
    done.textContent = t('survey.issued');
    onIssued(result.body);
  });
  return form;
}

function surveyRow(survey, cohortNames, onShow) {
  const show = h('button', { type: 'button', class: 'button button-secondary', 'data-testid': `show-results-${survey.id}` },
    t('survey.showResults'));
  show.addEventListener('click', () => onShow(survey.id));
  return h('tr', {},
    h('td', { 'data-label': t('survey.titleColumn') }, surveyTitle(survey),
      h('span', { class: 'muted' }, ` · ${t(survey.anonymous ? 'survey.anonymous' : 'survey.named')}`)),
    h('td', { 'data-label': t('survey.cohort') }, cohortNames.get(survey.cohortId) ?? '—'),
    h('td', { 'data-label': t('survey.window') },
      `${formatInstant(survey.opensAt)} – ${formatInstant(survey.closesAt)}`, ' ',
      h('span', { class: `badge ${survey.open ? 'badge-ok' : 'badge-wait'}` }, t(survey.open ? 'survey.open' : 'survey.closed'))),
    h('td', { 'data-label': t('survey.responses') }, t('survey.responseCount', { responses: survey.responses, invited: survey.invited })),
    h('td', { 'data-label': t('survey.actions') }, show));
}

function exportLinks(survey) {
  const lang = language() === 'ja' ? 'ja' : 'en';
  return h('p', { class: 'actions survey-exports' },
    h('a', { class: 'button button-secondary', href: `/api/surveys/${survey.id}/export.csv?lang=${lang}`, download: '',
      'data-testid': 'export-csv' }, t('survey.exportCsv')),
    h('a', { class: 'button button-secondary', href: `/api/surveys/${survey.id}/export.xlsx?lang=${lang}`, download: '',
      'data-testid': 'export-xlsx' }, t('survey.exportXlsx')));
}

function outcomeBlock(outcome) {
  const line = (key, count, share, target) => h('li', {},
    t(key, { count, invited: outcome.invited, percent: percent(share), target: percent(target) }), ' ',
    h('span', { class: `badge ${share >= target ? 'badge-ok' : 'badge-wait'}` },
      t(share >= target ? 'survey.targetMet' : 'survey.targetNotMet')));
  return h('section', { class: 'survey-outcome', 'data-testid': 'survey-outcome' },
    h('h3', {}, t('survey.outcome')),
    h('ul', {}, line('survey.employmentRate', outcome.employed, outcome.employmentRate, EMPLOYMENT_TARGET),
      line('survey.certificationRate', outcome.certified, outcome.certificationRate, CERTIFICATION_TARGET)),
    h('p', { class: 'hint' }, t('survey.outcomeHint')));
}

function questionResult(survey, question, index) {
  const title = `${index + 1}. ${questionText(survey, question)}`;
  const answered = t('survey.answeredCount', { count: question.answered });
  if (question.kind === 'FREE_TEXT') {
    return h('section', { class: 'survey-result', 'data-testid': `result-${question.code}` }, h('h3', {}, title),
      h('p', { class: 'muted' }, answered),
      question.texts.length === 0 ? h('p', {}, t('survey.noTexts'))
        : h('ul', { class: 'survey-texts' }, question.texts.map((text) => h('li', {}, text))));
  }
  const rows = question.options.map((option) => ({
    label: question.kind === 'LIKERT' ? `${option.code} ${optionText(survey, question, option)}` : optionText(survey, question, option),
    value: option.count,
    display: question.answered ? `${option.count} (${percent(option.count / question.answered)})` : String(option.count),
  }));
  const mean = question.mean === null || question.mean === undefined ? null
    : h('p', { class: 'survey-mean' }, t('survey.mean', { mean: question.mean.toFixed(2) }));
  return h('section', { class: 'survey-result', 'data-testid': `result-${question.code}` }, h('h3', {}, title),
    h('p', { class: 'muted' }, answered), mean,
    barChart({
      caption: title, rows, testId: `chart-${question.code}`,
      summary: rows.map((row) => `${row.label}: ${row.value}`).join(', '),
      labelHeader: t('survey.answer'), valueHeader: t('survey.count'),
    }));
}

async function showResults(panel, id) {
  panel.replaceChildren(h('p', { class: 'muted' }, t('status.loading')));
  const result = await getJson(`/api/surveys/${id}/results`);
  if (!result.ok) {
    panel.replaceChildren(h('p', { class: 'error', role: 'alert' }, t(failureKey(result))));
    return;
  }
  const { survey } = result.body;
  const heading = h('h2', { tabindex: -1 }, surveyTitle(survey));
  fill(panel, heading,
    h('p', { 'data-testid': 'results-summary' }, t('survey.responseCount', { responses: result.body.responses, invited: result.body.invited }),
      survey.anonymous ? h('span', { class: 'muted' }, ` · ${t('survey.anonymous')}`) : null),
    exportLinks(survey),
    result.body.outcome ? outcomeBlock(result.body.outcome) : null,
    result.body.questions.map((question, index) => questionResult(survey, question, index)));
  heading.focus();
}

export async function render(view) {
  const title = h('h1', {}, t('survey.adminTitle'));
  view.replaceChildren(title, h('p', { class: 'muted' }, t('status.loading')));
  const [programmes, surveys] = await Promise.all([getJson('/api/programmes'), getJson('/api/surveys')]);
  if (!programmes.ok || !surveys.ok) {
    view.replaceChildren(title, h('p', { class: 'error', role: 'alert' }, t(failureKey(programmes.ok ? surveys : programmes))));
    return;
  }
  const cohortNames = new Map(programmes.body.flatMap((p) => p.cohorts.map((c) => [c.id, `${p.name} — ${c.name}`])));
  const panel = h('section', { class: 'card survey-results', 'data-testid': 'survey-results', 'aria-live': 'polite' });
  panel.hidden = true;
  const open = (id) => {
    panel.hidden = false;
    history.replaceState(null, '', `#/survey-admin/${id}`);
    showResults(panel, id);
  };
  const list = surveys.body.length === 0 ? h('p', {}, t('survey.noneIssued'))
    : h('table', { class: 'survey-list responsive-table', 'data-testid': 'survey-list' },
      h('thead', {}, h('tr', {}, ['survey.titleColumn', 'survey.cohort', 'survey.window', 'survey.responses', 'survey.actions']
        .map((key) => h('th', { scope: 'col' }, t(key))))),
      h('tbody', {}, surveys.body.map((survey) => surveyRow(survey, cohortNames, open))));
  view.replaceChildren(title, h('p', { class: 'muted' }, t('survey.adminIntro')),
    issueForm(programmes.body, (issued) => { window.location.hash = `#/survey-admin/${issued.id}`; }),
    h('h2', {}, t('survey.listTitle')), list, panel);
  const wanted = surveyIdFromHash();
  if (wanted) {
    open(wanted);
  }
}
