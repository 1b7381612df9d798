// Administrators: programmes with their terms and seats, and the forms that set them up — a new
// programme, a new term, the application form's settings and the invited companies.

import { h } from '../dom.js';
import { t } from '../i18n.js';
import { getJson, postJson, putJson, failureKey } from '../api.js';
import { field, valueOf, clearErrors, showProblem } from '../form.js';
import { formatDay } from '../format.js';

function seatsBar(taken, limit) {
  if (!limit) {
    return h('span', { class: 'seats' }, t('programmes.seatsNoLimit', { taken }));
  }
  const percent = Math.min(100, Math.round((taken / limit) * 100));
  return h('div', { class: 'seats' },
    h('span', {}, t('programmes.seats', { taken, limit })),
    h('progress', { max: limit, value: taken, 'aria-label': t('programmes.seats', { taken, limit }) },
      `${percent}%`));
}

function cohortRow(cohort) {
  return h('li', { class: 'cohort' },
    h('div', { class: 'cohort-head' },
      h('strong', {}, cohort.name),
      h('span', { class: 'muted' }, `${formatDay(cohort.startsOn)} – ${formatDay(cohort.endsOn)}`)),
    seatsBar(cohort.seatsTaken, cohort.seatLimit),
    cohort.cancelled ? h('span', { class: 'badge badge-wait' }, t('programmes.cancelled')) : null,
    cohort.invitedReserve > 0
      ? h('p', { class: 'hint' }, t('programmes.reserve', { count: cohort.invitedReserve })) : null);
}

/** A form that sends its fields as JSON and shows the server's field errors; onDone gets the response body. */
function jsonForm(fields, submitLabel, send, onDone) {
  const summary = h('p', { class: 'error', role: 'alert' });
  const submit = h('button', { type: 'submit', class: 'button' }, submitLabel);
  const form = h('form', { class: 'form', novalidate: true }, fields.map((f) => f.element), summary, submit);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearErrors(fields, summary);
    submit.disabled = true;
    const result = await send(Object.fromEntries(fields.map((f) => [f.name, valueOf(f)])));
    submit.disabled = false;
    if (result.ok) {
      await onDone(result.body);
      return;
    }
    showProblem(result, fields, summary);
  });
  return form;
}

function section(title, content, testId) {
  return h('details', { class: 'setup', 'data-testid': testId }, h('summary', {}, title), content);
}

function newProgrammeForm(reload) {
  const fields = [
    field('code', t('programmes.code'), { required: true, maxlength: 64, hint: t('programmes.codeHint') }),
    field('name', t('programmes.name'), { required: true, maxlength: 200 }),
    field('seatLimit', t('programmes.seatLimit'), { type: 'number', min: 1, hint: t('programmes.emptyNoLimit') }),
    field('organisationCap', t('programmes.cap'), {
      type: 'select', required: true,
      choices: ['NONE', 'FIXED', 'BY_EMPLOYEE_COUNT'].map((c) => ({ value: c, label: t(`programmes.cap.${c}`) })),
    }),
    field('capFixed', t('programmes.capFixed'), { type: 'number', min: 1 }),
    field('employeeThreshold', t('programmes.employeeThreshold'), { type: 'number', min: 1 }),
    field('capSmall', t('programmes.capSmall'), { type: 'number', min: 1 }),
    field('capLarge', t('programmes.capLarge'), { type: 'number', min: 1 }),
    field('accessMonths', t('programmes.accessMonths'), { type: 'number', min: 1, max: 60, hint: t('programmes.accessMonthsHint') }),
  ];
  const capKind = fields[3].control;
  const showCapFields = () => {
    fields[4].element.hidden = capKind.value !== 'FIXED';
    [5, 6, 7].forEach((i) => { fields[i].element.hidden = capKind.value !== 'BY_EMPLOYEE_COUNT'; });
  };
  capKind.addEventListener('change', showCapFields);
  showCapFields();
  return section(t('programmes.new'), jsonForm(fields, t('programmes.create'),
    (body) => postJson('/api/programmes', body), () => reload(t('programmes.created'))), 'new-programme');
}

function newCohortForm(programme, reload) {
  const fields = [
    field('name', t('programmes.cohortName'), { required: true, maxlength: 200, id: `cohort-name-${programme.id}` }),
    field('startsOn', t('programmes.startsOn'), { type: 'date', required: true, id: `cohort-start-${programme.id}` }),
    field('endsOn', t('programmes.endsOn'), { type: 'date', required: true, id: `cohort-end-${programme.id}` }),
    field('seatLimit', t('programmes.seatLimit'), { type: 'number', min: 1, id: `cohort-seats-${programme.id}`, hint: t('programmes.emptyNoLimit') }),
    field('invitedReserve', t('programmes.invitedReserve'), { type: 'number', min: 0, id: `cohort-reserve-${programme.id}`, hint: t('programmes.invitedReserveHint') }),
    field('reserveReleasedOn', t('programmes.reserveReleasedOn'), { type: 'date', id: `cohort-release-${programme.id}` }),
  ];
  return section(t('programmes.addCohort'), jsonForm(fields, t('programmes.addCohort'),
    (body) => postJson(`/api/programmes/${programme.id}/cohorts`, body), () => reload(t('programmes.cohortAdded'))),
  `add-cohort-${programme.code}`);
}

async function applicationFormEditor(programme, container) {
  const result = await getJson(`/api/programmes/${programme.id}/application-form`);
  if (!result.ok) {
    container.replaceChildren(h('p', { class: 'error', role: 'alert' }, t(failureKey(result))));
    return;
  }
  const settings = result.body;
  const id = (name) => `form-${programme.id}-${name}`;
  const fields = [
    field('accepting', t('programmes.form.accepting'), { type: 'checkbox', value: settings.accepting, id: id('accepting') }),
    field('selectionMode', t('programmes.form.mode'), {
      type: 'select', value: settings.selectionMode, id: id('mode'),
      choices: ['FIRST_COME', 'SELECTION'].map((m) => ({ value: m, label: t(`programmes.form.mode.${m}`) })),
    }),
    field('minimumApplicants', t('programmes.form.minimum'), { type: 'number', min: 1, value: settings.minimumApplicants, id: id('minimum'), hint: t('programmes.form.minimumHint') }),
    field('selectionCriteria', t('programmes.form.criteria'), { type: 'textarea', maxlength: 2000, value: settings.selectionCriteria, id: id('criteria'), hint: t('programmes.form.criteriaHint') }),
  ];
  const questions = settings.availableQuestions.map((q) => field(`questions.${q.name}`, t(`apply.q.${q.name}`), {
    type: 'select', value: settings.questions[q.name] ?? '', id: id(q.name),
    choices: [{ value: '', label: t('programmes.form.notAsked') }, { value: 'OPTIONAL', label: t('programmes.form.optional') },
      { value: 'REQUIRED', label: t('programmes.form.required') }],
  }));
  const done = h('p', { class: 'success', role: 'status' });
  const form = jsonForm([...fields, ...questions], t('common.save'), (values) => {
    const body = { questions: {} };
    for (const [name, value] of Object.entries(values)) {
      if (name.startsWith('questions.')) {
        if (value) {
          body.questions[name.substring('questions.'.length)] = value;
        }
      } else {
        body[name] = value;
      }
    }
    body.accepting = Boolean(body.accepting);
    return putJson(`/api/programmes/${programme.id}/application-form`, body);
  }, () => { done.textContent = t('programmes.form.saved'); });
  const publicUrl = new URL(settings.publicPath, window.location.href).href;
  container.replaceChildren(
    h('p', {}, t('programmes.form.publicAddress'), ' ', h('a', { href: publicUrl, 'data-testid': `public-link-${programme.code}` }, publicUrl)),
    h('p', { class: 'hint' }, t('programmes.form.questionsHint')), form, done);
}

function invitationsEditor(programme, organisations, reload) {
  const boxes = organisations.map((o) => field(`org-${o.id}`, o.name, {
    type: 'checkbox', value: programme.invitedOrganisationIds.includes(o.id), id: `invite-${programme.id}-${o.id}`,
  }));
  const summary = h('p', { class: 'error', role: 'alert' });
  const submit = h('button', { type: 'submit', class: 'button' }, t('common.save'));
  const form = h('form', { class: 'form', novalidate: true }, h('p', { class: 'hint' }, t('programmes.invitedHint')),
    boxes.map((b) => b.element), summary, submit);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const organisationIds = organisations.filter((o, i) => boxes[i].control.checked).map((o) => o.id);
    const result = await putJson(`/api/programmes/${programme.id}/invitations`, { organisationIds });
    if (result.ok) {
      await reload(t('programmes.invitedSaved'));
      return;
    }
    showProblem(result, [], summary);
  });
  return section(t('programmes.invited', { count: programme.invitedOrganisationIds.length }), form,
    `invitations-${programme.code}`);
}

function capText(programme) {
  if (programme.capFixed) {
    return t('programmes.capText.FIXED', { seats: programme.capFixed });
  }
  if (programme.employeeThreshold) {
    return t('programmes.capText.BY_EMPLOYEE_COUNT', {
      small: programme.capSmall, large: programme.capLarge, threshold: programme.employeeThreshold,
    });
  }
  return t('programmes.cap.NONE');
}

function programmeCard(programme, organisations, reload) {
  const formContainer = h('div', {}, h('p', { class: 'muted' }, t('status.loading')));
  const formSection = section(t('programmes.form.title'), formContainer, `application-form-${programme.code}`);
  formSection.addEventListener('toggle', () => {
    if (formSection.open) {
      applicationFormEditor(programme, formContainer);
    }
  });
  return h('section', { class: 'card', 'data-testid': `programme-${programme.code}` },
    h('h2', {}, programme.name),
    h('p', { class: 'muted' }, `${programme.code} · ${t('programmes.cap')}: ${capText(programme)}`),
    programme.seatLimit ? seatsBar(programme.seatsTaken, programme.seatLimit) : null,
    programme.cohorts.length === 0
      ? h('p', { class: 'muted' }, t('programmes.noCohorts'))
      : h('ul', { class: 'cohorts' }, programme.cohorts.map(cohortRow)),
    h('p', { class: 'actions' }, h('a', { href: `#/applications/${programme.id}` }, t('programmes.seeApplications'))),
    newCohortForm(programme, reload),
    formSection,
    invitationsEditor(programme, organisations, reload));
}

export async function render(view, context, flash) {
  view.replaceChildren(h('h1', {}, t('programmes.title')), h('p', { class: 'muted' }, t('status.loading')));
  const [programmes, organisations] = await Promise.all([getJson('/api/programmes'), getJson('/api/organisations')]);
  if (!programmes.ok) {
    view.replaceChildren(h('h1', {}, t('programmes.title')),
      h('p', { class: 'error', role: 'alert' }, t(failureKey(programmes))));
    return;
  }
  const reload = (message) => render(view, context, message);
  view.replaceChildren(...[
    h('h1', {}, t('programmes.title')),
    flash ? h('p', { class: 'success', role: 'status', 'data-testid': 'programmes-message' }, flash) : null,
    newProgrammeForm(reload),
    programmes.body.length === 0 ? h('p', {}, t('programmes.none')) : h('div', { class: 'grid' },
      programmes.body.map((p) => programmeCard(p, organisations.ok ? organisations.body : [], reload)))].filter(Boolean));
}
