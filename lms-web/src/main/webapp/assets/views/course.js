// One course (#/course/12, or #/course/12?draft=true for its editors): what it teaches, for whom,
// how long it takes, its outline with what is done, and one big button to the next lesson.

import { h, fill } from '../dom.js';
import { t } from '../i18n.js';
import { getJson, postJson, failureKey } from '../api.js';
import { session } from '../session.js';
import { badges, hoursText, label } from '../catalog-labels.js';

function courseAddress() {
  const match = window.location.hash.match(/^#\/course\/(\d+)(?:\?(.*))?/);
  if (!match) {
    return null;
  }
  return { id: match[1], draft: new URLSearchParams(match[2] ?? '').get('draft') === 'true' };
}

function list(titleKey, items, testId) {
  if (!items || items.length === 0) {
    return null;
  }
  return h('section', { class: 'card', 'data-testid': testId }, h('h2', {}, t(titleKey)),
    h('ul', { class: 'plain-list' }, items.map((item) => h('li', {}, item))));
}

function progress(course) {
  if (!session().signedIn || course.lessonCount === 0) {
    return null;
  }
  const done = course.completedLessons;
  const words = t('catalog.course.progress', { done, total: course.lessonCount });
  return h('div', { class: 'progress-block', 'data-testid': 'course-progress' },
    h('span', {}, words),
    h('progress', { max: course.lessonCount, value: done, 'aria-label': words }));
}

function lessonRow(lesson, signedIn) {
  const title = signedIn ? h('a', { href: `#/lesson/${lesson.id}` }, lesson.title) : h('span', {}, lesson.title);
  return h('li', { class: `outline-lesson${lesson.completed ? ' done' : ''}`, 'data-testid': `outline-${lesson.id}` },
    h('span', { class: 'tick', 'aria-hidden': 'true' }, lesson.completed ? '✓' : ''),
    h('span', { class: 'outline-title' }, title,
      lesson.completed ? h('span', { class: 'visually-hidden' }, ` (${t('catalog.lesson.done')})`) : null),
    h('span', { class: 'outline-meta muted' }, label('kind', lesson.kind),
      lesson.minutes ? ` · ${t('catalog.minutes', { minutes: lesson.minutes })}` : ''));
}

function outline(course) {
  const signedIn = session().signedIn;
  return h('section', { class: 'card', 'aria-labelledby': 'outline-title', 'data-testid': 'outline' },
    h('h2', { id: 'outline-title' }, t('catalog.course.outline')),
    course.sections.length === 0 ? h('p', { class: 'muted' }, t('catalog.course.empty')) : null,
    course.sections.map((section, i) => h('div', { class: 'outline-section' },
      h('h3', {}, t('catalog.course.section', { number: i + 1 }), ' ', section.title),
      h('ol', { class: 'outline-lessons' }, section.lessons.map((lesson) => lessonRow(lesson, signedIn))))));
}

function firstLessonId(course) {
  return course.sections.flatMap((s) => s.lessons)[0]?.id ?? null;
}

/** The one main action, kept within thumb reach at the bottom of a phone's screen. */
function mainAction(course, view) {
  if (!session().signedIn) {
    return h('a', { class: 'button button-big', href: `#/sign-in?next=/course/${course.id}`, 'data-testid': 'course-sign-in' },
      t('catalog.course.signInToStudy'));
  }
  const first = firstLessonId(course);
  if (!first) {
    return null;
  }
  const allDone = course.nextLessonId === null && course.completedLessons > 0;
  const target = course.nextLessonId ?? first;
  const key = allDone ? 'catalog.course.review' : course.started ? 'catalog.course.continue' : 'catalog.course.start';
  const button = h('button', { type: 'button', class: 'button button-big', 'data-testid': 'course-start' }, t(key));
  const message = h('p', { class: 'error', role: 'alert' });
  button.addEventListener('click', async () => {
    if (!course.started && !course.draft) {
      button.disabled = true;
      const result = await postJson(`/api/courses/${course.id}/start`);
      button.disabled = false;
      if (!result.ok) {
        message.textContent = t(failureKey(result));
        return;
      }
    }
    window.location.hash = `#/lesson/${target}`;
  });
  return h('div', {}, button, message);
}

function editorPart(course) {
  if (!course.editable) {
    return null;
  }
  return h('section', { class: 'card editor-note', 'data-testid': 'editor-note' },
    course.draft ? h('p', { class: 'notice' }, t('catalog.course.draftNotice'))
      : course.hasDraft ? h('p', { class: 'notice' }, t('catalog.course.hasDraft'), ' ',
        h('a', { href: `#/course/${course.id}?draft=true` }, t('catalog.course.seeDraft'))) : null,
    course.reviewNote ? h('p', {}, h('strong', {}, t('catalog.course.reviewNote')), ' ', course.reviewNote) : null,
    h('p', { class: 'actions' }, h('a', { class: 'button button-secondary', href: `#/authoring/${course.id}`,
      'data-testid': 'course-edit' }, t('catalog.course.edit'))));
}

export async function render(view) {
  const address = courseAddress();
  if (!address) {
    fill(view, h('h1', {}, t('common.notFound')));
    return;
  }
  fill(view, h('p', { class: 'muted' }, t('status.loading')));
  const result = await getJson(`/api/courses/${address.id}${address.draft ? '?draft=true' : ''}`);
  if (!result.ok) {
    fill(view, h('p', {}, h('a', { href: '#/catalog' }, t('catalog.back'))),
      h('p', { class: 'error', role: 'alert' }, t(failureKey(result))));
    return;
  }
  const course = result.body;
  const facts = [hoursText(course.estimatedHours),
    course.lessonCount ? t('catalog.course.lessons', { count: course.lessonCount }) : null,
    course.instructor ? t('catalog.course.instructor', { name: course.instructor }) : null].filter(Boolean);
  const action = mainAction(course, view);
  fill(view, 
    h('p', { class: 'breadcrumb' }, h('a', { href: '#/catalog' }, t('catalog.back'))),
    editorPart(course),
    h('section', { class: 'course-head', 'data-testid': 'course-head' },
      h('h1', { lang: course.language }, course.title),
      badges(course),
      facts.length ? h('p', { class: 'muted' }, facts.join(' · ')) : null,
      course.summary ? h('p', { class: 'lead', lang: course.language }, course.summary) : null,
      progress(course)),
    list('catalog.course.objectives', course.objectives, 'objectives'),
    list('catalog.course.prerequisites', course.prerequisites, 'prerequisites'),
    outline(course),
    action ? h('div', { class: 'action-bar' }, action) : null);
}
