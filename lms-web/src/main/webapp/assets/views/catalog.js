// The catalog (#/catalog?q=…&level=JLPT_N5,JLPT_N4): search courses and lessons, or browse them all
// when nothing is typed. Facets (category, level, language, length) narrow the results, each value
// with its count; on a phone they fold under "Filters". The address keeps the query, so a search
// can be shared and the back button returns to it.

import { h, fill } from '../dom.js';
import { t } from '../i18n.js';
import { getJson, failureKey } from '../api.js';
import { session } from '../session.js';
import { badges, hoursText, label, snippet } from '../catalog-labels.js';
import { targetOf } from '../search-box.js';

const FACETS = ['category', 'level', 'language', 'length'];
const PAGE = 20;

function readAddress() {
  const params = new URLSearchParams(window.location.hash.split('?')[1] ?? '');
  const state = { q: params.get('q') ?? '' };
  for (const facet of FACETS) {
    state[facet] = new Set((params.get(facet) ?? '').split(',').filter(Boolean));
  }
  return state;
}

function queryString(state, offset) {
  const params = new URLSearchParams();
  if (state.q) {
    params.set('q', state.q);
  }
  for (const facet of FACETS) {
    if (state[facet].size > 0) {
      params.set(facet, [...state[facet]].join(','));
    }
  }
  if (offset !== undefined) {
    params.set('offset', String(offset));
    params.set('limit', String(PAGE));
  }
  return params.toString();
}

function hitItem(hit) {
  const isLesson = hit.kind === 'LESSON';
  return h('li', { class: 'result', 'data-testid': `hit-${hit.kind.toLowerCase()}-${hit.lessonId ?? hit.courseId}` },
    h('span', { class: 'result-kind' }, label('kind', hit.kind)),
    h('h2', { class: 'result-title' }, h('a', { href: targetOf(hit) }, hit.title)),
    isLesson ? h('p', { class: 'result-course muted' }, t('catalog.inCourse', { course: hit.courseTitle })) : null,
    h('div', { class: 'result-meta' }, badges(hit),
      hoursText(hit.estimatedHours) ? h('span', { class: 'muted' }, hoursText(hit.estimatedHours)) : null),
    snippet(hit.snippet),
    isLesson && !session().signedIn ? h('p', { class: 'hint' }, t('catalog.signInForLessons')) : null);
}

function facetGroup(facet, counts, state, onChange) {
  const values = new Map((counts ?? []).map((c) => [c.value, c.count]));
  for (const chosen of state[facet]) {
    if (!values.has(chosen)) {
      values.set(chosen, 0);
    }
  }
  if (values.size === 0) {
    return null;
  }
  return h('fieldset', { class: 'facet' }, h('legend', {}, t(`catalog.facet.${facet}`)),
    h('div', { class: 'chips' }, [...values].map(([value, count]) => {
      const id = `facet-${facet}-${value}`;
      const box = h('input', { type: 'checkbox', id, value, checked: state[facet].has(value) });
      box.addEventListener('change', () => {
        if (box.checked) {
          state[facet].add(value);
        } else {
          state[facet].delete(value);
        }
        onChange(id);
      });
      return h('div', { class: 'chip' }, box,
        h('label', { for: id }, h('span', { lang: facet === 'language' ? value : null }, label(facet, value)),
          h('span', { class: 'chip-count' }, ` ${count}`)));
    })));
}

/** The bundled data's sources and licences, which CC BY and CC BY-SA require us to show. */
async function showSources(details) {
  const result = await getJson('/api/library/attributions');
  if (!result.ok) {
    details.append(h('p', { class: 'error' }, t(failureKey(result))));
    return;
  }
  details.append(h('p', {}, t('catalog.sources.lead')),
    h('ul', {}, ...result.body.map((source) => h('li', {},
      h('p', {}, source.text),
      h('p', {}, h('a', { href: source.url, rel: 'noopener noreferrer' }, source.dataset), ' · ',
        h('a', { href: source.licenceUrl, rel: 'noopener noreferrer' }, source.licence))))));
}

export async function render(view) {
  const state = readAddress();
  const title = h('h1', {}, t('catalog.title'));
  const input = h('input', { id: 'catalog-q', name: 'q', type: 'search', value: state.q, maxlength: 200,
    enterkeyhint: 'search', autocomplete: 'off' });
  const searchForm = h('form', { class: 'catalog-search', role: 'search' },
    h('label', { for: 'catalog-q' }, t('catalog.queryLabel')),
    h('div', { class: 'catalog-search-row' }, input,
      h('button', { type: 'submit', class: 'button' }, t('search.box.submit'))));
  const filterCount = h('span', { class: 'filter-count' });
  const facetArea = h('div', { class: 'facets' });
  const filters = h('details', { class: 'filters-panel', 'data-testid': 'filters' },
    h('summary', {}, t('catalog.filters'), filterCount), facetArea);
  if (window.matchMedia('(min-width: 720px)').matches) {
    filters.open = true;
  }
  const status = h('p', { class: 'result-count', role: 'status', 'data-testid': 'result-count' }, t('status.loading'));
  const list = h('ol', { class: 'results', 'data-testid': 'results' });
  const more = h('button', { type: 'button', class: 'button button-secondary', hidden: true, 'data-testid': 'more' },
    t('catalog.more'));
  const layout = h('div', { class: 'catalog-layout' }, h('aside', {}, filters),
    h('section', { class: 'catalog-results', 'aria-labelledby': 'catalog-results-title' },
      h('h2', { id: 'catalog-results-title', class: 'visually-hidden' }, t('catalog.results')), status, list,
      h('div', { class: 'actions' }, more)));
  const sources = h('details', { class: 'data-sources', 'data-testid': 'data-sources' },
    h('summary', {}, t('catalog.sources.title')));
  sources.addEventListener('toggle', () => showSources(sources), { once: true });
  fill(view, title, searchForm, layout, sources);

  let shown = 0;
  let composing = false;
  input.addEventListener('compositionstart', () => { composing = true; });
  input.addEventListener('compositionend', () => { composing = false; });

  async function load(append, focusId) {
    const offset = append ? shown : 0;
    more.disabled = true;
    const result = await getJson(`/api/search?${queryString(state, offset)}`);
    more.disabled = false;
    if (!result.ok) {
      status.textContent = t(failureKey(result));
      status.classList.add('error');
      more.hidden = true;
      return;
    }
    status.classList.remove('error');
    const body = result.body;
    if (!append) {
      list.replaceChildren();
      shown = 0;
      fill(facetArea, ...FACETS.map((facet) => facetGroup(facet, body.facets?.[facet], state,
        (id) => { syncAddress(); load(false, id); })).filter(Boolean));
      if (focusId) {
        document.getElementById(focusId)?.focus();
      }
    }
    list.append(...body.hits.map(hitItem));
    shown += body.hits.length;
    const chosen = FACETS.reduce((sum, facet) => sum + state[facet].size, 0);
    filterCount.textContent = chosen > 0 ? ` (${chosen})` : '';
    status.textContent = body.total === 0 ? t('catalog.none')
      : t(state.q ? 'catalog.found' : 'catalog.browsing', { count: body.total, shown });
    more.hidden = shown >= body.total;
  }

  function syncAddress() {
    const query = queryString(state);
    // replaceState does not fire hashchange, so the page (and the focus) stays where it is.
    history.replaceState(null, '', `#/catalog${query ? `?${query}` : ''}`);
  }

  searchForm.addEventListener('submit', (event) => {
    event.preventDefault();
    if (composing) {
      return;
    }
    state.q = input.value.trim();
    syncAddress();
    load(false);
  });
  more.addEventListener('click', () => load(true));
  await load(false);
}
