// Administrators' approval queue: pick a programme, see each term's seats and applications, and
// approve (a seat and an account are issued; the applicant gets an e-mail) or reject with a reason.
// Under selection each decision records how the published criteria were applied.

import { h } from '../dom.js';
import { t } from '../i18n.js';
import { getJson, postJson, failureKey } from '../api.js';
import { field, valueOf, clearErrors, showProblem, errorText } from '../form.js';
import { formatDay, formatInstant } from '../format.js';

const STATUSES = ['SUBMITTED', 'APPROVED', 'REJECTED', 'CANCELLED'];

function selectedProgramme() {
  const id = window.location.hash.replace(/^#\/?/, '').split('/')[1];
  return id && /^\d+$/.test(id) ? Number(id) : null;
}

function refusalText(result) {
  const error = result.body?.errors?.[0];
  if (result.status === 409 && error) {
    const key = `applications.refused.${error.code}`;
    const text = t(key);
    return text === key ? errorText(error) : text;
  }
  return null;
}

function cohortCard(cohort, settings, reload) {
  const waiting = cohort.applications.SUBMITTED;
  const open = waiting + cohort.applications.APPROVED;
  const message = h('p', { class: 'success', role: 'status' });
  const problem = h('p', { class: 'error', role: 'alert' });
  const actions = h('div', { class: 'actions' });
  if (!cohort.cancelled && settings.selectionMode === 'FIRST_COME' && waiting > 0) {
    const button = h('button', { type: 'button', class: 'button', 'data-testid': `approve-in-order-${cohort.id}` },
      t('applications.approveInOrder', { count: waiting }));
    button.addEventListener('click', async () => {
      button.disabled = true;
      const result = await postJson(`/api/cohorts/${cohort.id}/approvals`);
      button.disabled = false;
      if (!result.ok) {
        problem.textContent = t(failureKey(result));
        return;
      }
      await reload(result.body.stoppedBecause
        ? `${t('applications.approvedCount', { count: result.body.approved })} ${t(`applications.refused.${result.body.stoppedBecause}`)}`
        : t('applications.approvedCount', { count: result.body.approved }));
    });
    actions.append(button);
  }
  if (!cohort.cancelled && settings.selectionMode === 'SELECTION' && settings.minimumApplicants
      && open < settings.minimumApplicants && cohort.applications.APPROVED === 0) {
    const reason = field(`cancel-reason-${cohort.id}`, t('applications.cancelReason'), { type: 'textarea', required: true, maxlength: 1000 });
    reason.name = 'reason';
    const button = h('button', { type: 'submit', class: 'button button-secondary' }, t('applications.cancelRun'));
    const form = h('form', { class: 'form', novalidate: true }, reason.element, button);
    form.addEventListener('submit', async (event) => {
      event.preventDefault();
      clearErrors([reason], problem);
      if (!window.confirm(t('applications.cancelConfirm', { count: open }))) {
        return;
      }
      const result = await postJson(`/api/cohorts/${cohort.id}/cancellation`, { reason: valueOf(reason) });
      if (result.ok) {
        await reload(t('applications.cancelled', { count: result.body.applicationsCancelled }));
        return;
      }
      showProblem(result, [reason], problem);
    });
    actions.append(h('details', {}, h('summary', {}, t('applications.cancelRun')),
      h('p', { class: 'hint' }, t('applications.cancelHint', { count: open, minimum: settings.minimumApplicants })), form));
  }
  const seats = cohort.seatLimit ? t('programmes.seats', { taken: cohort.seatsTaken, limit: cohort.seatLimit })
    : t('programmes.seatsNoLimit', { taken: cohort.seatsTaken });
  return h('section', { class: 'card', 'data-testid': `queue-cohort-${cohort.id}` },
    h('div', { class: 'cohort-head' }, h('h2', {}, cohort.name),
      h('span', { class: 'muted' }, `${formatDay(cohort.startsOn)} – ${formatDay(cohort.endsOn)}`)),
    cohort.cancelled ? h('p', { class: 'notice' }, t('applications.runCancelled', { reason: cohort.cancelledReason ?? '' })) : null,
    h('p', {}, seats),
    h('p', { class: 'muted' }, STATUSES.map((s) => `${t(`applications.status.${s}`)}: ${cohort.applications[s]}`).join(' · ')),
    actions, message, problem);
}

function decisionPanel(application, settings, organisations, reload) {
  const problem = h('p', { class: 'error', role: 'alert' });
  const organisation = field(`organisation-${application.id}`, t('applications.organisation'), {
    type: 'select', hint: t('applications.organisationHint'),
    choices: [{ value: '', label: t('applications.individual') },
      ...organisations.map((o) => ({ value: o.id, label: o.name }))],
  });
  organisation.name = 'organisationId';
  const note = field(`note-${application.id}`, t('applications.selectionNote'), {
    type: 'textarea', maxlength: 1000, required: settings.selectionMode === 'SELECTION', hint: t('applications.selectionNoteHint'),
  });
  note.name = 'selectionNote';
  const approve = h('button', { type: 'submit', class: 'button', 'data-testid': `approve-${application.id}` }, t('applications.approve'));
  const approveForm = h('form', { class: 'form', novalidate: true }, organisation.element,
    settings.selectionMode === 'SELECTION' ? note.element : null, approve);
  approveForm.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearErrors([organisation, note], problem);
    approve.disabled = true;
    const chosen = valueOf(organisation);
    const result = await postJson(`/api/applications/${application.id}/approval`, {
      organisationId: chosen === null ? null : Number(chosen), selectionNote: valueOf(note),
    });
    approve.disabled = false;
    if (result.ok) {
      await reload(t('applications.approvedOne', { name: application.displayName, loginId: result.body.loginId }));
      return;
    }
    const refusal = refusalText(result);
    if (refusal) {
      problem.textContent = refusal;
      return;
    }
    showProblem(result, [organisation, note], problem);
  });
  const reason = field(`reason-${application.id}`, t('applications.rejectReason'), {
    type: 'textarea', required: true, maxlength: 1000, hint: t('applications.rejectHint'),
  });
  reason.name = 'reason';
  const reject = h('button', { type: 'submit', class: 'button button-secondary' }, t('applications.reject'));
  const rejectForm = h('form', { class: 'form', novalidate: true }, reason.element, reject);
  rejectForm.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearErrors([reason], problem);
    const result = await postJson(`/api/applications/${application.id}/rejection`, {
      reason: valueOf(reason), selectionNote: valueOf(note),
    });
    if (result.ok) {
      await reload(t('applications.rejectedOne', { name: application.displayName }));
      return;
    }
    showProblem(result, [reason], problem);
  });
  return h('div', { class: 'decision' }, approveForm,
    h('details', {}, h('summary', {}, t('applications.reject')), rejectForm), problem);
}

function applicationCard(application, cohortName, settings, organisations, reload) {
  const answers = Object.entries(application.answers ?? {});
  return h('section', { class: 'card', 'data-testid': `application-${application.reference}` },
    h('div', { class: 'cohort-head' }, h('h2', {}, application.displayName),
      h('span', { class: `badge ${application.status === 'SUBMITTED' ? 'badge-wait' : 'badge-ok'}` },
        t(`applications.status.${application.status}`))),
    h('dl', { class: 'facts' },
      h('div', { class: 'fact' }, h('dt', {}, t('apply.reference')), h('dd', {}, application.reference)),
      h('div', { class: 'fact' }, h('dt', {}, t('apply.cohort')), h('dd', {}, cohortName)),
      h('div', { class: 'fact' }, h('dt', {}, t('applications.submittedAt')),
        h('dd', {}, formatInstant(application.submittedAt, { withTime: true }))),
      h('div', { class: 'fact' }, h('dt', {}, t('apply.email')), h('dd', {}, application.email)),
      answers.map(([question, answer]) => h('div', { class: 'fact' }, h('dt', {}, t(`apply.q.${question}`)),
        h('dd', {}, t(`apply.choice.${answer}`) === `apply.choice.${answer}` ? answer : t(`apply.choice.${answer}`)))),
      application.decisionReason ? h('div', { class: 'fact' }, h('dt', {}, t('applications.reason')),
        h('dd', {}, application.decisionReason)) : null,
      application.selectionNote ? h('div', { class: 'fact' }, h('dt', {}, t('applications.selectionNote')),
        h('dd', {}, application.selectionNote)) : null),
    application.status === 'SUBMITTED' ? decisionPanel(application, settings, organisations, reload) : null);
}

async function renderProgramme(container, programmeId, status, flash) {
  container.replaceChildren(h('p', { class: 'muted' }, t('status.loading')));
  const query = status ? `&status=${status}` : '';
  const [settings, list, organisations] = await Promise.all([
    getJson(`/api/programmes/${programmeId}/application-form`),
    getJson(`/api/applications?programmeId=${programmeId}${query}`),
    getJson('/api/organisations')]);
  if (!settings.ok || !list.ok) {
    container.replaceChildren(h('p', { class: 'error', role: 'alert' }, t(failureKey(settings.ok ? list : settings))));
    return;
  }
  const reload = (message) => renderProgramme(container, programmeId, status, message);
  const cohortNames = Object.fromEntries(settings.body.cohorts.map((c) => [c.id, c.name]));
  container.replaceChildren(...[
    flash ? h('p', { class: 'success', role: 'status', 'data-testid': 'queue-message' }, flash) : null,
    h('p', {}, settings.body.accepting
      ? h('span', {}, t('applications.formOpen'), ' ', h('a', { href: settings.body.publicPath.replace(/^\//, ''), 'data-testid': 'public-form-link' },
        new URL(settings.body.publicPath, window.location.href).href))
      : t('applications.formClosed')),
    h('div', { class: 'grid' }, settings.body.cohorts.map((c) => cohortCard(c, settings.body, reload))),
    h('h2', {}, t(status ? `applications.heading.${status}` : 'applications.heading.ALL', { count: list.body.length })),
    list.body.length === 0 ? h('p', { class: 'muted' }, t('applications.none'))
      : h('div', { class: 'grid' }, list.body.map((a) => applicationCard(a, cohortNames[a.cohortId] ?? '', settings.body,
        organisations.ok ? organisations.body : [], reload)))].filter(Boolean));
}

export async function render(view) {
  view.replaceChildren(h('h1', {}, t('applications.title')), h('p', { class: 'muted' }, t('status.loading')));
  const programmes = await getJson('/api/programmes');
  if (!programmes.ok) {
    view.replaceChildren(h('h1', {}, t('applications.title')), h('p', { class: 'error', role: 'alert' }, t(failureKey(programmes))));
    return;
  }
  const chosen = selectedProgramme() ?? programmes.body[0]?.id ?? null;
  const programme = field('programme', t('applications.programme'), {
    type: 'select', value: chosen, choices: programmes.body.map((p) => ({ value: p.id, label: p.name })),
  });
  const status = field('status', t('applications.show'), {
    type: 'select', value: 'SUBMITTED',
    choices: [...STATUSES.map((s) => ({ value: s, label: t(`applications.status.${s}`) })), { value: '', label: t('applications.all') }],
  });
  const container = h('div', { class: 'queue' });
  const refresh = () => renderProgramme(container, Number(programme.control.value), status.control.value);
  programme.control.addEventListener('change', () => {
    window.history.replaceState(null, '', `#/applications/${programme.control.value}`);
    refresh();
  });
  status.control.addEventListener('change', refresh);
  view.replaceChildren(h('h1', {}, t('applications.title')),
    h('div', { class: 'filters' }, programme.element, status.element), container);
  if (chosen !== null) {
    await refresh();
  }
}
