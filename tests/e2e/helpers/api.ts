import type { RunningApp } from './app-server';

/** Calls the running app's API with its launch token, as a script would. Throws on a failed result. */
export async function api<T = unknown>(app: RunningApp, method: string, input: unknown = {}): Promise<T> {
  const token = new URL(app.url).searchParams.get('token') ?? '';
  const response = await fetch(`${app.origin}/api/${method}`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify(input),
  });
  const result = (await response.json()) as { ok: boolean; value?: T; error?: { message: string } };
  if (!result.ok) throw new Error(`${method}: ${result.error?.message}`);
  return result.value as T;
}
