// The UI's text: fetched once per language from /api/i18n, applied to every element that names a
// key in data-i18n (text) or data-i18n-aria-label (accessible name). Text is always set with
// textContent, never as HTML.

import { csrfHeaders } from './session.js';

const STORAGE_KEY = 'manabi.lang';
let current = { language: document.documentElement.lang || 'ja', messages: {}, languages: [] };

/** The text for key; {name}-style placeholders are filled from values. */
export function t(key, values = {}) {
  const text = current.messages[key] ?? key;
  return text.replace(/\{(\w+)\}/g, (whole, name) => (name in values ? String(values[name]) : whole));
}

/** Whether the current language has text for key (so a caller can fall back to the server's words). */
export function hasText(key) {
  return Object.prototype.hasOwnProperty.call(current.messages, key);
}

export function language() {
  return current.language;
}

export function languages() {
  return current.languages;
}

function remembered() {
  try {
    return localStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}

function remember(code) {
  try {
    localStorage.setItem(STORAGE_KEY, code);
  } catch {
    // Private browsing can refuse storage; the server-side cookie still remembers the choice.
  }
}

async function fetchJson(url, options) {
  const response = await fetch(url, { credentials: 'same-origin', ...options });
  if (!response.ok) {
    throw new Error(`${url} answered ${response.status}`);
  }
  return response.json();
}

/** Loads the language remembered in this browser, else the one the server negotiates. */
export async function loadMessages() {
  const stored = remembered();
  const query = stored ? `?lang=${encodeURIComponent(stored)}` : '';
  current = await fetchJson(`/api/i18n${query}`);
  return current;
}

/** Switches language: remembered on the server (cookie) and in this browser. */
export async function chooseLanguage(code) {
  current = await fetchJson('/api/i18n/choice', {
    method: 'PUT',
    headers: { 'Content-Type': 'application/json', ...csrfHeaders() },
    body: JSON.stringify({ language: code }),
  });
  remember(current.language);
  return current;
}

export function applyTranslations(root = document) {
  document.documentElement.lang = current.language;
  root.querySelectorAll('[data-i18n]').forEach((element) => {
    element.textContent = t(element.dataset.i18n);
  });
  root.querySelectorAll('[data-i18n-aria-label]').forEach((element) => {
    element.setAttribute('aria-label', t(element.dataset.i18nAriaLabel));
  });
  root.querySelectorAll('[data-i18n-placeholder]').forEach((element) => {
    element.setAttribute('placeholder', t(element.dataset.i18nPlaceholder));
  });
}
