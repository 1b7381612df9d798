// Dates and times in the learner's language. Where the browser has no date names for it (Chromium
// has none for Burmese), dates fall back to numbers in year-month-day order, which read the same
// in every language, never to another language's month names.

import { language } from './i18n.js';

const TOKYO = 'Asia/Tokyo';

function named() {
  return Intl.DateTimeFormat.supportedLocalesOf([language()]).length > 0;
}

/** A day such as 2026-09-01 (a date without time, shown as it is). */
export function formatDay(isoDay) {
  if (!isoDay) {
    return '—';
  }
  const day = new Date(`${isoDay}T00:00:00Z`);
  return named()
    ? new Intl.DateTimeFormat(language(), { dateStyle: 'medium', timeZone: 'UTC' }).format(day)
    : isoDay;
}

/** An instant, as the date (and, with withTime, the time) it is in Tokyo. */
export function formatInstant(iso, { withTime = false } = {}) {
  if (!iso) {
    return '—';
  }
  const options = { timeZone: TOKYO, year: 'numeric', month: named() ? 'long' : '2-digit', day: '2-digit' };
  if (withTime) {
    Object.assign(options, { month: named() ? 'short' : '2-digit', hour: '2-digit', minute: '2-digit',
      timeZoneName: 'short' });
  }
  return new Intl.DateTimeFormat(named() ? language() : 'sv-SE', options).format(new Date(iso));
}

/** A time of day, e.g. when a wait ends. */
export function formatTime(date) {
  return new Intl.DateTimeFormat(named() ? language() : 'sv-SE', { hour: '2-digit', minute: '2-digit' })
    .format(date);
}
