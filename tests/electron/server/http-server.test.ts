import { mkdirSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startWebServer, type WebServer } from '../../../electron/server/http-server';
import { TEST_PASSWORD } from '../../helpers/sessions';
import { createTestRuntime, DONG_NAI_AGENCY, makeTempDir, type TestRuntime } from '../../helpers/test-runtime';

const TOKEN = 'test-token-0123456789';
let runtime: TestRuntime;
let server: WebServer;

afterEach(async () => {
  await server?.close();
  await runtime?.dispose();
});

async function start(host?: string, ready?: Promise<unknown>): Promise<void> {
  runtime = createTestRuntime();
  const staticDir = makeTempDir();
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>VănThư</title>');
  mkdirSync(join(staticDir, 'assets'));
  writeFileSync(join(staticDir, 'assets', 'app.js'), 'console.log(1)');
  server = await startWebServer({
    dispatch: runtime.dispatchFor('http'),
    resolveSession: (id) => runtime.security.auth.resolve(id, false),
    events: runtime.events,
    staticDir,
    token: TOKEN,
    maxUploadBytes: () => 1024,
    ...(host ? { host } : {}),
    ...(ready ? { ready } : {}),
  });
}

function post(path: string, body: string, headers: Record<string, string> = {}) {
  return fetch(`${server.url.replace(/\/$/, '')}${path}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body,
  });
}

const AUTH = { Authorization: `Bearer ${TOKEN}` };

/** Creates the first administrator with the launch token; returns headers that carry both cookies. */
async function signInFirstAdmin(): Promise<Record<string, string>> {
  const response = await post(
    '/api/auth.setupAdmin',
    JSON.stringify({ fullName: 'Quản trị', userName: 'quantri', password: TEST_PASSWORD }),
    AUTH,
  );
  const setCookie = response.headers.get('set-cookie') ?? '';
  expect(setCookie).toMatch(new RegExp(`^vanthu_s_${server.port}=[A-Za-z0-9_-]{40,}; HttpOnly; SameSite=Strict; Path=/$`));
  return { ...AUTH, Cookie: setCookie.split(';')[0] ?? '' };
}

describe('browser-mode server', () => {
  it('refuses a wrong or missing token with UNAUTHENTICATED and writes nothing', async () => {
    await start();
    const attempts: Array<Record<string, string>> = [{}, { Authorization: 'Bearer wrong' }, { Cookie: `vanthu_${server.port}=wrong` }];
    for (const headers of attempts) {
      const response = await post('/api/agency.save', JSON.stringify(DONG_NAI_AGENCY), headers);
      expect(response.status).toBe(401);
      expect(await response.json()).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
    }
    expect(runtime.db.prepare('SELECT count(*) AS n FROM agency_profile').get()).toEqual({ n: 0 });
  });

  it('trades the launch token for a cookie, and still needs a signed-in user for anything but public methods', async () => {
    await start();
    const launch = await fetch(server.launchUrl, { redirect: 'manual' });
    expect(launch.status).toBe(302);
    const cookie = launch.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(new RegExp(`^vanthu_${server.port}=${TOKEN}; HttpOnly; SameSite=Strict; Path=/$`));
    const tokenOnly = { Cookie: cookie.split(';')[0] ?? '' };
    expect(await (await post('/api/agency.save', JSON.stringify(DONG_NAI_AGENCY), tokenOnly)).json()).toMatchObject({
      ok: false,
      error: { code: 'UNAUTHENTICATED' },
    });
    expect(await (await post('/api/auth.status', '{}', tokenOnly)).json()).toMatchObject({
      ok: true,
      value: { hasUsers: false, session: null },
    });
    const signedIn = await signInFirstAdmin();
    const response = await post('/api/agency.save', JSON.stringify(DONG_NAI_AGENCY), signedIn);
    expect(await response.json()).toMatchObject({ ok: true, value: { name: 'Sở Y tế', abbreviation: 'SYT' } });
    const page = await fetch(server.url, { headers: tokenOnly });
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toContain("default-src 'self'");
  });

  it('signs out: the cookie is cleared and the old session id no longer works', async () => {
    await start();
    const signedIn = await signInFirstAdmin();
    const logout = await post('/api/auth.logout', '{}', signedIn);
    expect(logout.headers.get('set-cookie')).toBe(`vanthu_s_${server.port}=; HttpOnly; SameSite=Strict; Path=/; Max-Age=0`);
    expect(await (await post('/api/units.list', '{}', signedIn)).json()).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
  });

  it('returns typed errors over HTTP exactly as over IPC', async () => {
    await start();
    const auth = await signInFirstAdmin();
    expect(await (await post('/api/no.such', '{}', auth)).json()).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } });
    expect(await (await post('/api/agency.save', '{"name": 1}', auth)).json()).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    const broken = await post('/api/agency.save', '{not json', auth);
    expect(broken.status).toBe(400);
    expect(await broken.json()).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });

  it('refuses cross-site origins and foreign Host headers', async () => {
    await start();
    const crossSite = await post('/api/units.list', '{}', { ...AUTH, Origin: 'http://evil.example' });
    expect(crossSite.status).toBe(403);
    const status = await new Promise<number>((resolve) => {
      const req = request(
        { host: '127.0.0.1', port: server.port, path: '/api/units.list', method: 'POST', headers: { Host: 'evil.example', ...AUTH } },
        (res) => resolve(res.statusCode ?? 0),
      );
      req.end('{}');
    });
    expect(status).toBe(403);
  });

  it('never serves a file outside the renderer folder', async () => {
    await start();
    const cookie = `vanthu_${server.port}=${TOKEN}`;
    const status = await new Promise<number>((resolve) => {
      const req = request({ host: '127.0.0.1', port: server.port, path: '/../../../../etc/passwd', headers: { Cookie: cookie } }, (res) => {
        let body = '';
        res.on('data', (c: Buffer) => (body += c.toString()));
        res.on('end', () => resolve(body.includes('root:') ? 999 : (res.statusCode ?? 0)));
      });
      req.end();
    });
    expect(status).toBe(200);
    expect((await fetch(`${server.url}assets/app.js`)).status).toBe(200);
  });

  it('serves a screen chunk as JavaScript and answers a missing chunk 404, not with the page', async () => {
    await start();
    const chunk = await fetch(`${server.url}assets/app.js`);
    expect([chunk.status, chunk.headers.get('content-type'), await chunk.text()]).toEqual([
      200,
      'text/javascript; charset=utf-8',
      'console.log(1)',
    ]);
    const missing = await fetch(`${server.url}assets/reports-gone.js`);
    expect([missing.status, await missing.text()]).toEqual([404, 'Không tìm thấy tệp này của giao diện; hãy tải lại trang.']);
  });

  it('serves the page while the backend is still opening, and answers API calls once it is open', async () => {
    let open = () => {};
    await start(undefined, new Promise<void>((resolve) => (open = resolve)));
    const page = await fetch(`${server.url}assets/app.js`);
    expect(page.status).toBe(200);
    let answered = false;
    const call = post('/api/auth.status', '{}', AUTH).then((response) => {
      answered = true;
      return response.json();
    });
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(answered).toBe(false);
    open();
    expect(await call).toMatchObject({ ok: true, value: { hasUsers: false } });
  });

  it('streams push events only to a signed-in browser', async () => {
    await start();
    expect((await fetch(`${server.url}api/events`, { headers: AUTH })).status).toBe(401);
    const auth = await signInFirstAdmin();
    const controller = new AbortController();
    const stream = await fetch(`${server.url}api/events`, { headers: auth, signal: controller.signal });
    const reader = stream.body?.getReader();
    await reader?.read();
    await post('/api/units.create', JSON.stringify({ name: 'Văn phòng' }), auth);
    let text = '';
    while (!text.includes('directory.changed')) {
      const chunk = await reader?.read();
      if (!chunk || chunk.done) break;
      text += new TextDecoder().decode(chunk.value);
    }
    controller.abort();
    expect(text).toContain('event: directory.changed\ndata: {"entity":"units"}');
  });

  it('refuses an upload over the size limit before reading it', async () => {
    await start();
    const response = await fetch(`${server.url}api/units.create`, {
      method: 'POST',
      headers: { ...AUTH, 'Content-Type': 'application/octet-stream', 'X-Api-Input': encodeURIComponent('{}') },
      body: new Uint8Array(4096),
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ ok: false, error: { code: 'TOO_LARGE' } });
  });
});

describe('browser mode on the office network (--host)', () => {
  it('serves the page without the token but nothing else without signing in, authorising each call by role', async () => {
    await start('127.0.0.2');
    const admin = await runtime.dispatch(
      'users.create',
      { userName: 'vanthu', fullName: 'Văn thư', role: 'clerk', password: TEST_PASSWORD },
      {
        transport: 'test',
        session: null,
      },
    );
    expect(admin.ok).toBe(true);
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.2:\d+\/$/);
    expect((await fetch(server.url)).status).toBe(200);
    expect(await (await post('/api/units.list', '{}')).json()).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
    const setup = await post('/api/auth.setupAdmin', JSON.stringify({ fullName: 'Kẻ lạ', userName: 'kela', password: TEST_PASSWORD }));
    expect(setup.status).toBe(403);
    const login = await post('/api/auth.login', JSON.stringify({ userName: 'vanthu', password: TEST_PASSWORD }));
    expect(await login.clone().json()).toMatchObject({ ok: true, value: { role: 'clerk', mustChangePassword: true } });
    const cookie = { Cookie: (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '' };
    expect(await (await post('/api/units.list', '{}', cookie)).json()).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    await post('/api/auth.changePassword', JSON.stringify({ currentPassword: TEST_PASSWORD, newPassword: 'mat-khau-moi-2' }), cookie);
    expect(await (await post('/api/units.list', '{}', cookie)).json()).toMatchObject({ ok: true });
    expect(await (await post('/api/users.list', '{}', cookie)).json()).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });
});
