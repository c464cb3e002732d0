import { mkdirSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startWebServer, type WebServer } from '../../../electron/server/http-server';
import { createTestRuntime, DONG_NAI_AGENCY, makeTempDir, type TestRuntime } from '../../helpers/test-runtime';

const TOKEN = 'test-token-0123456789';
let runtime: TestRuntime;
let server: WebServer;

afterEach(async () => {
  await server?.close();
  await runtime?.dispose();
});

async function start(): Promise<void> {
  runtime = createTestRuntime();
  const staticDir = makeTempDir();
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>VănThư</title>');
  mkdirSync(join(staticDir, 'assets'));
  writeFileSync(join(staticDir, 'assets', 'app.js'), 'console.log(1)');
  server = await startWebServer({
    dispatch: runtime.dispatch,
    events: runtime.events,
    staticDir,
    token: TOKEN,
    maxUploadBytes: () => 1024,
  });
}

function post(path: string, body: string, headers: Record<string, string> = {}) {
  return fetch(`${server.url.replace(/\/$/, '')}${path}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body,
  });
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

  it('trades the launch token for an HttpOnly SameSite=Strict cookie that authorises calls', async () => {
    await start();
    const launch = await fetch(server.launchUrl, { redirect: 'manual' });
    expect(launch.status).toBe(302);
    const cookie = launch.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(new RegExp(`^vanthu_${server.port}=${TOKEN}; HttpOnly; SameSite=Strict; Path=/$`));
    const response = await post('/api/agency.save', JSON.stringify(DONG_NAI_AGENCY), { Cookie: cookie.split(';')[0] ?? '' });
    expect(await response.json()).toMatchObject({ ok: true, value: { name: 'Sở Y tế', abbreviation: 'SYT' } });
    const page = await fetch(server.url, { headers: { Cookie: cookie.split(';')[0] ?? '' } });
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toContain("default-src 'self'");
  });

  it('returns typed errors over HTTP exactly as over IPC', async () => {
    await start();
    const auth = { Authorization: `Bearer ${TOKEN}` };
    expect(await (await post('/api/no.such', '{}', auth)).json()).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } });
    expect(await (await post('/api/agency.save', '{"name": 1}', auth)).json()).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    const broken = await post('/api/agency.save', '{not json', auth);
    expect(broken.status).toBe(400);
    expect(await broken.json()).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });

  it('refuses cross-site origins and foreign Host headers', async () => {
    await start();
    const auth = { Authorization: `Bearer ${TOKEN}` };
    const crossSite = await post('/api/units.list', '{}', { ...auth, Origin: 'http://evil.example' });
    expect(crossSite.status).toBe(403);
    const status = await new Promise<number>((resolve) => {
      const req = request(
        { host: '127.0.0.1', port: server.port, path: '/api/units.list', method: 'POST', headers: { Host: 'evil.example', ...auth } },
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

  it('pushes events to server-sent-event clients after a write', async () => {
    await start();
    const controller = new AbortController();
    const stream = await fetch(`${server.url}api/events`, { headers: { Authorization: `Bearer ${TOKEN}` }, signal: controller.signal });
    const reader = stream.body?.getReader();
    await reader?.read();
    await post('/api/units.create', JSON.stringify({ name: 'Văn phòng' }), { Authorization: `Bearer ${TOKEN}` });
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
      headers: { Authorization: `Bearer ${TOKEN}`, 'Content-Type': 'application/octet-stream', 'X-Api-Input': encodeURIComponent('{}') },
      body: new Uint8Array(4096),
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ ok: false, error: { code: 'TOO_LARGE' } });
  });
});
