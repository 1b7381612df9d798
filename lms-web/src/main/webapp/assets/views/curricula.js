// Administrators: a programme's curricula — ordered courses, required or optional, prerequisites,
// pace and yearly breaks — with each one's plan from the programme's first cohort, and enrolment
// of a cohort or of one learner. Reached from its own menu link; #/curricula/{programmeId} opens a
// programme directly.

import { h } from '../dom.js';
import { t } from '../i18n.js';
import { getJson, postJson, putJson, failureKey } from '../api.js';
import { field, valueOf, clearErrors, showProblem } from '../form.js';
import { formatDay } from '../format.js';

const DEFAULT_BREAKS = [{ firstDay: '08-13', lastDay: '08-15' }, { firstDay: '12-29', lastDay: '01-03' }];

function programmeIdFromHash() {
  const part = window.location.hash.replace(/^#\/?/, '').split('/')[1];
  return part && /^\d+$/.test(part) ? Number(part) : null;
}

function courseTitle(courses, id) {
  const course = courses.find((c) => c.id === id);
  return course ? course.title : t('curriculum.unknownCourse', { id });
}

/** The editor for a new (curriculum null) or existing curriculum. onSaved gets the saved view. */
function editor(programmeId, curriculum, courses, onSaved, onCancel) {
  const state = {
    breaks: curriculum ? curriculum.breaks.map((b) => ({ ...b })) : DEFAULT_BREAKS.map((b) => ({ ...b })),
    items: curriculum
      ? curriculum.items.map((i) => ({ courseId: i.courseId, required: i.required, prerequisites: [...i.prerequisites] }))
      : [],
  };
  const fields = [
    field('code', t('curriculum.code'), { required: true, maxlength: 40, value: curriculum?.code, hint: t('curriculum.codeHint') }),
    field('title', t('curriculum.name'), { required: true, maxlength: 200, value: curriculum?.title }),
    field('description', t('curriculum.description'), { type: 'textarea', maxlength: 2000, value: curriculum?.description }),
    field('hoursPerMonth', t('curriculum.hoursPerMonth'), { type: 'number', min: 1, max: 744, required: true, value: curriculum?.hoursPerMonth ?? 60 }),
    field('hoursPerDay', t('curriculum.hoursPerDay'), { type: 'number', min: 1, max: 24, required: true, value: curriculum?.hoursPerDay ?? 3 }),
  ];
  const breaksBox = h('fieldset', { class: 'curriculum-breaks' });
  const itemsBox = h('fieldset', { class: 'curriculum-items' });

  function renderBreaks() {
    breaksBox.replaceChildren(h('legend', {}, t('curriculum.breaks')),
      h('p', { class: 'hint' }, t('curriculum.breaksHint')),
      ...state.breaks.map((period, index) => {
        const first = h('input', { type: 'text', inputmode: 'numeric', maxlength: 5, value: period.firstDay,
          'aria-label': t('curriculum.breakFirst', { n: index + 1 }), placeholder: 'MM-DD' });
        const last = h('input', { type: 'text', inputmode: 'numeric', maxlength: 5, value: period.lastDay,
          'aria-label': t('curriculum.breakLast', { n: index + 1 }), placeholder: 'MM-DD' });
        first.addEventListener('change', () => { period.firstDay = first.value.trim(); });
        last.addEventListener('change', () => { period.lastDay = last.value.trim(); });
        const remove = h('button', { type: 'button', class: 'button button-secondary' }, t('curriculum.remove'));
        remove.addEventListener('click', () => { state.breaks.splice(index, 1); renderBreaks(); });
        return h('div', { class: 'curriculum-break' }, first, h('span', {}, '–'), last, remove);
      }),
      addButton(t('curriculum.addBreak'), () => { state.breaks.push({ firstDay: '', lastDay: '' }); renderBreaks(); }));
  }

  function renderItems() {
    itemsBox.replaceChildren(h('legend', {}, t('curriculum.items')),
      state.items.length === 0 ? h('p', { class: 'muted' }, t('curriculum.noItems')) : null,
      h('ol', { class: 'curriculum-edit-items' }, state.items.map((item, index) => itemRow(item, index))),
      addCourse());
  }

  function itemRow(item, index) {
    const required = h('input', { type: 'checkbox', id: `item-required-${index}`, checked: item.required });
    required.addEventListener('change', () => { item.required = required.checked; });
    const others = state.items.filter((other) => other.courseId !== item.courseId);
    const prerequisites = others.length === 0 ? null : h('fieldset', { class: 'prerequisites' },
      h('legend', {}, t('curriculum.prerequisites')),
      others.map((other) => {
        const id = `prereq-${index}-${other.courseId}`;
        const box = h('input', { type: 'checkbox', id, checked: item.prerequisites.includes(other.courseId) });
        box.addEventListener('change', () => {
          item.prerequisites = box.checked ? [...item.prerequisites, other.courseId]
            : item.prerequisites.filter((p) => p !== other.courseId);
        });
        return h('div', { class: 'field-check' }, box, h('label', { for: id }, courseTitle(courses, other.courseId)));
      }));
    const up = h('button', { type: 'button', class: 'button button-secondary', disabled: index === 0,
      'aria-label': t('curriculum.moveUp') }, '↑');
    up.addEventListener('click', () => { state.items.splice(index - 1, 0, state.items.splice(index, 1)[0]); renderItems(); });
    const down = h('button', { type: 'button', class: 'button button-secondary', disabled: index === state.items.length - 1,
      'aria-label': t('curriculum.moveDown') }, '↓');
    down.addEventListener('click', () => { state.items.splice(index + 1, 0, state.items.splice(index, 1)[0]); renderItems(); });
    const remove = h('button', { type: 'button', class: 'button button-secondary' }, t('curriculum.remove'));
    remove.addEventListener('click', () => {
      state.items.splice(index, 1);
      state.items.forEach((other) => { other.prerequisites = other.prerequisites.filter((p) => p !== item.courseId); });
      renderItems();
    });
    return h('li', { class: 'curriculum-edit-item' },
      h('strong', {}, courseTitle(courses, item.courseId)),
      h('div', { class: 'field-check' }, required, h('label', { for: `item-required-${index}` }, t('curriculum.required'))),
      prerequisites,
      h('div', { class: 'curriculum-item-actions' }, up, down, remove));
  }

  function addCourse() {
    const unused = courses.filter((c) => !state.items.some((i) => i.courseId === c.id));
    if (unused.length === 0) {
      return null;
    }
    const picker = field('addCourse', t('curriculum.addCourse'), {
      type: 'select', choices: unused.map((c) => ({ value: c.id, label: `${c.title} (${c.code}, ${t('curriculum.hours', { hours: c.estimatedHours })})` })),
    });
    const add = addButton(t('curriculum.add'), () => {
      state.items.push({ courseId: Number(picker.control.value), required: true, prerequisites: [] });
      renderItems();
    });
    return h('div', { class: 'curriculum-add' }, picker.element, add);
  }

  renderBreaks();
  renderItems();
  const summary = h('p', { class: 'error', role: 'alert' });
  const save = h('button', { type: 'submit', class: 'button' }, t('curriculum.save'));
  const cancel = h('button', { type: 'button', class: 'button button-secondary' }, t('curriculum.cancel'));
  cancel.addEventListener('click', onCancel);
  const form = h('form', { class: 'form card', novalidate: true, 'data-testid': 'curriculum-editor' },
    h('h2', {}, curriculum ? t('curriculum.edit') : t('curriculum.new')),
    fields.map((f) => f.element), breaksBox, itemsBox, summary, h('p', { class: 'actions' }, save, cancel));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearErrors(fields, summary);
    const body = { ...Object.fromEntries(fields.map((f) => [f.name, valueOf(f)])), breaks: state.breaks, items: state.items };
    save.disabled = true;
    const result = curriculum ? await putJson(`/api/curricula/${curriculum.id}`, body)
      : await postJson(`/api/programmes/${programmeId}/curricula`, body);
    save.disabled = false;
    if (result.ok) {
      onSaved(result.body);
      return;
    }
    showProblem(result, fields, summary);
  });
  return form;
}

function addButton(label, onClick) {
  const button = h('button', { type: 'button', class: 'button button-secondary' }, label);
  button.addEventListener('click', onClick);
  return button;
}

/**
 * Learners found by part of their name or login ID, each with a button that enrols them. Typing
 * waits a moment before asking, so a name typed quickly is one request.
 */
function learnerFinder(curriculum, send) {
  const results = h('ul', { class: 'learner-results', 'data-testid': `learner-results-${curriculum.id}` });
  const finder = field(`learner-${curriculum.id}`, t('curriculum.findLearner'), { type: 'search', hint: t('curriculum.findLearnerHint') });
  let timer;
  let asked = 0;
  finder.control.addEventListener('input', () => {
    clearTimeout(timer);
    const text = finder.control.value.trim();
    if (!text) {
      results.replaceChildren();
      return;
    }
    timer = setTimeout(async () => {
      const question = ++asked;
      const found = await getJson(`/api/accounts?role=LEARNER&status=ACTIVE&limit=8&q=${encodeURIComponent(text)}`);
      if (question !== asked) {
        return;
      }
      if (!found.ok) {
        results.replaceChildren(h('li', { class: 'error' }, t(failureKey(found))));
        return;
      }
      results.replaceChildren(...(found.body.length === 0 ? [h('li', { class: 'muted' }, t('curriculum.noLearnerFound'))]
        : found.body.map((account) => h('li', {},
          h('span', {}, h('strong', {}, account.displayName), ' ', h('span', { class: 'muted' }, account.loginId)),
          addButton(t('curriculum.enrolLearner'), () => send({ accountId: account.id }))))));
    }, 250);
  });
  return h('div', {}, finder.element, results);
}

function enrolForm(curriculum, programme, onDone) {
  const summary = h('p', { class: 'error', role: 'alert' });
  const cohort = field(`cohort-${curriculum.id}`, t('curriculum.cohort'), {
    type: 'select', choices: programme.cohorts.map((c) => ({ value: c.id, label: `${c.name} (${formatDay(c.startsOn)})` })),
  });
  const send = async (body) => {
    summary.textContent = '';
    const result = await postJson(`/api/curricula/${curriculum.id}/enrolments`, body);
    if (result.ok) {
      onDone(t('curriculum.enrolled', { added: result.body.added, total: result.body.enrolled }));
      return;
    }
    showProblem(result, [], summary);
  };
  const byCohort = addButton(t('curriculum.enrolCohort'), () => send({ cohortId: Number(cohort.control.value) }));
  return h('details', { class: 'setup' }, h('summary', {}, t('curriculum.enrol')),
    programme.cohorts.length ? h('div', {}, cohort.element, byCohort) : null,
    learnerFinder(curriculum, send), summary);
}

/** Who is enrolled, by name; folded away, since a cohort can be long. */
function enrolledList(curriculum) {
  const box = h('div', { 'data-testid': `enrolled-${curriculum.id}` }, h('p', { class: 'muted' }, t('status.loading')));
  getJson(`/api/curricula/${curriculum.id}/enrolments`).then((result) => {
    if (!result.ok) {
      box.replaceChildren(h('p', { class: 'error' }, t(failureKey(result))));
      return;
    }
    const count = h('summary', {}, t('curriculum.enrolledCount', { count: result.body.length }));
    box.replaceChildren(result.body.length === 0 ? h('p', { class: 'muted' }, count.textContent)
      : h('details', {}, count, h('ul', { class: 'enrolled-learners' }, result.body.map((e) => h('li', {},
        h('span', {}, e.displayName ?? t('curriculum.unknownLearner', { id: e.accountId })), ' ',
        h('span', { class: 'muted' }, `${e.loginId ?? ''} · ${t('curriculum.startsOn', { day: formatDay(e.startsOn) })}`))))));
  });
  return box;
}

function curriculumCard(curriculum, courses, programme, edit, reload) {
  const editButton = addButton(t('curriculum.edit'), () => edit(curriculum));
  return h('section', { class: 'card', 'data-testid': `curriculum-${curriculum.code}` },
    h('h2', {}, curriculum.title),
    h('p', { class: 'muted' }, `${curriculum.code} · ${t('curriculum.pace', { month: curriculum.hoursPerMonth, day: curriculum.hoursPerDay })}`),
    curriculum.description ? h('p', {}, curriculum.description) : null,
    h('p', {}, t('curriculum.planSummary', {
      from: formatDay(curriculum.plannedFrom), to: formatDay(curriculum.plannedEnd), hours: curriculum.trainingHours,
    })),
    curriculum.breaks.length ? h('p', { class: 'hint' }, `${t('curriculum.breaks')}: ${curriculum.breaks.map((b) => `${b.firstDay}–${b.lastDay}`).join(', ')}`) : null,
    h('ol', { class: 'curriculum-items' }, curriculum.items.map((item) => h('li', {},
      h('strong', {}, item.title ?? courseTitle(courses, item.courseId)), ' ',
      h('span', { class: item.required ? 'badge' : 'badge badge-wait' }, t(item.required ? 'curriculum.required' : 'curriculum.optional')),
      h('span', { class: 'muted curriculum-dates' }, ` ${formatDay(item.plannedStart)} – ${formatDay(item.plannedEnd)}`),
      item.prerequisites.length ? h('span', { class: 'hint' }, ` ${t('curriculum.after', { courses: item.prerequisites.map((p) => courseTitle(courses, p)).join(', ') })}`) : null))),
    enrolledList(curriculum),
    h('p', { class: 'actions' }, editButton),
    enrolForm(curriculum, programme, reload));
}

async function showProgramme(container, programme, courses, flash) {
  container.replaceChildren(h('p', { class: 'muted' }, t('status.loading')));
  const result = await getJson(`/api/programmes/${programme.id}/curricula`);
  if (!result.ok) {
    container.replaceChildren(h('p', { class: 'error', role: 'alert' }, t(failureKey(result))));
    return;
  }
  const reload = (message) => showProgramme(container, programme, courses, message);
  const edit = (curriculum) => {
    container.replaceChildren(editor(programme.id, curriculum, courses,
      () => reload(t('curriculum.saved')), () => reload()));
    container.querySelector('input')?.focus();
  };
  container.replaceChildren(...[
    flash ? h('p', { class: 'success', role: 'status', 'data-testid': 'curricula-message' }, flash) : null,
    h('p', { class: 'actions' }, addButton(t('curriculum.new'), () => edit(null))),
    result.body.length === 0 ? h('p', {}, t('curriculum.none'))
      : h('div', { class: 'grid' }, result.body.map((c) => curriculumCard(c, courses, programme, edit, reload)))].filter(Boolean));
}

export async function render(view) {
  view.replaceChildren(h('h1', {}, t('curriculum.title')), h('p', { class: 'muted' }, t('status.loading')));
  const [programmes, courses] = await Promise.all([getJson('/api/programmes'), getJson('/api/authoring/courses')]);
  if (!programmes.ok) {
    view.replaceChildren(h('h1', {}, t('curriculum.title')), h('p', { class: 'error', role: 'alert' }, t(failureKey(programmes))));
    return;
  }
  const list = courses.ok ? courses.body : [];
  const container = h('div', {});
  const chosen = programmeIdFromHash() ?? programmes.body[0]?.id;
  const picker = field('programme', t('curriculum.programme'), {
    type: 'select', value: chosen, choices: programmes.body.map((p) => ({ value: p.id, label: p.name })),
  });
  const open = () => {
    const programme = programmes.body.find((p) => p.id === Number(picker.control.value));
    if (programme) {
      showProgramme(container, programme, list);
    }
  };
  picker.control.addEventListener('change', open);
  view.replaceChildren(h('h1', {}, t('curriculum.title')), h('p', { class: 'muted' }, t('curriculum.intro')),
    picker.element, container);
  open();
}
