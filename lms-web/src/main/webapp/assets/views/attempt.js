// Taking a quiz (#/attempt/<id>) and its result (#/attempt/<id>/result). Made for a phone: one
// question per screen, big touch targets, the buttons within thumb reach, and a timer that counts
// down to the server's deadline (the phone's clock is only used to measure time since the server
// spoke). Each answer is saved when the learner moves on; the end shows a review of every answer
// before the one submission. Typed answers work with a Japanese IME: Enter that confirms a
// conversion (isComposing, or between compositionstart and compositionend) never moves on.
//
// Item texts arrive as HTML rendered on the server from Markdown with raw HTML escaped
// (LessonMarkup, as for lessons), so they are inserted as HTML; every other text uses textContent.

import { h, fill } from '../dom.js';
import { t } from '../i18n.js';
import { getJson, postJson, putJson, failureKey } from '../api.js';
import { formatInstant } from '../format.js';
import { session } from '../session.js';
import { problemKey, scoreText } from './quiz.js';

function route() {
  const match = window.location.hash.match(/^#\/attempt\/(\d+)(\/result)?/);
  return match ? { id: match[1], result: Boolean(match[2]) } : null;
}

function html(tag, attributes, markup) {
  const element = h(tag, attributes);
  element.innerHTML = markup ?? '';
  return element;
}

/** A text input that moves on with Enter, but not while an IME is composing. */
function textInput(attributes, value, onInput, onEnter) {
  const input = h('input', { type: 'text', autocomplete: 'off', autocapitalize: 'off', spellcheck: 'false',
    class: 'quiz-text', ...attributes });
  input.value = value ?? '';
  let composing = false;
  input.addEventListener('compositionstart', () => { composing = true; });
  input.addEventListener('compositionend', () => { composing = false; onInput(input.value); });
  input.addEventListener('input', () => { if (!composing) onInput(input.value); });
  input.addEventListener('keydown', (event) => {
    // keyCode 229 is what some Android keyboards send for every key while composing.
    if (event.key === 'Enter' && !event.isComposing && !composing && event.keyCode !== 229) {
      event.preventDefault();
      onInput(input.value);
      onEnter();
    }
  });
  return input;
}

/** The editor for one item; calls set(answer) whenever the answer changes. */
function answerEditor(item, answer, set, next, name) {
  switch (item.type) {
    case 'SINGLE_CHOICE':
      return h('div', { class: 'quiz-options', role: 'radiogroup' }, item.options.map((option) => {
        const box = h('input', { type: 'radio', name, value: option.id, checked: answer === option.id });
        box.addEventListener('change', () => set(option.id));
        return h('label', { class: 'quiz-option' }, box, html('span', {}, option.html));
      }));
    case 'MULTIPLE_CHOICE': {
      const chosen = new Set(Array.isArray(answer) ? answer : []);
      return h('div', { class: 'quiz-options' }, h('p', { class: 'hint' }, t('assessment.pickAll')),
        item.options.map((option) => {
          const box = h('input', { type: 'checkbox', value: option.id, checked: chosen.has(option.id) });
          box.addEventListener('change', () => {
            if (box.checked) chosen.add(option.id); else chosen.delete(option.id);
            set(item.options.map((o) => o.id).filter((id) => chosen.has(id)));
          });
          return h('label', { class: 'quiz-option' }, box, html('span', {}, option.html));
        }));
    }
    case 'TRUE_FALSE':
      return h('div', { class: 'quiz-options quiz-true-false', role: 'radiogroup' }, [true, false].map((value) => {
        const box = h('input', { type: 'radio', name, checked: answer === value });
        box.addEventListener('change', () => set(value));
        return h('label', { class: 'quiz-option' }, box, h('span', {}, value ? `○ ${t('assessment.true')}`
          : `× ${t('assessment.false')}`));
      }));
    case 'FILL_IN_BLANK': {
      const values = Array.from({ length: item.blanks }, (_, i) => (Array.isArray(answer) ? answer[i] ?? '' : ''));
      return h('div', { class: 'quiz-blanks' }, html('div', { class: 'quiz-blank-text' }, item.textHtml),
        values.map((value, i) => h('label', { class: 'quiz-field' }, h('span', {}, `(${i + 1})`),
          textInput({ 'aria-label': `(${i + 1})` }, value, (typed) => { values[i] = typed; set([...values]); }, next))));
    }
    case 'SHORT_TEXT':
    case 'KANJI_READING':
      return h('div', { class: 'quiz-field-block' },
        item.wordHtml ? html('p', { class: 'quiz-word', lang: 'ja' }, item.wordHtml) : null,
        textInput({ 'aria-label': t('assessment.yourAnswer'), lang: 'ja', 'data-testid': 'quiz-text-answer' }, answer,
          (typed) => set(typed), next),
        item.type === 'KANJI_READING' ? h('p', { class: 'hint' }, t('assessment.kanaHint')) : null);
    case 'NUMERIC':
      return h('label', { class: 'quiz-field' },
        textInput({ inputmode: 'decimal', 'aria-label': t('assessment.yourAnswer') }, answer, (typed) => set(typed), next),
        item.unit ? h('span', {}, item.unit) : null);
    case 'ORDERING': {
      let order = Array.isArray(answer) && answer.length === item.items.length ? [...answer] : item.items.map((o) => o.id);
      const list = h('ol', { class: 'quiz-order' });
      const draw = () => {
        fill(list, order.map((id, i) => {
          const option = item.items.find((o) => o.id === id);
          const up = h('button', { type: 'button', class: 'button button-secondary quiz-move', disabled: i === 0,
            'aria-label': t('assessment.moveUp') }, '↑');
          const down = h('button', { type: 'button', class: 'button button-secondary quiz-move',
            disabled: i === order.length - 1, 'aria-label': t('assessment.moveDown') }, '↓');
          up.addEventListener('click', () => { [order[i - 1], order[i]] = [order[i], order[i - 1]]; set([...order]); draw(); });
          down.addEventListener('click', () => { [order[i + 1], order[i]] = [order[i], order[i + 1]]; set([...order]); draw(); });
          // An id the server does not know is shown as text: it came from the browser, not from the item.
          const label = option ? html('span', {}, option.html) : h('span', {}, id);
          return h('li', { class: 'quiz-order-item' }, label, up, down);
        }));
      };
      draw();
      if (!Array.isArray(answer)) set([...order]);
      return list;
    }
    case 'MATCHING': {
      const pairs = answer && typeof answer === 'object' && !Array.isArray(answer) ? { ...answer } : {};
      return h('div', { class: 'quiz-matching' }, item.left.map((left) => {
        const select = h('select', { class: 'quiz-select' }, h('option', { value: '' }, t('assessment.choose')),
          item.right.map((right) => h('option', { value: right.id, selected: pairs[left.id] === right.id },
            right.text)));
        select.addEventListener('change', () => {
          if (select.value) pairs[left.id] = select.value; else delete pairs[left.id];
          set({ ...pairs });
        });
        return h('label', { class: 'quiz-field quiz-match' }, html('span', {}, left.html), select);
      }));
    }
    case 'READING_PASSAGE':
    case 'LISTENING': {
      const parts = Array.isArray(answer) ? [...answer] : item.items.map(() => null);
      return h('div', { class: 'quiz-parts' },
        item.passageHtml ? html('div', { class: 'quiz-passage', lang: 'ja' }, item.passageHtml) : null,
        item.audio ? h('p', { class: 'notice' }, t('assessment.audio', { id: item.audio })) : null,
        item.items.map((part, i) => h('fieldset', { class: 'quiz-part' },
          h('legend', {}, t('assessment.partNumber', { number: i + 1 })),
          html('div', { class: 'quiz-prompt' }, part.item.promptHtml),
          answerEditor(part.item, parts[i], (value) => { parts[i] = value; set([...parts]); }, next, `${name}-${i}`))));
    }
    default:
      return h('p', { class: 'error' }, item.type);
  }
}

function answered(value) {
  if (value === null || value === undefined || value === '') return false;
  if (Array.isArray(value)) return value.some((v) => answered(v));
  if (typeof value === 'object') return Object.keys(value).length > 0;
  return true;
}

function remainingText(ms) {
  const total = Math.max(0, Math.floor(ms / 1000));
  const minutes = Math.floor(total / 60);
  const seconds = String(total % 60).padStart(2, '0');
  return `${minutes}:${seconds}`;
}

async function renderPaper(view, id) {
  fill(view, h('p', { class: 'muted' }, t('status.loading')));
  const result = await getJson(`/api/assessment/attempts/${id}`);
  if (!result.ok) {
    if (result.status === 409) {
      window.location.hash = `#/attempt/${id}/result`;
      return;
    }
    fill(view, h('p', { class: 'error', role: 'alert' }, t(problemKey(result))));
    return;
  }
  const paper = result.body;
  // The server's clock minus the phone's: the countdown uses only the phone's elapsed time.
  const offset = Date.parse(paper.serverNow) - Date.now();
  const deadline = paper.closesAt ? Date.parse(paper.closesAt) : null;
  const answers = paper.items.map((item) => (item.answer === null ? undefined : item.answer));
  const saved = answers.map(() => true);
  let index = 0;
  let reviewing = false;
  let finished = false;

  const timer = h('p', { class: 'quiz-timer', role: 'timer', 'aria-live': 'off', 'data-testid': 'quiz-timer' });
  const message = h('p', { class: 'error', role: 'alert', 'data-testid': 'quiz-message' });
  const screen = h('div', { class: 'quiz-screen' });

  const tick = () => {
    if (!deadline || finished || !document.body.contains(timer)) return false;
    const left = deadline - (Date.now() + offset);
    timer.textContent = t('assessment.timeLeft', { time: remainingText(left) });
    timer.classList.toggle('quiz-timer-low', left < 60_000);
    if (left <= 0) {
      // Time is up: hand in what is on the page now. The server accepts it within its grace
      // period; past that it has already closed the attempt with the answers saved in time.
      finished = true;
      postJson(`/api/assessment/attempts/${id}/submission`, submission()).then(() => {
        window.location.hash = `#/attempt/${id}/result`;
      });
      return false;
    }
    return true;
  };

  function submission() {
    return { answers: Object.fromEntries(answers.map((a, i) => [String(i), a ?? null])) };
  }

  async function save(position) {
    if (saved[position]) return true;
    const response = await putJson(`/api/assessment/attempts/${id}/answers/${position}`,
      { answer: answers[position] ?? null });
    if (!response.ok) {
      message.textContent = t(problemKey(response));
      if (response.status === 409) {
        finished = true;
        window.location.hash = `#/attempt/${id}/result`;
      }
      return false;
    }
    saved[position] = true;
    return true;
  }

  async function go(to) {
    message.textContent = '';
    if (!await save(index)) return;
    if (to >= paper.items.length) {
      reviewing = true;
    } else {
      reviewing = false;
      index = Math.max(0, to);
    }
    draw();
    window.scrollTo(0, 0);
  }

  function question() {
    const item = paper.items[index];
    const set = (value) => { answers[index] = value; saved[index] = false; };
    const editor = answerEditor(item.item, answers[index], set, () => go(index + 1), `q${index}`);
    const previous = h('button', { type: 'button', class: 'button button-secondary button-big', disabled: index === 0,
      'data-testid': 'quiz-previous' }, t('assessment.previous'));
    previous.addEventListener('click', () => go(index - 1));
    const last = index === paper.items.length - 1;
    const next = h('button', { type: 'button', class: 'button button-big', 'data-testid': 'quiz-next' },
      t(last ? 'assessment.toReview' : 'assessment.next'));
    next.addEventListener('click', () => go(index + 1));
    return [
      h('p', { class: 'quiz-position muted', 'data-testid': 'quiz-position' },
        t('assessment.questionOf', { number: index + 1, count: paper.items.length }),
        ' · ', t('assessment.points', { points: item.points })),
      h('progress', { max: paper.items.length, value: index + 1, 'aria-hidden': 'true' }),
      html('div', { class: 'quiz-prompt', lang: 'ja', 'data-testid': 'quiz-prompt' }, item.item.promptHtml),
      h('form', { class: 'quiz-answer', 'data-testid': 'quiz-answer' }, editor),
      h('nav', { class: 'action-bar quiz-bar' }, h('div', { class: 'lesson-bar-row' }, previous, next)),
    ];
  }

  function review() {
    const submit = h('button', { type: 'button', class: 'button button-big', 'data-testid': 'quiz-submit' },
      t('assessment.submit'));
    submit.addEventListener('click', async () => {
      const open = answers.filter((a) => !answered(a)).length;
      if (open && !window.confirm(t('assessment.confirmUnanswered', { count: open }))) return;
      submit.disabled = true;
      const response = await postJson(`/api/assessment/attempts/${id}/submission`, submission());
      if (!response.ok) {
        submit.disabled = false;
        message.textContent = t(problemKey(response));
        if (response.status === 409) window.location.hash = `#/attempt/${id}/result`;
        return;
      }
      finished = true;
      window.location.hash = `#/attempt/${id}/result`;
    });
    return [
      h('h2', {}, t('assessment.review')),
      h('p', { class: 'hint' }, t('assessment.reviewHint')),
      h('ol', { class: 'quiz-review', 'data-testid': 'quiz-review' }, paper.items.map((item, i) => {
        const link = h('button', { type: 'button', class: 'link-button' }, t('assessment.change'));
        link.addEventListener('click', () => go(i));
        return h('li', { class: answered(answers[i]) ? 'quiz-review-done' : 'quiz-review-open' },
          h('span', {}, t('assessment.questionOf', { number: i + 1, count: paper.items.length }), ' — ',
            answered(answers[i]) ? answerText(item.item, answers[i]) : t('assessment.unanswered')), ' ', link);
      })),
      h('nav', { class: 'action-bar quiz-bar' }, h('div', { class: 'lesson-bar-row' }, submit)),
    ];
  }

  function draw() {
    fill(screen, reviewing ? review() : question());
  }

  fill(view, h('div', { class: 'quiz-head' }, h('h1', {}, paper.quizTitle), deadline ? timer : null), screen, message);
  draw();
  // Started once the timer is on the page: it stops itself when the page is left or time is up.
  if (deadline && tick()) {
    const handle = setInterval(() => { if (!tick()) clearInterval(handle); }, 1000);
  }
}

function answerText(item, answer) {
  if (answer === null || answer === undefined || answer === '') return t('assessment.unanswered');
  const label = (options, id) => options?.find((o) => o.id === id)?.text ?? id;
  switch (item.type) {
    case 'SINGLE_CHOICE': return label(item.options, answer);
    case 'MULTIPLE_CHOICE': return (answer ?? []).map((id) => label(item.options, id)).join('、');
    case 'TRUE_FALSE': return answer ? t('assessment.true') : t('assessment.false');
    case 'ORDERING': return (answer ?? []).map((id) => label(item.items, id)).join(' → ');
    case 'MATCHING': return item.left.map((l) => `${l.text} = ${label(item.right, answer[l.id]) ?? '—'}`).join('; ');
    case 'FILL_IN_BLANK': return (answer ?? []).map((a, i) => `(${i + 1}) ${a}`).join(' ');
    case 'READING_PASSAGE':
    case 'LISTENING': return item.items.map((p, i) => `${i + 1}: ${answerText(p.item, answer?.[i])}`).join(' / ');
    default: return String(answer);
  }
}

function solutionText(type, solution) {
  switch (type) {
    case 'SINGLE_CHOICE': return solution.options.find((o) => o.id === solution.correctId)?.text;
    case 'MULTIPLE_CHOICE': return solution.options.filter((o) => solution.correctIds.includes(o.id)).map((o) => o.text).join('、');
    case 'TRUE_FALSE': return solution.answer ? t('assessment.true') : t('assessment.false');
    case 'FILL_IN_BLANK': return solution.blanks.map((b, i) => `(${i + 1}) ${b.accepted.join(' / ')}`).join(' ');
    case 'SHORT_TEXT': return solution.accepted.join(' / ');
    case 'ORDERING': return solution.items.map((o) => o.text).join(' → ');
    case 'MATCHING': return solution.pairs.map((p) => `${p.left.text} = ${p.right.text}`).join('; ');
    case 'NUMERIC': return `${solution.value}${solution.unit ? ` ${solution.unit}` : ''}`;
    case 'KANJI_READING': return solution.readings.join(' / ');
    case 'READING_PASSAGE':
    case 'LISTENING': return solution.items.map((p, i) => `${i + 1}: ${solutionText(p.type, p.body)}`).join(' / ');
    default: return '';
  }
}

async function renderResult(view, id) {
  fill(view, h('p', { class: 'muted' }, t('status.loading')));
  const result = await getJson(`/api/assessment/attempts/${id}/result`);
  if (!result.ok) {
    fill(view, h('p', { class: 'error', role: 'alert' }, t(problemKey(result))));
    return;
  }
  const { summary, items } = result.body;
  const verdict = summary.passed === true ? t('assessment.passed') : summary.passed === false ? t('assessment.notPassed') : null;
  fill(view,
    h('h1', {}, summary.quizTitle),
    h('p', { class: 'muted' }, t('assessment.attemptNumber', { number: summary.number }), ' · ',
      formatInstant(summary.submittedAt, { withTime: true }),
      summary.expired ? ` · ${t('assessment.closedByDeadline')}` : ''),
    h('section', { class: 'card quiz-score', 'data-testid': 'quiz-score' },
      h('p', { class: 'quiz-score-line' }, scoreText(summary)),
      verdict ? h('p', { class: summary.passed ? 'success' : 'error' }, verdict) : null,
      summary.needsReview ? h('p', { class: 'hint' }, t('assessment.needsReview')) : null),
    items.length ? h('ol', { class: 'quiz-results', 'data-testid': 'quiz-results' }, items.map((item) => {
      const state = item.correct ? 'right' : item.needsReview ? 'review' : item.score > 0 ? 'partial' : 'wrong';
      return h('li', { class: `card quiz-result quiz-result-${state}` },
        h('p', { class: 'quiz-result-state' }, t(`assessment.result.${state}`),
          ` · ${t('assessment.points', { points: Math.round(item.score * item.points * 10) / 10 })} / ${item.points}`),
        html('div', { class: 'quiz-prompt', lang: 'ja' }, item.item.promptHtml),
        item.item.wordHtml ? html('p', { class: 'quiz-word', lang: 'ja' }, item.item.wordHtml) : null,
        h('p', {}, h('strong', {}, t('assessment.yourAnswer')), ' ', answerText(item.item, item.answer)),
        item.correct ? null : h('p', {}, h('strong', {}, t('assessment.rightAnswer')), ' ',
          solutionText(item.item.type, item.solution)));
    })) : null,
    h('p', { class: 'actions' }, h('a', { class: 'button button-secondary', href: '#/my-learning' }, t('assessment.backToLearning'))));
}

export async function render(view) {
  const where = route();
  if (!where) {
    fill(view, h('h1', {}, t('common.notFound')));
    return;
  }
  if (!session().signedIn) {
    fill(view, h('p', { class: 'error' }, t(failureKey({ status: 401 }))));
    return;
  }
  if (where.result) {
    await renderResult(view, where.id);
  } else {
    await renderPaper(view, where.id);
  }
}
