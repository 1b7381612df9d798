// The signed-in person, as the server's session says. State-changing requests carry the session's
// CSRF token; the token lives only in this page's memory and is fetched again after a reload.

let current = { signedIn: false };

export function session() {
  return current;
}

export function csrfHeaders() {
  return current.csrfToken ? { 'X-CSRF-Token': current.csrfToken } : {};
}

export async function loadSession() {
  const response = await fetch('/api/session', { credentials: 'same-origin' });
  current = response.ok ? await response.json() : { signedIn: false };
  return current;
}

async function send(method, url, body) {
  const response = await fetch(url, {
    method,
    credentials: 'same-origin',
    headers: { 'Content-Type': 'application/json', ...csrfHeaders() },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const payload = response.status === 204 ? null : await response.json().catch(() => null);
  return { ok: response.ok, status: response.status, body: payload, retryAfter: response.headers.get('Retry-After') };
}

/** Resolves to { ok, status, body }: body is the session, or a problem. */
export async function signIn(loginId, password) {
  const result = await send('POST', '/api/session', { loginId, password });
  if (result.ok) {
    current = result.body;
  }
  return result;
}

/** Signs out; if the server refused (a stale token after signing in elsewhere), reloads the session and tries once more. */
export async function signOut() {
  let result = await send('DELETE', '/api/session');
  if (!result.ok) {
    await loadSession();
    result = current.signedIn ? await send('DELETE', '/api/session') : { ok: true };
  }
  await loadSession();
  return result.ok;
}

export async function changePassword(currentPassword, newPassword) {
  const result = await send('PUT', '/api/session/password', { currentPassword, newPassword });
  if (result.ok) {
    current = result.body;
  }
  return result;
}
