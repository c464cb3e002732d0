import type { RunningApp } from './app-server';

/** The administrator every E2E data folder gets (created on first use, by the first-run method). */
export const E2E_ADMIN = { fullName: 'Quản trị kiểm thử', userName: 'quantri', password: 'mat-khau-e2e-1' } as const;

const cookies = new WeakMap<RunningApp, string>();

async function post(app: RunningApp, method: string, input: unknown, cookie: string | null): Promise<Response> {
  const token = new URL(app.url).searchParams.get('token') ?? '';
  return fetch(`${app.origin}/api/${method}`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json', ...(cookie ? { Cookie: cookie } : {}) },
    body: JSON.stringify(input),
  });
}

/** Signs in as E2E_ADMIN (creating it on a fresh data folder) and keeps the session cookie for this app. */
async function sessionCookie(app: RunningApp): Promise<string> {
  const known = cookies.get(app);
  if (known) return known;
  const status = (await (await post(app, 'auth.status', {}, null)).json()) as { value: { hasUsers: boolean } };
  const response = status.value.hasUsers
    ? await post(app, 'auth.login', { userName: E2E_ADMIN.userName, password: E2E_ADMIN.password }, null)
    : await post(app, 'auth.setupAdmin', E2E_ADMIN, null);
  const result = (await response.clone().json()) as { ok: boolean; error?: { message: string } };
  if (!result.ok) throw new Error(`sign-in: ${result.error?.message}`);
  const cookie = (response.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  cookies.set(app, cookie);
  return cookie;
}

/** Calls the running app's API as the E2E administrator, as a script would. Throws on a failed result. */
export async function api<T = unknown>(app: RunningApp, method: string, input: unknown = {}): Promise<T> {
  const response = await post(app, method, input, await sessionCookie(app));
  const result = (await response.json()) as { ok: boolean; value?: T; error?: { message: string } };
  if (!result.ok) throw new Error(`${method}: ${result.error?.message}`);
  return result.value as T;
}
