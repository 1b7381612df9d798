// The course editor (#/authoring/new, #/authoring/12): the course's description, then its sections
// and lessons (add, remove, move up and down; each lesson kind shows the fields it needs), and the
// actions Save draft, Publish, Archive and Restore. The server checks the whole course at once and
// answers every problem with a path such as sections[0].lessons[1].url; each is written next to its
// field. Learners keep the published version until a draft is published.

import { h, fill } from '../dom.js';
import { t, hasText } from '../i18n.js';
import { getJson, postJson, putJson, deleteJson, failureKey } from '../api.js';
import { field, errorText, problemText } from '../form.js';
import { CATEGORIES, LEVELS, KINDS, LANGUAGES, choices } from '../catalog-labels.js';
import { statusBadges } from './authoring.js';

const TOKYO_OFFSET_MS = 9 * 60 * 60 * 1000;

function newLesson() {
  return { kind: 'TEXT', title: '', body: '', minutes: 10, reference: null, url: null, startsAt: null,
    fileName: null, fileMediaType: null, fileSha256: null };
}

function newCourse() {
  return { code: '', title: '', summary: '', language: 'ja', category: 'JAPANESE', level: 'JLPT_N5', tags: [],
    estimatedHours: 1, prerequisites: [], objectives: [], instructor: '', reviewNote: '',
    sections: [{ title: '', lessons: [newLesson()] }] };
}

/** An instant as the datetime-local value it is in Tokyo (Japan has no summer time). */
function toTokyoLocal(iso) {
  if (!iso) {
    return '';
  }
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? '' : new Date(date.getTime() + TOKYO_OFFSET_MS).toISOString().slice(0, 16);
}

function fromTokyoLocal(value) {
  return value ? `${value}:00+09:00` : null;
}

function idFor(path) {
  return `ed-${path.replace(/[^A-Za-z0-9]+/g, '-')}`;
}

/** Our words for a field error: the editor's own text for its code, else the shared one. */
function fieldErrorText(error) {
  return hasText(`authoring.error.${error.code}`) ? t(`authoring.error.${error.code}`) : errorText(error);
}

const lines = (text) => text.split('\n').map((s) => s.trim()).filter(Boolean);

export async function render(view, courseId) {
  let state = { id: null, code: '', status: 'DRAFT', hasDraft: true, published: false };
  let course = newCourse();
  if (courseId) {
    fill(view, h('p', { class: 'muted' }, t('status.loading')));
    const result = await getJson(`/api/authoring/courses/${courseId}`);
    if (!result.ok) {
      fill(view, h('p', {}, h('a', { href: '#/authoring' }, t('authoring.back'))),
        h('p', { class: 'error', role: 'alert' }, t(failureKey(result))));
      return;
    }
    ({ course } = result.body);
    state = result.body;
  }
  draw(view, state, course);
}

function draw(view, state, course, flash) {
  /** path → { control, error }: where the server's field errors are written. */
  const registry = new Map();
  const summary = h('div', { class: 'error', role: 'alert', 'data-testid': 'editor-summary' });

  function bind(path, labelText, options, read, write) {
    const built = field(path, labelText, { ...options, id: idFor(path), value: read() });
    const event = options.type === 'select' ? 'change' : 'input';
    built.control.addEventListener(event, () => write(built.control.value));
    registry.set(path, built);
    return built.element;
  }

  // Course description.
  const meta = h('section', { class: 'card editor-meta', 'aria-labelledby': 'editor-meta-title' },
    h('h2', { id: 'editor-meta-title' }, t('authoring.meta')),
    bind('title', t('authoring.field.title'), { required: true, maxlength: 200 },
      () => course.title, (v) => { course.title = v; }),
    state.id ? h('p', { class: 'muted' }, t('authoring.field.code'), ': ', h('code', {}, course.code))
      : bind('code', t('authoring.field.code'), { required: true, maxlength: 40, hint: t('authoring.field.codeHint'),
        autocomplete: 'off' }, () => course.code, (v) => { course.code = v.trim().toUpperCase(); }),
    bind('summary', t('authoring.field.summary'), { type: 'textarea', maxlength: 2000, rows: 3 },
      () => course.summary ?? '', (v) => { course.summary = v; }),
    h('div', { class: 'editor-row' },
      bind('language', t('authoring.field.language'), { type: 'select', choices: choices('language', LANGUAGES) },
        () => course.language, (v) => { course.language = v; }),
      bind('category', t('authoring.field.category'), { type: 'select', choices: choices('category', CATEGORIES) },
        () => course.category, (v) => { course.category = v; }),
      bind('level', t('authoring.field.level'), { type: 'select', choices: choices('level', LEVELS) },
        () => course.level, (v) => { course.level = v; }),
      bind('estimatedHours', t('authoring.field.hours'), { type: 'number', min: 0, inputmode: 'decimal' },
        () => course.estimatedHours, (v) => { course.estimatedHours = v === '' ? 0 : Number(v); })),
    bind('objectives', t('authoring.field.objectives'), { type: 'textarea', rows: 3, hint: t('authoring.onePerLine') },
      () => (course.objectives ?? []).join('\n'), (v) => { course.objectives = lines(v); }),
    bind('prerequisites', t('authoring.field.prerequisites'), { type: 'textarea', rows: 2,
      hint: t('authoring.onePerLine') },
    () => (course.prerequisites ?? []).join('\n'), (v) => { course.prerequisites = lines(v); }),
    bind('tags', t('authoring.field.tags'), { maxlength: 500, hint: t('authoring.field.tagsHint') },
      () => (course.tags ?? []).join(', '), (v) => { course.tags = v.split(/[,、，]/).map((s) => s.trim()).filter(Boolean); }),
    bind('instructor', t('authoring.field.instructor'), { maxlength: 200 },
      () => course.instructor ?? '', (v) => { course.instructor = v; }),
    bind('reviewNote', t('authoring.field.reviewNote'), { type: 'textarea', rows: 2, hint: t('authoring.field.reviewNoteHint') },
      () => course.reviewNote ?? '', (v) => { course.reviewNote = v; }));

  // Sections and lessons: redrawn whole after adding, removing or moving one.
  const sectionsArea = h('div', { class: 'editor-sections' });

  function moveButtons(list, index, what, onMoved) {
    const button = (symbol, key, disabled, action) => {
      const b = h('button', { type: 'button', class: 'icon-button', disabled,
        'aria-label': t(key, { what }), title: t(key, { what }) }, symbol);
      b.addEventListener('click', action);
      return b;
    };
    return h('div', { class: 'move-buttons' },
      button('↑', 'authoring.moveUp', index === 0, () => {
        [list[index - 1], list[index]] = [list[index], list[index - 1]];
        onMoved();
      }),
      button('↓', 'authoring.moveDown', index === list.length - 1, () => {
        [list[index + 1], list[index]] = [list[index], list[index + 1]];
        onMoved();
      }),
      button('✕', 'authoring.remove', list.length === 1, () => {
        if (window.confirm(t('authoring.removeConfirm', { what }))) {
          list.splice(index, 1);
          onMoved();
        }
      }));
  }

  function lessonFields(lesson, path) {
    const parts = [];
    if (lesson.kind === 'VIDEO' || lesson.kind === 'QUIZ') {
      parts.push(bind(`${path}.reference`, t(`authoring.field.reference.${lesson.kind}`), { maxlength: 200,
        hint: t('authoring.field.referenceHint') }, () => lesson.reference ?? '', (v) => { lesson.reference = v || null; }));
    }
    if (lesson.kind === 'LIVE') {
      parts.push(bind(`${path}.startsAt`, t('authoring.field.startsAt'), { type: 'datetime-local',
        hint: t('authoring.field.startsAtHint') }, () => toTokyoLocal(lesson.startsAt),
      (v) => { lesson.startsAt = fromTokyoLocal(v); }));
    }
    if (lesson.kind === 'LINK' || lesson.kind === 'LIVE') {
      parts.push(bind(`${path}.url`, t(lesson.kind === 'LIVE' ? 'authoring.field.joinUrl' : 'authoring.field.url'),
        { type: 'url', maxlength: 2000, inputmode: 'url', hint: t('authoring.field.urlHint') },
        () => lesson.url ?? '', (v) => { lesson.url = v.trim() || null; }));
    }
    if (lesson.kind === 'FILE') {
      const fileError = h('p', { class: 'field-error', role: 'alert' });
      registry.set(`${path}.file`, { control: null, error: fileError });
      parts.push(h('div', { class: 'field' }, h('span', { class: 'field-label' }, t('authoring.field.file')),
        h('p', {}, lesson.fileName ? h('code', {}, lesson.fileName) : h('span', { class: 'muted' },
          t('authoring.field.noFile'))), h('p', { class: 'hint' }, t('authoring.field.fileHint')), fileError));
    }
    parts.push(bind(`${path}.body`, t('authoring.field.body'), { type: 'textarea', rows: 6, maxlength: 100000,
      hint: t('authoring.field.bodyHint') }, () => lesson.body ?? '', (v) => { lesson.body = v; }));
    return parts;
  }

  function lessonBlock(section, s, lesson, l) {
    const path = `sections[${s}].lessons[${l}]`;
    const what = t('authoring.lessonNumber', { section: s + 1, lesson: l + 1 });
    const kindArea = h('div', { class: 'lesson-kind-fields' }, lessonFields(lesson, path));
    const kind = bind(`${path}.kind`, t('authoring.field.kind'), { type: 'select', choices: choices('kind', KINDS) },
      () => lesson.kind, (v) => {
        lesson.kind = v;
        kindArea.replaceChildren(...lessonFields(lesson, path));
      });
    const blockError = h('p', { class: 'field-error', role: 'alert' });
    registry.set(path, { control: null, error: blockError });
    return h('fieldset', { class: 'lesson-editor', 'data-testid': `lesson-editor-${s}-${l}` },
      h('legend', {}, what),
      moveButtons(section.lessons, l, what, redraw),
      blockError,
      h('div', { class: 'editor-row' }, kind,
        bind(`${path}.minutes`, t('authoring.field.minutes'), { type: 'number', min: 0, inputmode: 'numeric' },
          () => lesson.minutes, (v) => { lesson.minutes = v === '' ? 0 : Number(v); })),
      bind(`${path}.title`, t('authoring.field.lessonTitle'), { required: true, maxlength: 200 },
        () => lesson.title, (v) => { lesson.title = v; }),
      kindArea);
  }

  function sectionBlock(section, s) {
    const path = `sections[${s}]`;
    const what = t('authoring.sectionNumber', { number: s + 1 });
    const addLesson = h('button', { type: 'button', class: 'button button-secondary', 'data-testid': `add-lesson-${s}` },
      t('authoring.addLesson'));
    addLesson.addEventListener('click', () => {
      section.lessons.push(newLesson());
      redraw(`${idFor(`sections[${s}].lessons[${section.lessons.length - 1}].title`)}`);
    });
    const blockError = h('p', { class: 'field-error', role: 'alert' });
    registry.set(path, { control: null, error: blockError });
    registry.set(`${path}.lessons`, { control: null, error: blockError });
    return h('section', { class: 'card section-editor', 'data-testid': `section-editor-${s}` },
      h('div', { class: 'section-editor-head' }, h('h3', {}, what), moveButtons(course.sections, s, what, redraw)),
      blockError,
      bind(`${path}.title`, t('authoring.field.sectionTitle'), { required: true, maxlength: 200 },
        () => section.title, (v) => { section.title = v; }),
      section.lessons.map((lesson, l) => lessonBlock(section, s, lesson, l)),
      h('div', { class: 'actions' }, addLesson));
  }

  function redraw(focusId) {
    for (const key of [...registry.keys()]) {
      if (key.startsWith('sections')) {
        registry.delete(key);
      }
    }
    sectionsArea.replaceChildren(...course.sections.map(sectionBlock));
    if (typeof focusId === 'string') {
      document.getElementById(focusId)?.focus();
    }
  }
  redraw();
  const sectionsError = h('p', { class: 'field-error', role: 'alert' });
  registry.set('sections', { control: null, error: sectionsError });
  const addSection = h('button', { type: 'button', class: 'button button-secondary', 'data-testid': 'add-section' },
    t('authoring.addSection'));
  addSection.addEventListener('click', () => {
    course.sections.push({ title: '', lessons: [newLesson()] });
    redraw(idFor(`sections[${course.sections.length - 1}].title`));
  });

  // Errors: each at its field, or at the nearest enclosing section or lesson, else in the summary.
  function clearAll() {
    fill(summary, );
    sectionsError.textContent = '';
    for (const built of registry.values()) {
      built.error.textContent = '';
      built.control?.removeAttribute('aria-invalid');
    }
  }

  function claim(path) {
    let candidate = path.replace(/^[a-z]+\.body\./, '');
    while (candidate) {
      if (registry.has(candidate)) {
        return registry.get(candidate);
      }
      const shorter = candidate.replace(/(\[\d+\]|\.[^.[\]]+)$/, '');
      if (shorter === candidate) {
        return null;
      }
      candidate = shorter;
    }
    return null;
  }

  function showErrors(result) {
    const errors = result.body?.errors ?? [];
    const unclaimed = [];
    let first = null;
    for (const error of errors) {
      const target = claim(error.field ?? '');
      if (!target) {
        unclaimed.push(`${error.field}: ${fieldErrorText(error)}`);
        continue;
      }
      const text = fieldErrorText(error);
      target.error.textContent = target.error.textContent ? `${target.error.textContent} ${text}` : text;
      target.control?.setAttribute('aria-invalid', 'true');
      first = first ?? target;
    }
    const general = errors.length === 0 ? problemText(result) : t('authoring.fixProblems', { count: errors.length });
    fill(summary, h('p', {}, general), unclaimed.length ? h('ul', {}, unclaimed.map((u) => h('li', {}, u)))
      : null);
    (first?.control ?? summary).focus?.();
    if (!first) {
      summary.scrollIntoView({ block: 'center' });
    }
  }

  // Actions.
  const busy = (on) => view.querySelectorAll('.editor-actions button').forEach((b) => { b.disabled = on; });

  async function save() {
    clearAll();
    const body = { ...course, estimatedHours: Number(course.estimatedHours) || 0 };
    return state.id ? putJson(`/api/authoring/courses/${state.id}`, body) : postJson('/api/authoring/courses', body);
  }

  async function after(result, message) {
    busy(false);
    if (!result.ok) {
      showErrors(result);
      return false;
    }
    if (!state.id) {
      window.location.hash = `#/authoring/${result.body.id}`;
      return true;
    }
    draw(view, result.body, result.body.course, message);
    return true;
  }

  const saveButton = h('button', { type: 'button', class: 'button button-secondary', 'data-testid': 'save-draft' },
    t('authoring.saveDraft'));
  saveButton.addEventListener('click', async () => {
    busy(true);
    await after(await save(), t('authoring.saved'));
  });
  const publishButton = h('button', { type: 'button', class: 'button', 'data-testid': 'publish' },
    t('authoring.publish'));
  publishButton.addEventListener('click', async () => {
    busy(true);
    const saved = await save();
    if (!saved.ok) {
      await after(saved);
      return;
    }
    const id = saved.body.id;
    const published = await postJson(`/api/authoring/courses/${id}/publication`);
    if (!state.id && published.ok) {
      window.location.hash = `#/authoring/${id}`;
      return;
    }
    await after(published, t('authoring.published'));
  });
  const actions = [saveButton, publishButton];
  if (state.id && state.status !== 'ARCHIVED') {
    const archive = h('button', { type: 'button', class: 'button button-danger-outline', 'data-testid': 'archive' },
      t('authoring.archive'));
    archive.addEventListener('click', async () => {
      if (!window.confirm(t('authoring.archiveConfirm'))) {
        return;
      }
      busy(true);
      await after(await postJson(`/api/authoring/courses/${state.id}/archival`), t('authoring.archived'));
    });
    actions.push(archive);
  }
  if (state.id && state.status === 'ARCHIVED') {
    const restore = h('button', { type: 'button', class: 'button button-secondary', 'data-testid': 'restore' },
      t('authoring.restore'));
    restore.addEventListener('click', async () => {
      busy(true);
      await after(await deleteJson(`/api/authoring/courses/${state.id}/archival`), t('authoring.restored'));
    });
    actions.push(restore);
  }

  fill(view, 
    h('p', { class: 'breadcrumb' }, h('a', { href: '#/authoring' }, t('authoring.back'))),
    h('h1', {}, state.id ? t('authoring.editTitle') : t('authoring.newTitle')),
    state.id ? h('p', { class: 'editor-state' }, statusBadges(state), ' ',
      h('span', { class: 'muted' }, t('authoring.version', { number: state.versionNumber })), ' ',
      h('a', { href: `#/course/${state.id}${state.hasDraft ? '?draft=true' : ''}`, 'data-testid': 'editor-preview' },
        t('authoring.preview'))) : null,
    flash ? h('p', { class: 'success', role: 'status', 'data-testid': 'editor-message' }, flash) : null,
    state.published && state.hasDraft ? h('p', { class: 'notice' }, t('authoring.draftNotice')) : null,
    h('form', { class: 'editor', novalidate: true },
      meta,
      h('h2', {}, t('authoring.sections')),
      sectionsError,
      sectionsArea,
      h('div', { class: 'actions' }, addSection),
      summary,
      h('div', { class: 'action-bar editor-actions' }, ...actions)));
  summary.tabIndex = -1;
  view.querySelector('form.editor').addEventListener('submit', (event) => event.preventDefault());
}
