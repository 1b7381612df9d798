// The catalog's fixed vocabularies (categories, levels, lengths, lesson kinds, languages) and the
// small pieces every catalog screen draws the same way: badges, hours, and snippets with marks.

import { h } from './dom.js';
import { t, language } from './i18n.js';

export const CATEGORIES = ['IT', 'DIGITAL', 'CERTIFICATION', 'BUSINESS', 'COMPLIANCE', 'JAPANESE', 'DIALECT'];
export const LEVELS = ['JLPT_N5', 'JLPT_N4', 'JLPT_N3', 'JLPT_N2', 'JFT_A1', 'JFT_A2', 'BEGINNER', 'INTERMEDIATE',
  'ADVANCED'];
export const LENGTHS = ['SHORT', 'MEDIUM', 'LONG', 'PROGRAMME'];
export const KINDS = ['TEXT', 'VIDEO', 'QUIZ', 'FILE', 'LINK', 'LIVE'];
export const LANGUAGES = ['ja', 'en', 'vi', 'id', 'tl', 'my'];

/** The translated name of one facet value: facet is category, level, length, language or kind. */
export function label(facet, value) {
  return t(`catalog.${facet}.${value}`);
}

export function choices(facet, values) {
  return values.map((value) => ({ value, label: label(facet, value) }));
}

/** "About 3.5 hours", with the number in the reader's locale. */
export function hoursText(hours) {
  if (!hours) {
    return null;
  }
  const number = new Intl.NumberFormat(language(), { maximumFractionDigits: 1 }).format(hours);
  return t('catalog.hours', { hours: number });
}

export function badges(item) {
  return h('span', { class: 'badges' },
    item.level ? h('span', { class: 'badge badge-level' }, label('level', item.level)) : null,
    item.category ? h('span', { class: 'badge badge-category' }, label('category', item.category)) : null,
    item.language ? h('span', { class: 'badge badge-language' },
      t('catalog.taughtIn', { language: label('language', item.language) })) : null);
}

/** A snippet from its parts: matches in <mark>, all text as text nodes (indexed text is never HTML). */
export function snippet(parts) {
  if (!parts || parts.length === 0) {
    return null;
  }
  return h('p', { class: 'snippet' }, parts.map((part) => (part.match ? h('mark', {}, part.text) : part.text)));
}

/** A file size in the reader's locale: 840 KB, 2.4 MB. */
export function sizeText(bytes) {
  if (bytes === null || bytes === undefined) {
    return '';
  }
  const format = (n, unit) => `${new Intl.NumberFormat(language(), { maximumFractionDigits: 1 }).format(n)} ${unit}`;
  if (bytes < 1024 * 1024) {
    return format(Math.max(1, Math.round(bytes / 1024)), 'KB');
  }
  return format(bytes / (1024 * 1024), 'MB');
}
