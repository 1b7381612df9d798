// One lesson (#/lesson/34): its text, with a furigana switch, what its kind needs (a link to open,
// a live class's time, a file to download), and at the bottom, within thumb reach, "Mark as done"
// and the previous and next lessons.

import { h, fill } from '../dom.js';
import { t } from '../i18n.js';
import { getJson, postJson, failureKey } from '../api.js';
import { formatInstant } from '../format.js';
import { session } from '../session.js';
import { sizeText } from '../catalog-labels.js';

const FURIGANA_KEY = 'manabi.furigana';

export function furiganaOn() {
  try {
    return localStorage.getItem(FURIGANA_KEY) !== 'off';
  } catch {
    return true;
  }
}

function rememberFurigana(on) {
  try {
    localStorage.setItem(FURIGANA_KEY, on ? 'on' : 'off');
  } catch {
    // Private browsing may refuse storage; the switch still works for this page.
  }
}

function lessonId() {
  const match = window.location.hash.match(/^#\/lesson\/(\d+)/);
  return match ? match[1] : null;
}

/** The switch that shows or hides readings (<rt>) over kanji, remembered in this browser. */
function furiganaSwitch(body) {
  const box = h('input', { type: 'checkbox', id: 'furigana-switch', role: 'switch', checked: furiganaOn(),
    'data-testid': 'furigana-switch' });
  const apply = () => body.classList.toggle('furigana-off', !box.checked);
  box.addEventListener('change', () => { rememberFurigana(box.checked); apply(); });
  apply();
  return h('div', { class: 'furigana-switch' }, box, h('label', { for: 'furigana-switch' },
    t('catalog.lesson.furigana')));
}

function kindPart(lesson) {
  switch (lesson.kind) {
    case 'LINK':
      return lesson.url ? h('p', { class: 'actions' }, h('a', { class: 'button', href: lesson.url, target: '_blank',
        rel: 'noopener noreferrer', 'data-testid': 'lesson-open-link' }, t('catalog.lesson.openLink'))) : null;
    case 'LIVE':
      return h('div', { class: 'card live', 'data-testid': 'lesson-live' },
        h('p', {}, h('strong', {}, t('catalog.lesson.liveAt')), ' ',
          h('time', { datetime: lesson.startsAt ?? '' }, formatInstant(lesson.startsAt, { withTime: true }))),
        h('p', { class: 'hint' }, t('catalog.lesson.liveTimeZone')),
        lesson.url ? h('p', { class: 'actions' }, h('a', { class: 'button', href: lesson.url, target: '_blank',
          rel: 'noopener noreferrer' }, t('catalog.lesson.join'))) : null);
    case 'FILE':
      return lesson.fileHref ? h('p', { class: 'actions' }, h('a', { class: 'button', href: lesson.fileHref,
        download: lesson.fileName ?? '', 'data-testid': 'lesson-download' },
      t('catalog.lesson.download', { name: lesson.fileName ?? '', size: sizeText(lesson.fileSize) }))) : null;
    case 'VIDEO':
      return h('p', { class: 'notice' }, t('catalog.lesson.videoLater'));
    case 'QUIZ':
      return lesson.reference ? h('p', { class: 'actions' }, h('a', { class: 'button button-big',
        href: `#/quiz/${encodeURIComponent(lesson.reference)}`, 'data-testid': 'lesson-start-quiz' },
      t('assessment.startQuiz'))) : null;
    default:
      return null;
  }
}

function bottomBar(lesson, view) {
  const previous = lesson.previousLessonId
    ? h('a', { class: 'button button-secondary', href: `#/lesson/${lesson.previousLessonId}`, rel: 'prev',
      'data-testid': 'lesson-previous' }, h('span', { 'aria-hidden': 'true' }, '‹ '), t('catalog.lesson.previous'))
    : h('span', { class: 'spacer' });
  const next = lesson.nextLessonId
    ? h('a', { class: 'button', href: `#/lesson/${lesson.nextLessonId}`, rel: 'next', 'data-testid': 'lesson-next' },
      t('catalog.lesson.next'), h('span', { 'aria-hidden': 'true' }, ' ›'))
    : h('a', { class: 'button button-secondary', href: `#/course/${lesson.courseId}` }, t('catalog.lesson.toCourse'));
  const done = h('button', { type: 'button', class: `button ${lesson.completed ? 'button-done' : 'button-secondary'}`,
    'aria-pressed': String(lesson.completed), disabled: lesson.completed, 'data-testid': 'lesson-done' },
  lesson.completed ? `✓ ${t('catalog.lesson.done')}` : t('catalog.lesson.markDone'));
  const message = h('p', { class: 'error', role: 'alert' });
  done.addEventListener('click', async () => {
    done.disabled = true;
    const result = await postJson(`/api/lessons/${lesson.id}/completion`);
    if (!result.ok) {
      done.disabled = false;
      message.textContent = t(failureKey(result));
      return;
    }
    done.className = 'button button-done';
    done.setAttribute('aria-pressed', 'true');
    done.textContent = `✓ ${t('catalog.lesson.done')}`;
    view.querySelector('[data-testid=lesson-status]').textContent = t('catalog.lesson.doneNow');
    view.querySelector('[data-testid=lesson-next]')?.focus();
  });
  return h('nav', { class: 'action-bar lesson-bar', 'aria-label': t('catalog.lesson.navigation') },
    h('div', { class: 'lesson-bar-row' }, previous, done, next), message);
}

export async function render(view) {
  const id = lessonId();
  if (!id) {
    fill(view, h('h1', {}, t('common.notFound')));
    return;
  }
  if (!session().signedIn) {
    fill(view, h('h1', {}, t('catalog.lesson.title')),
      h('p', {}, t('catalog.signInForLessons')),
      h('p', { class: 'actions' }, h('a', { class: 'button', href: `#/sign-in?next=/lesson/${lessonId()}` }, t('nav.signIn'))));
    return;
  }
  fill(view, h('p', { class: 'muted' }, t('status.loading')));
  const result = await getJson(`/api/lessons/${id}`);
  if (!result.ok) {
    fill(view, h('p', {}, h('a', { href: '#/catalog' }, t('catalog.back'))),
      h('p', { class: 'error', role: 'alert' }, t(failureKey(result))));
    return;
  }
  const lesson = result.body;
  const body = h('div', { class: 'lesson-body', 'data-testid': 'lesson-body' });
  if (lesson.html) {
    // The one place the UI inserts HTML: LessonView.html is rendered on the server from Markdown
    // with raw HTML escaped and only safe links (LessonMarkup), so it is trusted here. Every other
    // text in the UI goes through textContent.
    body.innerHTML = lesson.html;
    body.querySelectorAll('a[href]').forEach((a) => { a.target = '_blank'; a.rel = 'noopener noreferrer'; });
  }
  fill(view, 
    h('p', { class: 'breadcrumb' }, h('a', { href: `#/course/${lesson.courseId}` }, lesson.courseTitle),
      lesson.sectionTitle ? h('span', { class: 'muted' }, ` › ${lesson.sectionTitle}`) : null),
    h('div', { class: 'lesson-head' },
      h('h1', {}, lesson.title),
      h('p', { class: 'lesson-position muted', 'data-testid': 'lesson-position' },
        h('span', { 'aria-label': t('catalog.lesson.positionLong', { position: lesson.position,
          count: lesson.lessonCount }) }, `${lesson.position} / ${lesson.lessonCount}`),
        lesson.minutes ? ` · ${t('catalog.minutes', { minutes: lesson.minutes })}` : ''),
      h('progress', { max: lesson.lessonCount, value: lesson.position, 'aria-hidden': 'true' })),
    body.querySelector('ruby') ? furiganaSwitch(body) : null,
    kindPart(lesson),
    lesson.html && lesson.html.trim() ? body : null,
    h('p', { class: 'success', role: 'status', 'data-testid': 'lesson-status' }),
    bottomBar(lesson, view));
}
