// A learner's "My learning": each curriculum they follow with a progress bar, every item's status
// and planned dates, and the next course one tap away. Status is written in words, never shown by
// colour alone; being behind the plan is said calmly, as information.

import { h } from '../dom.js';
import { t } from '../i18n.js';
import { getJson, failureKey } from '../api.js';
import { formatDay } from '../format.js';

function itemRow(item) {
  const title = item.title ?? t('curriculum.unavailable');
  const name = item.available && item.status !== 'LOCKED'
    ? h('a', { href: `#/course/${item.courseId}` }, title) : h('span', {}, title);
  return h('li', { class: `curriculum-item status-${item.status.toLowerCase()}` },
    h('div', { class: 'curriculum-item-head' },
      name,
      h('span', { class: `badge status-badge status-${item.status.toLowerCase()}` }, t(`curriculum.status.${item.status}`))),
    h('p', { class: 'muted' },
      t(item.required ? 'curriculum.required' : 'curriculum.optional'), ' · ',
      t('curriculum.lessonsDone', { done: item.lessonsDone, total: item.lessonCount }), ' · ',
      t('curriculum.plannedDates', { from: formatDay(item.plannedStart), to: formatDay(item.plannedEnd) })));
}

function curriculumCard(curriculum) {
  const next = curriculum.items.find((item) => item.courseId === curriculum.nextCourseId);
  const progressLabel = t('curriculum.progress', {
    done: curriculum.requiredDone, total: curriculum.requiredCount, percent: curriculum.percentRequiredDone,
  });
  return h('section', { class: 'card curriculum-card', 'data-testid': `my-curriculum-${curriculum.code}` },
    h('h2', {}, curriculum.title),
    curriculum.programmeName ? h('p', { class: 'muted' }, curriculum.programmeName) : null,
    h('p', {}, progressLabel),
    h('progress', { max: 100, value: curriculum.percentRequiredDone, 'aria-label': progressLabel }, `${curriculum.percentRequiredDone}%`),
    h('p', { class: 'muted' }, t('curriculum.planSummary', {
      from: formatDay(curriculum.startsOn), to: formatDay(curriculum.plannedEnd), hours: curriculum.trainingHours,
    })),
    curriculum.behind ? h('p', { class: 'hint curriculum-behind', role: 'status' }, t('curriculum.behind')) : null,
    next
      ? h('p', { class: 'actions' }, h('a', { class: 'button', href: `#/course/${next.courseId}`, 'data-testid': 'next-course' },
        t('curriculum.next', { title: next.title })))
      : h('p', { class: 'success' }, t(curriculum.requiredDone === curriculum.requiredCount ? 'curriculum.allDone' : 'curriculum.waiting')),
    h('ol', { class: 'curriculum-items' }, curriculum.items.map(itemRow)));
}

export async function render(view) {
  view.replaceChildren(h('h1', {}, t('curriculum.myLearning')), h('p', { class: 'muted' }, t('status.loading')));
  const result = await getJson('/api/me/curricula');
  if (!result.ok) {
    view.replaceChildren(h('h1', {}, t('curriculum.myLearning')), h('p', { class: 'error', role: 'alert' }, t(failureKey(result))));
    return;
  }
  view.replaceChildren(h('h1', {}, t('curriculum.myLearning')),
    result.body.length === 0 ? h('p', {}, t('curriculum.noneMine')) : h('div', { class: 'grid' }, result.body.map(curriculumCard)));
}
