// The search box in every page's header: submitting opens #/catalog?q=…; while typing, titles that
// complete the text are offered in a listbox (arrow keys, Enter, Escape; a tap works too). Japanese
// is typed through an input method: while a composition is open nothing is fetched and Enter
// belongs to the input method, so the half-converted text is never searched.

import { h } from './dom.js';
import { getJson } from './api.js';
import { session } from './session.js';
import { label } from './catalog-labels.js';

const DEBOUNCE_MS = 200;

/** Where a suggestion or hit leads: a lesson needs a signed-in reader, else its course. */
export function targetOf(item) {
  if (item.kind === 'LESSON' && item.lessonId && session().signedIn) {
    return `#/lesson/${item.lessonId}`;
  }
  return `#/course/${item.courseId}`;
}

export function catalogAddress(query) {
  return query ? `#/catalog?q=${encodeURIComponent(query)}` : '#/catalog';
}

export function initSearchBox() {
  const form = document.getElementById('site-search');
  const input = document.getElementById('site-search-input');
  const list = document.getElementById('site-search-list');
  if (!form || !input || !list) {
    return;
  }
  let composing = false;
  let timer = null;
  let controller = null;
  let items = [];
  let active = -1;
  let lastAsked = '';

  function close() {
    list.hidden = true;
    list.replaceChildren();
    items = [];
    active = -1;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
  }

  function highlight(index) {
    active = index;
    [...list.children].forEach((option, i) => option.setAttribute('aria-selected', String(i === index)));
    if (index >= 0) {
      input.setAttribute('aria-activedescendant', list.children[index].id);
      list.children[index].scrollIntoView({ block: 'nearest' });
    } else {
      input.removeAttribute('aria-activedescendant');
    }
  }

  function go(address) {
    close();
    input.blur();
    window.location.hash = address;
  }

  function show(suggestions) {
    items = suggestions;
    active = -1;
    if (suggestions.length === 0) {
      close();
      return;
    }
    list.replaceChildren(...suggestions.map((s, i) => {
      const option = h('li', { id: `site-search-option-${i}`, role: 'option', 'aria-selected': 'false',
        class: 'suggestion' },
      h('span', { class: 'suggestion-text' }, s.text),
      h('span', { class: 'suggestion-kind' }, label('kind', s.kind)));
      // pointerdown would blur the input first and close the list; keep the focus, act on click.
      option.addEventListener('mousedown', (event) => event.preventDefault());
      option.addEventListener('click', () => go(targetOf(s)));
      return option;
    }));
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
  }

  async function ask() {
    const typed = input.value.trim();
    if (typed === lastAsked && !list.hidden) {
      return;
    }
    lastAsked = typed;
    controller?.abort();
    if (typed === '') {
      close();
      return;
    }
    controller = new AbortController();
    const mine = controller;
    try {
      const response = await fetch(`/api/search/suggest?q=${encodeURIComponent(typed)}&limit=8`,
        { credentials: 'same-origin', signal: mine.signal });
      if (!response.ok || mine !== controller || composing) {
        return;
      }
      show(await response.json());
    } catch {
      // Aborted by newer typing, or offline: the box still submits a full search.
    }
  }

  function schedule() {
    clearTimeout(timer);
    timer = setTimeout(ask, DEBOUNCE_MS);
  }

  input.addEventListener('compositionstart', () => { composing = true; clearTimeout(timer); });
  input.addEventListener('compositionend', () => { composing = false; schedule(); });
  input.addEventListener('input', (event) => {
    if (composing || event.isComposing) {
      return;
    }
    schedule();
  });
  input.addEventListener('keydown', (event) => {
    // keyCode 229: some browsers report keys the input method is handling this way.
    if (event.isComposing || composing || event.keyCode === 229) {
      return;
    }
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (items.length === 0) {
        return;
      }
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      // -1 is the text box itself: moving past either end comes back to it.
      let next = active + step;
      if (next >= items.length) {
        next = -1;
      } else if (next < -1) {
        next = items.length - 1;
      }
      highlight(next);
    } else if (event.key === 'Escape') {
      if (!list.hidden) {
        event.preventDefault();
        close();
      }
    } else if (event.key === 'Enter' && active >= 0 && active < items.length) {
      event.preventDefault();
      go(targetOf(items[active]));
    }
  });
  input.addEventListener('blur', () => setTimeout(close, 150));
  document.getElementById('site-search-submit')?.addEventListener('click', () => form.requestSubmit());
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (composing) {
      return;
    }
    go(catalogAddress(input.value.trim()));
  });
}

/** Keeps the header box in step with the address (the text searched for, or empty elsewhere). */
export function syncSearchBox(query) {
  const input = document.getElementById('site-search-input');
  if (input && document.activeElement !== input) {
    input.value = query ?? '';
  }
}
