// A learner's study plan (#/study-plan): this week's lessons first, each one tap from the lesson,
// then the coming weeks folded. Being behind is said calmly, with the new weekly load; a target that
// cannot be reached says the hours it would need. The form that sets the plan is shared with the
// placement result screen.

import { h } from '../dom.js';
import { t } from '../i18n.js';
import { getJson, putJson, failureKey } from '../api.js';
import { formatDay } from '../format.js';
import { field, valueOf, clearErrors, showProblem } from '../form.js';

const LEVELS = {
  JLPT: ['JLPT_N5', 'JLPT_N4', 'JLPT_N3', 'JLPT_N2'],
  IT_BASICS: ['BEGINNER', 'INTERMEDIATE', 'ADVANCED'],
};

export function levelName(code) {
  return code ? t(`placement.level.${code}`) : t('plan.notPlaced');
}

function hours(value) {
  return Number.isInteger(value) ? String(value) : value.toFixed(1);
}

/**
 * The plan settings form: hours per week, target level (not below the placed one), end date.
 * onSaved gets the new plan.
 */
export function planForm({ scale = 'JLPT', placedLevel, target, hoursPerWeek, endDate, levels = LEVELS[scale] }, onSaved, buttonKey = 'plan.save') {
  const from = placedLevel ? Math.max(0, levels.indexOf(placedLevel)) : 0;
  const choices = levels.slice(from).map((code) => ({ value: code, label: levelName(code) }));
  const fields = [
    field('hoursPerWeek', t('placement.hoursPerWeek'), { type: 'number', min: 1, max: 60, required: true, value: hoursPerWeek ?? 5, inputmode: 'decimal' }),
    field('targetLevel', t('placement.targetLevel'), { type: 'select', choices, value: target ?? choices[0]?.value, required: true }),
    field('endDate', t('placement.endDate'), { type: 'date', value: endDate }),
  ];
  fields[0].control.step = '0.5';
  const summary = h('p', { class: 'error', role: 'alert' });
  const save = h('button', { type: 'submit', class: 'button button-big', 'data-testid': 'plan-save' }, t(buttonKey));
  const form = h('form', { class: 'plan-form', novalidate: true }, fields.map((f) => f.element), summary,
    h('p', { class: 'actions' }, save));
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearErrors(fields, summary);
    save.disabled = true;
    const body = { ...Object.fromEntries(fields.map((f) => [f.name, valueOf(f)])), scale };
    const result = await putJson('/api/me/study-plan', body);
    save.disabled = false;
    if (!result.ok) {
      showProblem(result, fields, summary);
      return;
    }
    onSaved(result.body);
  });
  return form;
}

function lessonItem(lesson) {
  return h('li', { class: 'plan-lesson' },
    h('a', { href: `#/lesson/${lesson.lessonId}`, 'data-testid': 'plan-lesson' }, lesson.title),
    h('span', { class: 'muted' }, ` ${lesson.courseTitle} · ${t('plan.minutes', { minutes: lesson.minutes })}`,
      lesson.part > 1 ? ` · ${t('plan.part', { part: lesson.part })}` : ''));
}

function weekList(week) {
  return week.lessons.length === 0
    ? h('p', { class: 'muted' }, t('plan.noLessons'))
    : h('ol', { class: 'plan-lessons' }, week.lessons.map(lessonItem));
}

function notices(plan) {
  const list = [];
  if (plan.behind) {
    list.push(h('p', { class: 'hint', role: 'status', 'data-testid': 'plan-behind' }, t('plan.behind', { n: plan.behindLessons })));
  }
  if (plan.overBudget) {
    list.push(h('p', { class: 'notice', 'data-testid': 'plan-over-budget' }, t('plan.overBudget', { hours: hours(plan.newHoursPerWeek) })));
  } else if (plan.reachable) {
    list.push(h('p', { class: 'success' }, t('plan.reachable', { date: formatDay(plan.finishesOn ?? plan.endDate) })));
  } else if (plan.hoursPerWeekNeeded != null) {
    list.push(h('p', { class: 'notice', 'data-testid': 'plan-unreachable' }, t('plan.unreachable', {
      hours: hours(plan.hoursPerWeek), level: levelName(plan.targetLevel), date: formatDay(plan.endDate),
      needed: hours(plan.hoursPerWeekNeeded),
    })));
  } else {
    list.push(h('p', { class: 'notice' }, t('plan.noTime', { date: formatDay(plan.endDate) })));
  }
  return list;
}

function show(view, plan) {
  const thisWeek = plan.thisWeek
    ? h('section', { class: 'card plan-this-week', 'data-testid': 'plan-this-week' },
      h('h2', {}, t('plan.thisWeek')),
      h('p', { class: 'muted' }, t('plan.weekOf', { date: formatDay(plan.thisWeek.monday) })),
      weekList(plan.thisWeek))
    : null;
  const ahead = h('section', { class: 'plan-weeks' },
    h('h2', {}, t('plan.comingWeeks', { n: plan.weeks.length })),
    plan.weeks.map((week) => h('details', { class: 'card plan-week' },
      h('summary', {}, `${t('plan.weekOf', { date: formatDay(week.monday) })} · ${week.lessons.length}`),
      weekList(week))));
  const change = h('details', { class: 'card plan-change' },
    h('summary', {}, t('plan.change')),
    planForm({ scale: plan.scale, placedLevel: plan.placedLevel, target: plan.targetLevel, hoursPerWeek: plan.hoursPerWeek, endDate: plan.endDate },
      (saved) => show(view, saved)));
  view.replaceChildren(...[
    h('h1', {}, t('plan.title')),
    h('p', { class: 'lead', 'data-testid': 'plan-summary' }, t('plan.summary', {
      placed: levelName(plan.placedLevel), target: levelName(plan.targetLevel), hours: hours(plan.hoursPerWeek),
      date: formatDay(plan.endDate),
    })),
    h('p', { class: 'muted' }, t('plan.done', { n: plan.completedLessons })),
    ...notices(plan),
    thisWeek,
    ahead,
    change,
  ].filter(Boolean));
}

export async function render(view) {
  view.replaceChildren(h('h1', {}, t('plan.title')), h('p', { class: 'muted' }, t('status.loading')));
  const result = await getJson('/api/me/study-plan');
  if (result.status === 404) {
    view.replaceChildren(h('h1', {}, t('plan.title')), h('p', {}, t('plan.none')),
      h('p', { class: 'actions' }, h('a', { class: 'button button-big', href: '#/placement' }, t('placement.start'))));
    return;
  }
  if (!result.ok) {
    view.replaceChildren(h('h1', {}, t('plan.title')), h('p', { class: 'error', role: 'alert' }, t(failureKey(result))));
    return;
  }
  show(view, result.body);
}
