import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { networkInterfaces } from 'node:os';

export function parseCookies(header: string | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const part of (header ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0) out[part.slice(0, eq).trim()] = part.slice(eq + 1).trim();
  }
  return out;
}

export function safeEqual(a: string, b: string): boolean {
  const ba = Buffer.from(a);
  const bb = Buffer.from(b);
  return ba.length === bb.length && timingSafeEqual(ba, bb);
}

/** A cookie only our pages send back: HttpOnly (no script reads it), SameSite=Strict (no cross-site request carries it). */
export function cookieHeader(name: string, value: string | null): string {
  return value === null ? `${name}=; HttpOnly; SameSite=Strict; Path=/; Max-Age=0` : `${name}=${value}; HttpOnly; SameSite=Strict; Path=/`;
}

export function isLoopbackHost(host: string): boolean {
  return host === '127.0.0.1' || host === 'localhost' || host === '::1';
}

/**
 * The Host names a LAN browser may use to reach us (--host): this machine's IPv4 addresses and the
 * name given in --host. Any other Host header is refused (DNS rebinding).
 */
export function lanHostNames(host: string): string[] {
  const names = new Set<string>([host]);
  for (const addresses of Object.values(networkInterfaces())) {
    for (const address of addresses ?? []) if (address.family === 'IPv4') names.add(address.address);
  }
  names.delete('0.0.0.0');
  return [...names];
}

export function bearerOrCookie(req: IncomingMessage, cookieName: string): string | null {
  const bearer = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1];
  return bearer ?? parseCookies(req.headers.cookie)[cookieName] ?? null;
}
