// The placement test (#/placement): an intro, then one question per screen with big answer buttons
// and a progress bar ("7 / 20"), no timer. Answers are graded on the server, which never sends the
// right option; the result screen names the level and makes the study plan.

import { h } from '../dom.js';
import { t } from '../i18n.js';
import { getJson, postJson, failureKey } from '../api.js';
import { planForm, levelName } from './study-plan.js';

/** Prompts and options are Markdown from the item bank; shown as plain text, escapes dropped. */
function plain(markdown) {
  return markdown.replace(/\\(.)/g, '$1');
}

/** Plain text with {漢字|かんじ} furigana shown as ruby, as lessons show it. */
function withFurigana(markdown) {
  const parts = [];
  let last = 0;
  const text = plain(markdown);
  for (const match of text.matchAll(/\{([^|{}]+)\|([^{}]+)\}/g)) {
    parts.push(text.slice(last, match.index), h('ruby', {}, match[1], h('rt', {}, match[2])));
    last = match.index + match[0].length;
  }
  parts.push(text.slice(last));
  return parts;
}

function failure(view, result) {
  view.replaceChildren(h('h1', {}, t('placement.title')), h('p', { class: 'error', role: 'alert' }, t(failureKey(result))));
}

function startButton(view, scale, key, className) {
  const button = h('button', { type: 'button', class: className, 'data-testid': `placement-start${scale === 'JLPT' ? '' : '-it'}` }, t(key));
  button.addEventListener('click', async () => {
    button.disabled = true;
    const result = await postJson('/api/me/placement', { scale });
    if (!result.ok) {
      failure(view, result);
      return;
    }
    question(view, result.body);
  });
  return button;
}

function intro(view, previous) {
  view.replaceChildren(...[
    h('h1', {}, t('placement.title')),
    h('p', { class: 'lead' }, t('placement.intro', { max: 20 })),
    h('p', { class: 'actions' }, startButton(view, 'JLPT', 'placement.start', 'button button-big')),
    h('p', {}, t('placement.introIt')),
    h('p', { class: 'actions' }, startButton(view, 'IT_BASICS', 'placement.startIt', 'button button-secondary')),
    previous ? h('p', {}, h('a', { href: `#/placement?result=${previous.id}` }, t('placement.resultTitle'))) : null,
  ].filter(Boolean));
}

function question(view, attempt, notice) {
  if (attempt.finished) {
    result(view, attempt.id);
    return;
  }
  const q = attempt.question;
  let chosen = null;
  const progressText = t('placement.progress', { n: q.number, max: attempt.maxItems });
  const status = h('p', { class: 'field-error', role: 'alert' }, notice ?? '');
  const next = h('button', { type: 'button', class: 'button button-big placement-next', 'data-testid': 'placement-next' }, t('placement.next'));
  const options = q.options.map((option) => {
    const button = h('button', {
      type: 'button', class: 'placement-option', 'aria-pressed': 'false', 'data-testid': `placement-option-${option.id}`,
    }, withFurigana(option.text));
    button.addEventListener('click', () => {
      chosen = option.id;
      options.forEach((b) => b.setAttribute('aria-pressed', String(b === button)));
      status.textContent = '';
    });
    return button;
  });
  next.addEventListener('click', async () => {
    if (!chosen) {
      status.textContent = t('placement.choose');
      return;
    }
    next.disabled = true;
    const answered = await postJson(`/api/me/placement/${attempt.id}/answers`, { itemId: q.itemId, optionId: chosen });
    if (answered.status === 409) {
      const fresh = await getJson(`/api/me/placement/${attempt.id}`);
      if (fresh.ok) {
        question(view, fresh.body, t('placement.moved'));
        return;
      }
    }
    if (!answered.ok) {
      next.disabled = false;
      status.textContent = t(failureKey(answered));
      return;
    }
    question(view, answered.body);
  });
  view.replaceChildren(
    h('h1', { class: 'visually-hidden' }, t('placement.title')),
    h('div', { class: 'placement-progress' },
      h('span', { 'data-testid': 'placement-progress', 'aria-hidden': 'true' }, progressText),
      h('progress', { max: attempt.maxItems, value: q.number - 1, 'aria-label': t('placement.progressLabel', { n: q.number, max: attempt.maxItems }) })),
    h('section', { class: 'card placement-question', 'data-testid': 'placement-question' },
      h('p', { class: 'placement-prompt', lang: 'ja' }, withFurigana(q.prompt)),
      h('div', { class: 'placement-options', role: 'group' }, options),
      status,
      h('p', { class: 'actions' }, next)));
  view.querySelector('.placement-prompt').focus?.();
}

async function result(view, id) {
  const found = await getJson(`/api/me/placement/${id}/result`);
  if (!found.ok) {
    failure(view, found);
    return;
  }
  const r = found.body;
  const retake = h('button', { type: 'button', class: 'button button-secondary', 'data-testid': 'placement-retake' }, t('placement.retake'));
  retake.addEventListener('click', () => intro(view, null));
  view.replaceChildren(
    h('h1', {}, t('placement.resultTitle')),
    h('section', { class: 'card placement-result', 'data-testid': 'placement-result' },
      h('p', { class: 'placement-level' }, t('placement.resultLead', { level: levelName(r.band) })),
      h('p', { class: 'muted' }, t('placement.resultDetail', { correct: r.correctAnswers, answered: r.itemsAnswered })),
      r.top ? h('p', { class: 'hint' }, t('placement.resultTop')) : null),
    h('section', { class: 'card' },
      h('h2', {}, t('placement.makePlan')),
      planForm({ scale: r.scale, placedLevel: r.level, target: r.suggestedTarget, hoursPerWeek: 5, endDate: r.defaultEndDate, levels: r.levels },
        () => { window.location.hash = '#/study-plan'; }, 'placement.makePlan')),
    h('p', { class: 'actions' }, retake));
}

export async function render(view) {
  view.replaceChildren(h('h1', {}, t('placement.title')), h('p', { class: 'muted' }, t('status.loading')));
  const wanted = new URLSearchParams(window.location.hash.split('?')[1] ?? '').get('result');
  if (wanted) {
    await result(view, wanted);
    return;
  }
  const latest = await getJson('/api/me/placement/latest');
  if (latest.status === 404) {
    intro(view, null);
    return;
  }
  if (!latest.ok) {
    failure(view, latest);
    return;
  }
  if (latest.body.finished) {
    intro(view, latest.body);
    return;
  }
  question(view, latest.body);
}
