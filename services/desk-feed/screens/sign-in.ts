/** Signing in from a screen: the token kept for this browser tab, and the API called with it. */

export interface Claims {
  readonly role: string;
  readonly district?: string;
  readonly station?: string;
}

export async function api(path: string, init: RequestInit = {}): Promise<Response> {
  const token = sessionStorage.getItem('token');
  return fetch(path, { ...init, headers: { 'content-type': 'application/json', ...(token && { authorization: `Bearer ${token}` }), ...init.headers } });
}

/** The token's claims (read, not verified: the server verifies every call). */
export function claimsOf(token: string): Claims {
  const payload = token.split('.')[1]!.replace(/-/g, '+').replace(/_/g, '/');
  return JSON.parse(new TextDecoder().decode(Uint8Array.from(atob(payload), (c) => c.charCodeAt(0)))) as Claims;
}

/** Wires the sign-in form: on success the token is kept and `onSignedIn` runs; on failure the message shows. */
export function wireSignIn(form: HTMLFormElement, error: HTMLElement, onSignedIn: (token: string) => Promise<void>): void {
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const value = (name: string) => (form.elements.namedItem(name) as HTMLInputElement).value;
    const response = await api('/api/v1/auth/login', { method: 'POST', body: JSON.stringify({ username: value('username'), password: value('password') }) });
    if (!response.ok) {
      error.textContent = (await response.json()).error?.message ?? String(response.status);
      return;
    }
    const { token } = (await response.json()) as { token: string };
    sessionStorage.setItem('token', token);
    await onSignedIn(token);
  });
  const kept = sessionStorage.getItem('token');
  if (kept) void onSignedIn(kept);
}
