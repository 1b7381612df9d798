// One way for views to talk to the API: same-origin credentials, the session's CSRF token on every
// state-changing request, and problem+json bodies handed back as data rather than thrown.

import { csrfHeaders } from './session.js';

/**
 * Resolves to { ok, status, body, headers }: body is the parsed JSON (a problem when !ok), or null.
 * A network failure resolves to { ok: false, status: 0 } so views show "try again" instead of breaking.
 */
export async function request(method, url, body) {
  const headers = { ...(method === 'GET' ? {} : csrfHeaders()) };
  let payload;
  if (body instanceof FormData || body instanceof Blob) {
    payload = body;
  } else if (body !== undefined) {
    headers['Content-Type'] = 'application/json';
    payload = JSON.stringify(body);
  }
  try {
    const response = await fetch(url, { method, credentials: 'same-origin', headers, body: payload });
    const type = response.headers.get('Content-Type') ?? '';
    const parsed = response.status !== 204 && type.includes('json') ? await response.json().catch(() => null) : null;
    return { ok: response.ok, status: response.status, body: parsed, headers: response.headers };
  } catch {
    return { ok: false, status: 0, body: null, headers: new Headers() };
  }
}

export const getJson = (url) => request('GET', url);
export const postJson = (url, body) => request('POST', url, body ?? {});
export const putJson = (url, body) => request('PUT', url, body ?? {});
export const deleteJson = (url) => request('DELETE', url);

/** The UI key for a failed request that carries no field errors. */
export function failureKey(result) {
  switch (result.status) {
    case 401: return 'common.signInFirst';
    case 403: return 'common.notAllowed';
    case 404: return 'common.notFound';
    case 429: return 'common.throttled';
    default: return 'common.tryAgain';
  }
}
