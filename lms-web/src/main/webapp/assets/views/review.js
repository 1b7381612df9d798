// The daily review: one flashcard at a time, quick on a phone. The prompt is shown big; "Show
// answer" reveals the reading and meaning; four large buttons rate it, each with the time until the
// card comes back. Space shows the answer and 1-4 rate on a keyboard. Below: the decks to study and
// the learner's settings.

import { h, fill } from '../dom.js';
import { t } from '../i18n.js';
import { getJson, postJson, putJson, deleteJson, failureKey } from '../api.js';
import { field, valueOf, clearErrors, showProblem } from '../form.js';

const RATINGS = ['AGAIN', 'HARD', 'GOOD', 'EASY'];
const BATCH = 10;

/** "1 min", "10 min", "3 d", "2 mo": the time until a card is due again, in the learner's language. */
export function formatInterval(seconds) {
  const minutes = seconds / 60;
  if (minutes < 60) {
    return t('review.interval.minutes', { n: Math.max(1, Math.round(minutes)) });
  }
  const hours = minutes / 60;
  if (hours < 24) {
    return t('review.interval.hours', { n: Math.round(hours) });
  }
  const days = hours / 24;
  if (days < 30) {
    return t('review.interval.days', { n: Math.round(days) });
  }
  if (days < 365) {
    return t('review.interval.months', { n: Math.round(days / 30 * 10) / 10 });
  }
  return t('review.interval.years', { n: Math.round(days / 365 * 10) / 10 });
}

function deckName(deck) {
  return t(`review.deck.${deck.kind}`, { level: deck.level.replace('JLPT_', '') });
}

let session = null;

/** One review session on the page: the cards fetched, the one shown, whether its answer is out. */
class Session {
  constructor(root, status) {
    this.root = root;
    this.status = status;
    this.queue = [];
    this.shown = false;
    this.busy = false;
  }

  async load() {
    const result = await getJson(`/api/me/review/next?limit=${BATCH}`);
    if (!result.ok) {
      fill(this.root, h('p', { class: 'error', role: 'alert' }, t(failureKey(result))));
      return;
    }
    this.queue = result.body.cards;
    this.counts(result.body.counts);
    this.showCard();
  }

  counts(counts) {
    fill(this.status,
      h('strong', { 'data-testid': 'review-left' }, t('review.left', { count: counts.total })),
      h('span', { class: 'muted' }, ' · ', t('review.counts', counts)));
  }

  get current() {
    return this.queue[0];
  }

  showCard() {
    this.shown = false;
    const card = this.current;
    if (!card) {
      fill(this.root, h('p', { class: 'review-done success', role: 'status', 'data-testid': 'review-done' }, t('review.done')));
      return;
    }
    const showButton = h('button', { type: 'button', class: 'button review-show', 'data-testid': 'review-show' },
      t('review.show'));
    showButton.addEventListener('click', () => this.reveal());
    fill(this.root,
      h('article', { class: 'review-card', 'data-testid': 'review-card', 'aria-live': 'polite' },
        h('p', { class: 'review-meta muted' }, deckName(card), ' · ', t(`review.state.${card.state}`)),
        h('p', { class: `review-prompt review-${card.kind.toLowerCase()}`, lang: 'ja', 'data-testid': 'review-prompt' },
          card.prompt),
        h('div', { class: 'review-answer', 'data-testid': 'review-answer', hidden: true },
          card.reading && card.reading !== card.prompt
            ? h('p', { class: 'review-reading', lang: 'ja' }, h('span', { class: 'muted' }, t('review.reading'), ': '), card.reading)
            : null,
          h('p', { class: 'review-meaning' }, h('span', { class: 'muted' }, t('review.meaning'), ': '), card.meaning,
            card.partOfSpeech ? h('span', { class: 'muted' }, ` (${card.partOfSpeech})`) : null),
          card.example
            ? h('p', { class: 'review-example', 'data-testid': 'review-example' },
              h('span', { class: 'muted' }, t('review.example'), ': '), h('span', { lang: 'ja' }, card.example),
              card.exampleEnglish ? h('span', { class: 'muted review-example-en', lang: 'en' }, card.exampleEnglish) : null)
            : null)),
      h('div', { class: 'review-controls' }, showButton));
    showButton.focus({ preventScroll: true });
  }

  reveal() {
    const card = this.current;
    if (!card || this.shown) {
      return;
    }
    this.shown = true;
    this.root.querySelector('.review-answer').hidden = false;
    const buttons = RATINGS.map((rating, index) => {
      const button = h('button', {
        type: 'button', class: `review-rate review-rate-${rating.toLowerCase()}`, 'data-testid': `rate-${rating}`,
        'aria-keyshortcuts': String(index + 1),
      }, h('span', { class: 'review-rate-label' }, t(`review.rating.${rating}`)),
      h('span', { class: 'review-rate-interval' }, formatInterval(card.intervals[rating.toLowerCase()])));
      button.addEventListener('click', () => this.rate(rating));
      return button;
    });
    const controls = this.root.querySelector('.review-controls');
    fill(controls, h('div', { class: 'review-ratings', role: 'group', 'aria-label': t('review.title') }, buttons));
    buttons[2].focus({ preventScroll: true });
  }

  async rate(rating) {
    const card = this.current;
    if (!card || !this.shown || this.busy) {
      return;
    }
    this.busy = true;
    this.root.querySelectorAll('.review-rate').forEach((button) => { button.disabled = true; });
    const result = await postJson('/api/me/review/ratings', { key: card.key, rating, reps: card.reps });
    this.busy = false;
    if (result.ok) {
      this.queue.shift();
      this.counts(result.body.counts);
      if (this.queue.length === 0) {
        await this.load();
      } else {
        this.showCard();
      }
      return;
    }
    if (result.status === 409) {
      fill(this.status, h('span', { class: 'notice', role: 'status' }, t('review.stale')));
      await this.load();
      return;
    }
    this.root.querySelectorAll('.review-rate').forEach((button) => { button.disabled = false; });
    this.root.querySelector('.review-controls').append(h('p', { class: 'error', role: 'alert' }, t(failureKey(result))));
  }

  key(event) {
    if (event.target.closest?.('input, select, textarea') || event.ctrlKey || event.metaKey || event.altKey) {
      return;
    }
    if (event.key === ' ' && !this.shown && this.current) {
      event.preventDefault();
      this.reveal();
    } else if (this.shown && ['1', '2', '3', '4'].includes(event.key)) {
      event.preventDefault();
      this.rate(RATINGS[Number(event.key) - 1]);
    }
  }
}

document.addEventListener('keydown', (event) => {
  if (session && session.root.isConnected) {
    session.key(event);
  }
});

function deckRow(deck, onChange) {
  const button = h('button', {
    type: 'button', class: deck.started ? 'button button-secondary' : 'button', 'data-testid': `deck-toggle-${deck.code}`,
  }, t(deck.started ? 'review.stop' : 'review.start'));
  button.addEventListener('click', async () => {
    button.disabled = true;
    const url = `/api/me/review/decks/${encodeURIComponent(deck.code)}`;
    const result = deck.started ? await deleteJson(url) : await putJson(url);
    button.disabled = false;
    if (result.ok) {
      await onChange(result.body);
    }
  });
  return h('li', { class: 'review-deck', 'data-testid': `deck-${deck.code}` },
    h('div', {},
      h('strong', {}, deckName(deck)),
      deck.started ? h('span', { class: 'badge badge-ok' }, t('review.studying')) : null,
      h('p', { class: 'muted' }, t('review.deckCounts', { begun: deck.begun, total: deck.total, due: deck.dueToday }))),
    button);
}

async function settingsForm() {
  const result = await getJson('/api/me/review/settings');
  const current = result.ok ? result.body : { newPerDay: 20, timeZone: 'Asia/Tokyo' };
  const fields = [
    field('newPerDay', t('review.newPerDay'), { type: 'number', min: 0, max: 200, required: true, value: current.newPerDay, inputmode: 'numeric' }),
    field('timeZone', t('review.timeZone'), { maxlength: 64, value: current.timeZone, hint: t('review.timeZoneHint') }),
  ];
  const summary = h('p', { class: 'error', role: 'alert' });
  const saved = h('p', { class: 'success', role: 'status' });
  const form = h('form', { class: 'form', novalidate: true }, fields.map((f) => f.element),
    h('button', { type: 'submit', class: 'button' }, t('review.save')), summary, saved);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    clearErrors(fields, summary);
    saved.textContent = '';
    const answer = await putJson('/api/me/review/settings', { newPerDay: valueOf(fields[0]), timeZone: valueOf(fields[1]) });
    if (answer.ok) {
      saved.textContent = t('review.saved');
      await session?.load();
    } else {
      showProblem(answer, fields, summary);
    }
  });
  return h('details', { class: 'setup' }, h('summary', {}, t('review.settings')), form);
}

export async function render(view) {
  const status = h('p', { class: 'review-status', 'aria-live': 'polite' });
  const stage = h('div', { class: 'review-stage' }, h('p', { class: 'muted' }, t('status.loading')));
  const deckList = h('ul', { class: 'review-decks' });
  const noDecks = h('p', { class: 'hint', 'data-testid': 'review-no-decks' });
  view.replaceChildren(
    h('section', { class: 'review' },
      h('h1', {}, t('review.title')),
      h('p', { class: 'lead' }, t('review.intro')),
      status,
      stage,
      h('p', { class: 'hint review-keys' }, t('review.keys'))),
    h('section', { class: 'card', 'aria-labelledby': 'review-decks-title' },
      h('h2', { id: 'review-decks-title' }, t('review.decks')),
      noDecks,
      deckList,
      await settingsForm()));

  const showDecks = async (decks) => {
    noDecks.textContent = decks.some((deck) => deck.started) ? '' : t('review.noDecks');
    fill(deckList, decks.map((deck) => deckRow(deck, async (changed) => {
      await showDecks(changed);
      await session.load();
    })));
  };
  session = new Session(stage, status);
  const decks = await getJson('/api/me/review/decks');
  if (!decks.ok) {
    fill(stage, h('p', { class: 'error', role: 'alert' }, t(failureKey(decks))));
    return;
  }
  await showDecks(decks.body);
  await session.load();
}
