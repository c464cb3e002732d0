import net from 'node:net';
import { afterAll } from 'vitest';

/**
 * Setup file of the electron test project: every outbound TCP connection this process attempts
 * (net, tls, http, https, fetch all end in net.Socket#connect) is refused and counted, except to
 * this machine's loopback (browser mode's own listener in the tests). After each test file the
 * count must be zero: the app's Node side opens no connection anywhere (docs/SECURITY.md).
 */
interface Guard {
  attempts: string[];
}

const GUARD_KEY = Symbol.for('vanthu.networkGuard');
const globalGuard = globalThis as unknown as Record<symbol, Guard | undefined>;

function isLoopback(host: string | undefined): boolean {
  return host === undefined || host === 'localhost' || host === '::1' || /^127\./.test(host) || host === '::ffff:127.0.0.1';
}

function targetOf(args: unknown[]): { host: string | undefined; port: unknown; path?: string } {
  const [first, second] = args;
  if (Array.isArray(first)) return targetOf(first);
  if (typeof first === 'object' && first !== null) {
    const options = first as { host?: string; port?: unknown; path?: string };
    return { host: options.host, port: options.port, ...(options.path ? { path: options.path } : {}) };
  }
  if (typeof first === 'string' && Number.isNaN(Number(first))) return { host: undefined, port: undefined, path: first };
  return { host: typeof second === 'string' ? second : undefined, port: first };
}

export function networkGuard(): Guard {
  let guard = globalGuard[GUARD_KEY];
  if (guard) return guard;
  const created: Guard = { attempts: [] };
  guard = created;
  globalGuard[GUARD_KEY] = created;
  const original = net.Socket.prototype.connect;
  net.Socket.prototype.connect = function guardedConnect(this: net.Socket, ...args: unknown[]) {
    const target = targetOf(args);
    if (target.path === undefined && !isLoopback(target.host)) {
      created.attempts.push(`${target.host}:${String(target.port)}`);
      process.nextTick(() => this.destroy(new Error(`Kết nối ra ngoài bị chặn trong kiểm thử: ${target.host}:${String(target.port)}`)));
      return this;
    }
    return (original as (...a: unknown[]) => net.Socket).apply(this, args);
  } as typeof net.Socket.prototype.connect;
  return created;
}

const guard = networkGuard();

afterAll(() => {
  const attempts = guard.attempts.splice(0);
  if (attempts.length > 0) throw new Error(`Mã Node đã thử mở kết nối ra ngoài: ${attempts.join(', ')}`);
});
