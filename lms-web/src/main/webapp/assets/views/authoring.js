// Authoring (#/authoring): an instructor's or administrator's courses with where each stands, a new
// course, importing a course package (a ZIP: every problem listed with its file and line), and for
// administrators the search index with its rebuild. #/authoring/new and #/authoring/12 open the
// editor (authoring-editor.js), loaded only when needed.

import { h, fill } from '../dom.js';
import { t } from '../i18n.js';
import { getJson, postJson, failureKey } from '../api.js';
import { csrfHeaders, session } from '../session.js';
import { errorText, problemText } from '../form.js';
import { formatInstant } from '../format.js';
import { label } from '../catalog-labels.js';

const MAX_PACKAGE_BYTES = 20 * 1024 * 1024;

export function statusBadges(course) {
  const tone = course.status === 'PUBLISHED' ? 'badge-ok' : 'badge-wait';
  return h('span', { class: 'badges' },
    h('span', { class: `badge ${tone}`, 'data-testid': 'course-status' }, t(`authoring.status.${course.status}`)),
    course.hasDraft && course.status !== 'DRAFT'
      ? h('span', { class: 'badge badge-wait', 'data-testid': 'course-has-draft' }, t('authoring.hasDraft')) : null);
}

function courseRow(course) {
  return h('li', { class: 'authoring-course', 'data-testid': `authoring-${course.code}` },
    h('div', { class: 'cohort-head' },
      h('a', { class: 'account-link', href: `#/authoring/${course.id}` }, course.title),
      statusBadges(course)),
    h('span', { class: 'muted' }, [course.code, label('level', course.level), label('category', course.category),
      t('catalog.course.lessons', { count: course.lessonCount })].join(' · ')),
    h('span', { class: 'actions' },
      h('a', { href: `#/authoring/${course.id}` }, t('authoring.edit')),
      h('a', { href: `#/course/${course.id}${course.hasDraft ? '?draft=true' : ''}` }, t('authoring.preview'))));
}

/** "<file>:<line> <path>" from the package reader, as its three parts. */
export function splitPackageField(field) {
  const match = /^([^\s:]*)(?::(\d+))?(?:\s+(.*))?$/.exec(field ?? '');
  if (!match) {
    return { file: field ?? '', line: '', path: '' };
  }
  return { file: match[1] ?? '', line: match[2] ?? '', path: match[3] ?? '' };
}

function problemTable(errors) {
  return h('div', { class: 'table-scroll' }, h('table', { class: 'data package-problems', 'data-testid': 'package-problems' },
    h('thead', {}, h('tr', {}, h('th', {}, t('authoring.package.file')), h('th', {}, t('authoring.package.line')),
      h('th', {}, t('authoring.package.what')))),
    h('tbody', {}, errors.map((error) => {
      const where = splitPackageField(error.field);
      return h('tr', {},
        h('td', { dataset: { label: t('authoring.package.file') } }, h('code', {}, where.file || '—')),
        h('td', { dataset: { label: t('authoring.package.line') } }, where.line || '—'),
        h('td', { dataset: { label: t('authoring.package.what') } },
          where.path ? h('code', {}, where.path) : null, where.path ? ' ' : null, errorText(error)));
    }))));
}

function importCard() {
  const input = h('input', { type: 'file', id: 'package-file', name: 'file', accept: '.zip,application/zip',
    'aria-describedby': 'package-file-hint package-file-error' });
  const error = h('p', { class: 'field-error', id: 'package-file-error', role: 'alert' });
  const outcome = h('div', { 'data-testid': 'package-outcome', 'aria-live': 'polite' });
  const submit = h('button', { type: 'submit', class: 'button' }, t('authoring.package.upload'));
  const form = h('form', { class: 'form', novalidate: true },
    h('div', { class: 'field' }, h('label', { for: 'package-file' }, t('authoring.package.file.label')),
      h('p', { class: 'hint', id: 'package-file-hint' }, t('authoring.package.hint')), input, error),
    submit);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    error.textContent = '';
    fill(outcome, );
    const file = input.files?.[0];
    if (!file) {
      error.textContent = t('authoring.package.choose');
      input.focus();
      return;
    }
    if (file.size > MAX_PACKAGE_BYTES) {
      error.textContent = t('authoring.package.tooLarge');
      return;
    }
    submit.disabled = true;
    fill(outcome, h('p', { class: 'muted' }, t('authoring.package.uploading')));
    let status = 0;
    let body = null;
    try {
      const response = await fetch('/api/course-packages', { method: 'POST', credentials: 'same-origin',
        headers: { 'Content-Type': 'application/zip', ...csrfHeaders() }, body: file });
      status = response.status;
      body = (response.headers.get('Content-Type') ?? '').includes('json') ? await response.json().catch(() => null)
        : null;
    } catch {
      status = 0;
    }
    submit.disabled = false;
    if (status === 201 || status === 200) {
      fill(outcome, h('p', { class: 'success', role: 'status' }, t('authoring.package.done',
        { title: body?.title ?? '', code: body?.code ?? '' }), ' ',
      body?.courseId ? h('a', { href: `#/authoring/${body.courseId}` }, t('authoring.edit')) : null));
      return;
    }
    if (status === 413) {
      fill(outcome, h('p', { class: 'error', role: 'alert' }, t('authoring.package.tooLarge')));
      return;
    }
    const errors = body?.errors ?? [];
    if (errors.length > 0) {
      fill(outcome, h('p', { class: 'error', role: 'alert' },
        t('authoring.package.problems', { count: errors.length })), problemTable(errors));
      return;
    }
    fill(outcome, h('p', { class: 'error', role: 'alert' }, problemText({ status, body })));
  });
  return h('details', { class: 'card', 'data-testid': 'package-import' },
    h('summary', {}, t('authoring.package.title')), form, outcome);
}

function indexCard() {
  const facts = h('dl', { class: 'facts' });
  const bar = h('progress', { max: 1, value: 0, hidden: true, 'aria-label': t('authoring.index.progress') });
  const barText = h('p', { class: 'muted', role: 'status', 'data-testid': 'index-progress' });
  const button = h('button', { type: 'button', class: 'button', 'data-testid': 'index-rebuild' },
    t('authoring.index.rebuild'));
  const message = h('p', { class: 'error', role: 'alert' });
  let timer = null;
  const card = h('section', { class: 'card', 'data-testid': 'search-index' },
    h('h2', {}, t('authoring.index.title')), h('p', { class: 'hint' }, t('authoring.index.hint')), facts, bar, barText,
    message, h('div', { class: 'actions' }, button));

  function show(p) {
    const fact = (key, value) => h('div', { class: 'fact' }, h('dt', {}, t(key)), h('dd', {}, value));
    fill(facts, 
      fact('authoring.index.size', t('authoring.index.documents', { count: p.indexSize ?? 0 })),
      fact('authoring.index.lastRun', p.finishedAt ? formatInstant(p.finishedAt, { withTime: true }) : '—'));
    if (p.failure) {
      message.textContent = t('authoring.index.failed');
    }
    button.disabled = p.running;
    bar.hidden = !p.running;
    if (p.running) {
      bar.max = Math.max(1, p.courses);
      bar.value = p.coursesDone;
      barText.textContent = t('authoring.index.running', { done: p.coursesDone, total: p.courses });
    } else if (p.finishedAt && !p.failure && timer !== null) {
      barText.textContent = t('authoring.index.finished', { count: p.documents });
    }
  }

  async function poll() {
    if (!card.isConnected && timer !== null) {
      clearInterval(timer);
      timer = null;
      return;
    }
    const result = await getJson('/api/search/index');
    if (!result.ok) {
      message.textContent = t(failureKey(result));
      return;
    }
    show(result.body);
    if (!result.body.running && timer !== null) {
      clearInterval(timer);
      timer = 'done';
    }
  }

  function watch() {
    if (typeof timer === 'number') {
      return;
    }
    timer = setInterval(poll, 1000);
  }

  button.addEventListener('click', async () => {
    message.textContent = '';
    button.disabled = true;
    const result = await postJson('/api/search/index/rebuild');
    if (!result.ok) {
      button.disabled = false;
      message.textContent = t(failureKey(result));
      return;
    }
    show(result.body);
    watch();
  });
  getJson('/api/search/index').then((result) => {
    if (result.ok) {
      show(result.body);
      if (result.body.running) {
        watch();
      }
    }
  });
  return card;
}

export async function render(view, context) {
  const rest = window.location.hash.replace(/^#\/authoring\/?/, '').split('?')[0];
  if (rest) {
    const editor = await import('./authoring-editor.js');
    await editor.render(view, rest === 'new' ? null : rest);
    return;
  }
  const title = h('h1', {}, t('authoring.title'));
  fill(view, title, h('p', { class: 'muted' }, t('status.loading')));
  const result = await getJson('/api/authoring/courses');
  if (!result.ok) {
    fill(view, title, h('p', { class: 'error', role: 'alert' }, t(failureKey(result))));
    return;
  }
  const isAdmin = session().signedIn && session().roles.includes('ADMINISTRATOR');
  fill(view, 
    title,
    h('p', { class: 'actions' }, h('a', { class: 'button', href: '#/authoring/new', 'data-testid': 'new-course' },
      t('authoring.new'))),
    h('section', { class: 'card', 'aria-labelledby': 'my-courses' },
      h('h2', { id: 'my-courses' }, t('authoring.mine', { count: result.body.length })),
      result.body.length === 0 ? h('p', { class: 'muted' }, t('authoring.none'))
        : h('ul', { class: 'members', 'data-testid': 'authoring-list' }, result.body.map(courseRow))),
    importCard(),
    isAdmin ? indexCard() : null);
}
