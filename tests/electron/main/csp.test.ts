import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../../electron/server/security-headers';
import { makeTempDir } from '../../helpers/test-runtime';
import { createElectronMock } from './electron-mock';

const electron = createElectronMock();
vi.mock('electron', () => electron.module);

const { serveRenderer } = await import('../../../electron/main/renderer-protocol');
const { denyAllPermissions } = await import('../../../electron/main/session-security');

const ROOT = resolve(__dirname, '..', '..', '..');

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((words) => words[0])
      .map(([name = '', ...sources]) => [name, sources]),
  );
}

describe('Content-Security-Policy', () => {
  it('allows nothing but our own origin (and inline styles, data: and blob: where Mantine and previews need them)', () => {
    const allowed = new Set(["'self'", "'none'", 'data:', 'blob:']);
    for (const [name, sources] of directives(CONTENT_SECURITY_POLICY)) {
      for (const source of sources) {
        const isInlineStyle = name === 'style-src' && source === "'unsafe-inline'";
        expect([name, source, allowed.has(source) || isInlineStyle]).toEqual([name, source, true]);
      }
    }
    expect(directives(CONTENT_SECURITY_POLICY).get('script-src')).toEqual(["'self'"]);
    expect(directives(CONTENT_SECURITY_POLICY).get('connect-src')).toEqual(["'self'"]);
  });

  it('is the same policy in the page itself (minus frame-ancestors, which a meta tag cannot carry)', () => {
    const html = readFileSync(join(ROOT, 'renderer', 'index.html'), 'utf8');
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1] ?? '';
    const expected = new Map(directives(CONTENT_SECURITY_POLICY));
    expected.delete('frame-ancestors');
    expect(directives(meta)).toEqual(expected);
  });

  it('is sent as a header with every page the Electron protocol serves', async () => {
    const dir = makeTempDir();
    mkdirSync(join(dir, 'assets'));
    writeFileSync(join(dir, 'index.html'), '<!doctype html>');
    serveRenderer(dir, () => null);
    const handler = electron.protocolHandlers.get('vanthu');
    const page = await handler?.(new Request('vanthu://app/index.html'));
    expect(page?.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(page?.headers.get('x-content-type-options')).toBe('nosniff');
    expect((await handler?.(new Request('vanthu://evil/index.html')))?.status).toBe(404);
    expect((await handler?.(new Request('vanthu://app/files/abc')))?.status).toBe(404);
  });

  it('serves the screen chunks under assets/ as JavaScript, and a missing chunk as 404 rather than the page', async () => {
    const dir = makeTempDir();
    mkdirSync(join(dir, 'assets'));
    writeFileSync(join(dir, 'index.html'), '<!doctype html>');
    writeFileSync(join(dir, 'assets', 'reports-abc.js'), 'export {}');
    serveRenderer(dir, () => null);
    const handler = electron.protocolHandlers.get('vanthu');
    const chunk = await handler?.(new Request('vanthu://app/assets/reports-abc.js'));
    expect([chunk?.status, chunk?.headers.get('content-type')]).toEqual([200, 'text/javascript; charset=utf-8']);
    expect(await chunk?.text()).toContain(join(dir, 'assets', 'reports-abc.js'));
    expect((await handler?.(new Request('vanthu://app/assets/reports-gone.js')))?.status).toBe(404);
    const page = await handler?.(new Request('vanthu://app/incoming'));
    expect([page?.status, page?.headers.get('content-type')]).toEqual([200, 'text/html; charset=utf-8']);
  });
});

describe('Electron permissions', () => {
  it('denies every permission request and check (camera, microphone, notifications, geolocation …)', () => {
    denyAllPermissions();
    const request = electron.permissionHandlers.request as (wc: unknown, permission: string, callback: (granted: boolean) => void) => void;
    const check = electron.permissionHandlers.check as (wc: unknown, permission: string) => boolean;
    for (const permission of ['media', 'notifications', 'geolocation', 'clipboard-read', 'openExternal']) {
      const callback = vi.fn();
      request(null, permission, callback);
      expect(callback).toHaveBeenCalledWith(false);
      expect(check(null, permission)).toBe(false);
    }
  });
});
