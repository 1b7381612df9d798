// Assessment for instructors and administrators (#/quiz-admin): the question bank (filter by tag,
// level, type and text; add or edit an item), the quizzes (create one from bank items and draws),
// and each quiz's results: every attempt and the item analysis (facility, discrimination, how
// often each option was chosen). Item bodies are edited as JSON, starting from a template per type;
// docs/ASSESSMENT.md lists the fields. QTI 2.1 items can be imported into the bank after a preview
// that stores nothing (docs/ASSESSMENT-QTI.md).

import { h, fill } from '../dom.js';
import { t } from '../i18n.js';
import { getJson, postJson, putJson, request, failureKey } from '../api.js';
import { formatInstant } from '../format.js';
import { errorText, problemText } from '../form.js';
import { scoreText } from './quiz.js';

const TYPES = ['SINGLE_CHOICE', 'MULTIPLE_CHOICE', 'TRUE_FALSE', 'FILL_IN_BLANK', 'SHORT_TEXT', 'ORDERING', 'MATCHING',
  'NUMERIC', 'KANJI_READING', 'READING_PASSAGE', 'LISTENING'];

const TEMPLATES = {
  SINGLE_CHOICE: { prompt: '{学校|がっこう}（　）{行|い}きます。', options: [{ id: 'a', text: 'へ' }, { id: 'b', text: 'を' }], correctId: 'a' },
  MULTIPLE_CHOICE: { prompt: '…', options: [{ id: 'a', text: '…' }, { id: 'b', text: '…' }, { id: 'c', text: '…' }], correctIds: ['a', 'c'] },
  TRUE_FALSE: { prompt: '…', answer: true },
  FILL_IN_BLANK: { prompt: '…', text: 'わたし{{1}}学生です。', blanks: [{ accepted: ['は'] }] },
  SHORT_TEXT: { prompt: '…', accepted: ['…'], manualReview: false },
  ORDERING: { prompt: '…', items: [{ id: 'a', text: '…' }, { id: 'b', text: '…' }, { id: 'c', text: '…' }] },
  MATCHING: { prompt: '…', pairs: [{ left: { id: 'l1', text: '犬' }, right: { id: 'r7', text: 'dog' } },
    { left: { id: 'l2', text: '猫' }, right: { id: 'r3', text: 'cat' } }], distractors: [{ id: 'r5', text: 'bird' }] },
  NUMERIC: { prompt: '…', value: 12.5, tolerance: 0, unit: 'kg' },
  KANJI_READING: { prompt: '読み方をひらがなで書いてください。', word: '学校', readings: ['がっこう'] },
  READING_PASSAGE: { prompt: '…', passage: '…', items: [{ points: 1, type: 'TRUE_FALSE', body: { prompt: '…', answer: false } }] },
  LISTENING: { prompt: '…', audio: 'audio-id', items: [{ points: 1, type: 'SHORT_TEXT', body: { prompt: '…', accepted: ['…'], manualReview: false } }] },
};

function html(tag, attributes, markup) {
  const element = h(tag, attributes);
  element.innerHTML = markup ?? '';
  return element;
}

function field(label, input, hint) {
  return h('label', { class: 'field' }, h('span', {}, label), input, hint ? h('span', { class: 'hint' }, hint) : null);
}

/** Every field error in our words (the field's name stays, so an author can find it), else the problem's. */
function failureText(result) {
  const errors = result.body?.errors;
  if (Array.isArray(errors) && errors.length) {
    return errors.map((e) => `${e.field}: ${errorText(e)}`).join(' · ');
  }
  return problemText(result);
}

function stripHtml(body) {
  return JSON.parse(JSON.stringify(body, (key, value) => (/Html$|^html$/.test(key) ? undefined : value)));
}

function itemEditor(existing, done) {
  const type = h('select', { 'data-testid': 'item-type' }, TYPES.map((name) => h('option', { value: name,
    selected: existing?.type === name }, t(`assessment.type.${name}`))));
  const body = h('textarea', { rows: 12, class: 'code-input', spellcheck: 'false', 'data-testid': 'item-body' });
  body.value = JSON.stringify(existing ? stripHtml(existing.body) : TEMPLATES.SINGLE_CHOICE, null, 2);
  type.addEventListener('change', () => { body.value = JSON.stringify(TEMPLATES[type.value], null, 2); });
  const skill = h('input', { type: 'text', value: existing?.skill ?? '', 'data-testid': 'item-skill' });
  const tags = h('input', { type: 'text', value: (existing?.tags ?? []).join(', '), 'data-testid': 'item-tags' });
  const level = h('input', { type: 'text', value: existing?.level ?? 'N5', 'data-testid': 'item-level' });
  const difficulty = h('input', { type: 'number', min: 1, max: 5, value: existing?.difficulty ?? 2 });
  const message = h('p', { class: 'error', role: 'alert', 'data-testid': 'item-message' });
  const save = h('button', { type: 'submit', class: 'button', 'data-testid': 'item-save' }, t('assessment.save'));
  const form = h('form', { class: 'card stack', 'data-testid': 'item-editor' },
    h('h2', {}, existing ? t('assessment.editItem', { id: existing.id }) : t('assessment.newItem')),
    field(t('assessment.itemType'), type),
    field(t('assessment.itemBody'), body, t('assessment.itemBodyHint')),
    field(t('assessment.skill'), skill, t('assessment.skillHint')),
    field(t('assessment.tags'), tags, t('assessment.tagsHint')),
    field(t('assessment.level'), level),
    field(t('assessment.difficulty'), difficulty),
    h('p', { class: 'actions' }, save), message);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    let parsed;
    try {
      parsed = JSON.parse(body.value);
    } catch {
      message.textContent = t('assessment.notJson');
      return;
    }
    const request = { type: type.value, body: parsed, skill: skill.value, level: level.value,
      tags: tags.value.split(',').map((s) => s.trim()).filter(Boolean), difficulty: Number(difficulty.value) };
    const result = existing ? await putJson(`/api/assessment/items/${existing.id}`, request)
      : await postJson('/api/assessment/items', request);
    if (!result.ok) {
      message.textContent = failureText(result);
      return;
    }
    done();
  });
  return form;
}

function bankCard(item, edit) {
  const button = h('button', { type: 'button', class: 'button button-secondary' }, t('assessment.edit'));
  button.addEventListener('click', () => edit(item));
  return h('li', { class: 'card bank-item', 'data-testid': `bank-item-${item.id}` },
    h('p', { class: 'muted' }, `#${item.id} · ${t(`assessment.type.${item.type}`)} · ${item.level ?? '—'} · `,
      t('assessment.difficultyValue', { value: item.difficulty }), item.skill ? ` · ${item.skill}` : ''),
    html('div', { class: 'quiz-prompt', lang: 'ja' }, item.body.promptHtml),
    h('p', { class: 'tag-list' }, item.tags.map((tag) => h('span', { class: 'badge' }, tag))),
    button);
}

function where(problem) {
  return problem.line ? `${problem.file ?? ''} (${t('assessment.qti.line', { line: problem.line })})` : (problem.file ?? '');
}

function problemItems(problems) {
  return h('ul', { class: 'qti-problems' }, problems.map((p) => h('li', {},
    h('span', { class: 'muted' }, where(p)), ' ', h('code', {}, p.code), ' ',
    errorText({ code: p.code, reason: p.message }))));
}

/** The preview table: what would be imported, what was refused and why, and the file's own problems. */
function qtiReport(report) {
  const parts = [h('p', { 'data-testid': 'qti-summary' },
    t('assessment.qti.summary', { imported: report.imported.length, refused: report.refused.length }))];
  if (report.imported.length) {
    parts.push(h('div', { class: 'table-wrap' }, h('table', { class: 'qti-table', 'data-testid': 'qti-imported' },
      h('thead', {}, h('tr', {}, h('th', {}, t('assessment.qti.title')), h('th', {}, t('assessment.qti.type')),
        h('th', {}, t('assessment.qti.preview.text')), h('th', {}, t('assessment.qti.notes')))),
      h('tbody', {}, report.imported.map((item) => h('tr', {},
        h('td', {}, item.title ?? item.identifier ?? item.file),
        h('td', {}, t(`assessment.type.${item.type}`)),
        h('td', { lang: 'ja' }, item.preview),
        h('td', {}, item.notes.length ? problemItems(item.notes) : '—')))))));
  }
  if (report.refused.length) {
    parts.push(h('h4', {}, t('assessment.qti.refusedHeading')), h('ul', { class: 'qti-refused', 'data-testid': 'qti-refused' },
      report.refused.map((item) => h('li', {}, h('strong', {}, item.identifier ?? item.file), problemItems(item.reasons)))));
  }
  if (report.problems.length) {
    parts.push(h('h4', {}, t('assessment.qti.problems')), problemItems(report.problems));
  }
  return parts;
}

function qtiImport(done) {
  const file = h('input', { type: 'file', accept: '.xml,.zip,application/xml,text/xml,application/zip',
    'data-testid': 'qti-file' });
  const reportArea = h('div', { 'data-testid': 'qti-report', 'aria-live': 'polite' });
  const skill = h('input', { type: 'text', 'data-testid': 'qti-skill' });
  const level = h('input', { type: 'text', value: 'N5', 'data-testid': 'qti-level' });
  const difficulty = h('input', { type: 'number', min: 1, max: 5, value: 3, 'data-testid': 'qti-difficulty' });
  const tags = h('input', { type: 'text', 'data-testid': 'qti-tags' });
  const submit = h('button', { type: 'submit', class: 'button', disabled: true, 'data-testid': 'qti-import' },
    t('assessment.qti.importButton', { count: 0 }));
  const message = h('p', { role: 'status', 'data-testid': 'qti-message' });
  const choices = h('fieldset', { hidden: true }, h('legend', {}, t('assessment.qti.choices')),
    field(t('assessment.skill'), skill, t('assessment.skillHint')), field(t('assessment.level'), level),
    field(t('assessment.difficulty'), difficulty), field(t('assessment.tags'), tags, t('assessment.qti.tagsHint')));
  // The server tells XML from ZIP by its first bytes; the type only has to be one it accepts, and
  // browsers give some files none.
  const upload = () => {
    const chosen = file.files[0];
    const type = /\.zip$/i.test(chosen.name) ? 'application/zip' : 'application/xml';
    return new Blob([chosen], { type });
  };
  file.addEventListener('change', async () => {
    message.textContent = '';
    message.className = '';
    choices.hidden = true;
    submit.disabled = true;
    if (!file.files.length) {
      fill(reportArea);
      return;
    }
    fill(reportArea, h('p', { class: 'muted' }, t('assessment.qti.reading')));
    const result = await request('POST', `/api/assessment/imports/qti/preview?name=${encodeURIComponent(file.files[0].name)}`,
      upload());
    if (!result.ok) {
      fill(reportArea, h('p', { class: 'error', role: 'alert' }, failureText(result)));
      return;
    }
    const count = result.body.imported.length;
    fill(reportArea, ...qtiReport(result.body), count ? null : h('p', { class: 'error' }, t('assessment.qti.nothing')));
    submit.textContent = t('assessment.qti.importButton', { count });
    submit.disabled = count === 0;
    choices.hidden = count === 0;
  });
  const form = h('form', { class: 'card stack qti-import', 'data-testid': 'qti-form' },
    h('p', { class: 'hint' }, t('assessment.qti.intro')),
    field(t('assessment.qti.file'), file, t('assessment.qti.fileHint')),
    reportArea, choices, h('p', { class: 'actions' }, submit), message);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (!file.files.length) {
      return;
    }
    const query = new URLSearchParams({ name: file.files[0].name, skill: skill.value, level: level.value,
      difficulty: difficulty.value || '3', tags: tags.value });
    submit.disabled = true;
    const result = await request('POST', `/api/assessment/imports/qti?${query}`, upload());
    if (!result.ok) {
      submit.disabled = false;
      message.className = 'error';
      message.textContent = `${t('assessment.qti.failed')} ${failureText(result)}`;
      return;
    }
    message.className = 'success';
    message.textContent = t('assessment.qti.imported', { count: result.body.ids.length });
    form.reset();
    fill(reportArea);
    choices.hidden = true;
    done();
  });
  return h('details', { class: 'card qti-details', 'data-testid': 'qti-details' },
    h('summary', {}, t('assessment.qti.open')), form);
}

async function bankSection(area) {
  const tag = h('input', { type: 'search', 'data-testid': 'bank-tag' });
  const level = h('input', { type: 'search', 'data-testid': 'bank-level' });
  const type = h('select', { 'data-testid': 'bank-type' }, h('option', { value: '' }, t('assessment.anyType')),
    TYPES.map((name) => h('option', { value: name }, t(`assessment.type.${name}`))));
  const text = h('input', { type: 'search', 'data-testid': 'bank-search' });
  const list = h('ul', { class: 'bank-list', 'data-testid': 'bank-list' });
  const editorArea = h('div');
  const load = async () => {
    const query = new URLSearchParams({ tag: tag.value, level: level.value, type: type.value, q: text.value });
    const result = await getJson(`/api/assessment/items?${query}`);
    if (!result.ok) {
      fill(list, h('li', { class: 'error' }, t(failureKey(result))));
      return;
    }
    const edit = (item) => { fill(editorArea, itemEditor(item, () => { fill(editorArea); load(); })); editorArea.scrollIntoView(); };
    fill(list, result.body.length ? result.body.map((item) => bankCard(item, edit)) : h('li', { class: 'muted' }, t('assessment.noItems')));
  };
  const filter = h('form', { class: 'card filters', role: 'search' },
    field(t('assessment.tag'), tag), field(t('assessment.level'), level), field(t('assessment.itemType'), type),
    field(t('assessment.searchText'), text),
    h('p', { class: 'actions' }, h('button', { type: 'submit', class: 'button' }, t('assessment.filter'))));
  filter.addEventListener('submit', (event) => { event.preventDefault(); load(); });
  const add = h('button', { type: 'button', class: 'button', 'data-testid': 'bank-new' }, t('assessment.newItem'));
  add.addEventListener('click', () => fill(editorArea, itemEditor(null, () => { fill(editorArea); load(); })));
  fill(area, h('h2', {}, t('assessment.bank')), filter, h('p', { class: 'actions' }, add), qtiImport(load), editorArea,
    list);
  await load();
}

function quizForm(done) {
  const code = h('input', { type: 'text', 'data-testid': 'quiz-code' });
  const title = h('input', { type: 'text', 'data-testid': 'quiz-title' });
  const minutes = h('input', { type: 'number', min: 1, max: 600 });
  const attempts = h('input', { type: 'number', min: 1, max: 100 });
  const pass = h('input', { type: 'number', min: 0, max: 100, value: 60 });
  const feedback = h('select', {}, h('option', { value: 'IMMEDIATE' }, t('assessment.feedbackImmediate')),
    h('option', { value: 'AFTER_CLOSE' }, t('assessment.feedbackAfterClose')));
  const items = h('input', { type: 'text', 'data-testid': 'quiz-items' });
  const drawTag = h('input', { type: 'text' });
  const drawLevel = h('input', { type: 'text' });
  const drawCount = h('input', { type: 'number', min: 0, value: 0 });
  const cohort = h('input', { type: 'number', min: 1 });
  const opens = h('input', { type: 'datetime-local' });
  const closes = h('input', { type: 'datetime-local' });
  const message = h('p', { class: 'error', role: 'alert' });
  const form = h('form', { class: 'card stack' }, h('h2', {}, t('assessment.newQuiz')),
    field(t('assessment.code'), code, t('assessment.codeHint')), field(t('assessment.title'), title),
    field(t('assessment.timeLimitField'), minutes), field(t('assessment.maxAttempts'), attempts),
    field(t('assessment.passPercent'), pass), field(t('assessment.feedback'), feedback),
    field(t('assessment.fixedItems'), items, t('assessment.fixedItemsHint')),
    h('fieldset', {}, h('legend', {}, t('assessment.draw')), field(t('assessment.tag'), drawTag),
      field(t('assessment.level'), drawLevel), field(t('assessment.drawCount'), drawCount)),
    h('fieldset', {}, h('legend', {}, t('assessment.windowLegend')),
      field(t('assessment.cohortId'), cohort, t('assessment.cohortIdHint')),
      field(t('assessment.opensAt'), opens), field(t('assessment.closesAt'), closes)),
    h('p', { class: 'actions' }, h('button', { type: 'submit', class: 'button' }, t('assessment.save'))), message);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const number = (input) => (input.value === '' ? null : Number(input.value));
    const request = { code: code.value, title: title.value, timeLimitMinutes: number(minutes),
      maxAttempts: number(attempts), passPercent: Number(pass.value), feedback: feedback.value,
      items: items.value.split(/[\s,]+/).filter(Boolean).map((id) => ({ bankItemId: Number(id), points: 1 })),
      draws: Number(drawCount.value) > 0 ? [{ tag: drawTag.value, level: drawLevel.value || null,
        count: Number(drawCount.value), points: 1 }] : [],
      // datetime-local is the instructor's own clock; toISOString turns it into an instant.
      windows: opens.value && closes.value ? [{ cohortId: number(cohort),
        opensAt: new Date(opens.value).toISOString(), closesAt: new Date(closes.value).toISOString() }] : [] };
    const result = await postJson('/api/assessment/quizzes', request);
    if (!result.ok) {
      message.textContent = failureText(result);
      return;
    }
    done();
  });
  return form;
}

async function results(area, quiz) {
  fill(area, h('p', { class: 'muted' }, t('status.loading')));
  const [attempts, analysis] = await Promise.all([getJson(`/api/assessment/quizzes/${quiz.id}/attempts`),
    getJson(`/api/assessment/quizzes/${quiz.id}/analysis`)]);
  if (!attempts.ok || !analysis.ok) {
    fill(area, h('p', { class: 'error' }, t(failureKey(attempts.ok ? analysis : attempts))));
    return;
  }
  const a = analysis.body;
  fill(area, h('h3', { tabindex: '-1', 'data-testid': 'quiz-results-title' }, quiz.title),
    h('p', {}, t('assessment.analysisSummary', { attempts: a.attempts, mean: Math.round(a.meanPercent), passed: a.passed })),
    h('div', { class: 'table-wrap' }, h('table', { 'data-testid': 'quiz-attempts-table' },
      h('thead', {}, h('tr', {}, h('th', {}, t('assessment.learner')), h('th', {}, '#'), h('th', {}, t('assessment.started')),
        h('th', {}, t('assessment.scoreColumn')))),
      h('tbody', {}, attempts.body.map((row) => h('tr', {}, h('td', {}, String(row.accountId)), h('td', {}, String(row.number)),
        h('td', {}, formatInstant(row.startedAt, { withTime: true })),
        h('td', {}, row.submittedAt ? scoreText(row) : t('assessment.inProgress'))))))),
    h('h3', {}, t('assessment.itemAnalysis')),
    h('p', { class: 'hint' }, t('assessment.itemAnalysisHint')),
    h('div', { class: 'table-wrap' }, h('table', { 'data-testid': 'item-analysis' },
      h('thead', {}, h('tr', {}, h('th', {}, t('assessment.item')), h('th', {}, t('assessment.facility')),
        h('th', {}, t('assessment.discrimination')), h('th', {}, t('assessment.options')))),
      h('tbody', {}, a.items.map((item) => h('tr', {},
        h('td', {}, h('span', { class: 'muted' }, `#${item.bankItemId} `), html('div', { lang: 'ja' }, item.promptHtml)),
        h('td', {}, item.facility.toFixed(2)),
        h('td', {}, item.discrimination === null || item.discrimination === undefined ? '—' : item.discrimination.toFixed(2)),
        h('td', {}, item.options.map((o) => h('div', {}, `${o.correct ? '✓' : '·'} `,
          o.optionId === 'true' || o.optionId === 'false' ? t(`assessment.${o.optionId}`) : html('span', {}, o.html),
          `: ${o.chosen}`)))))))));
  area.querySelector('[data-testid=quiz-results-title]').focus();
}

async function quizSection(area) {
  const list = h('ul', { class: 'quiz-list', 'data-testid': 'quiz-list' });
  const detail = h('div', { 'data-testid': 'quiz-results-area' });
  const formArea = h('div');
  const load = async () => {
    const result = await getJson('/api/assessment/quizzes');
    if (!result.ok) {
      fill(list, h('li', { class: 'error' }, t(failureKey(result))));
      return;
    }
    fill(list, result.body.map((quiz) => {
      const show = h('button', { type: 'button', class: 'button button-secondary', 'data-testid': `quiz-results-${quiz.code}` },
        t('assessment.results'));
      show.addEventListener('click', () => results(detail, quiz));
      return h('li', { class: 'card' }, h('p', {}, h('strong', {}, quiz.title), ' ',
        h('a', { href: `#/quiz/${encodeURIComponent(quiz.code)}` }, quiz.code)),
      h('p', { class: 'muted' }, t('assessment.items', { count: quiz.itemCount })), show);
    }));
  };
  const add = h('button', { type: 'button', class: 'button' }, t('assessment.newQuiz'));
  add.addEventListener('click', () => fill(formArea, quizForm(() => { fill(formArea); load(); })));
  fill(area, h('h2', {}, t('assessment.quizzes')), h('p', { class: 'actions' }, add), formArea, list, detail);
  await load();
}

export async function render(view) {
  const bank = h('section', { class: 'assessment-bank' });
  const quizzes = h('section', { class: 'assessment-quizzes' });
  fill(view, h('h1', {}, t('assessment.nav')), quizzes, bank);
  await Promise.all([quizSection(quizzes), bankSection(bank)]);
}
