import { randomBytes, scrypt, scryptSync, timingSafeEqual } from 'node:crypto';

/** scrypt's work factors; stored with every hash so they can be raised later without breaking old ones. */
export interface ScryptCost {
  N: number;
  r: number;
  p: number;
}

/**
 * N = 2^16, r = 8, p = 1: 64 MiB and about a quarter of a second per hash on the 2-core test
 * machine, so guessing from a stolen database file costs that much per try, while a sign-in
 * still feels instant. Tests pass a cheaper cost through RuntimeOptions.passwordCost.
 */
export const PASSWORD_COST: ScryptCost = { N: 2 ** 16, r: 8, p: 1 };

const KEY_LENGTH = 32;
const SALT_LENGTH = 16;
const PREFIX = 'scrypt';

function maxmemFor(cost: ScryptCost): number {
  return 256 * cost.N * cost.r + 4 * 1024 * 1024;
}

/** "scrypt$N$r$p$salt$key" with a fresh random salt per password (base64url). */
export function hashPassword(password: string, cost: ScryptCost = PASSWORD_COST): string {
  const salt = randomBytes(SALT_LENGTH);
  const key = scryptSync(password.normalize('NFC'), salt, KEY_LENGTH, { ...cost, maxmem: maxmemFor(cost) });
  return [PREFIX, cost.N, cost.r, cost.p, salt.toString('base64url'), key.toString('base64url')].join('$');
}

interface ParsedHash {
  cost: ScryptCost;
  salt: Buffer;
  key: Buffer;
}

function parseHash(stored: string): ParsedHash | null {
  const parts = stored.split('$');
  if (parts.length !== 6 || parts[0] !== PREFIX) return null;
  const [N, r, p] = parts.slice(1, 4).map(Number);
  const salt = Buffer.from(parts[4] ?? '', 'base64url');
  const key = Buffer.from(parts[5] ?? '', 'base64url');
  if (!N || !r || !p || N > 2 ** 20 || r > 32 || p > 16 || salt.length < 8 || key.length !== KEY_LENGTH) return null;
  return { cost: { N, r, p }, salt, key };
}

/** Checks a password against a stored hash off the main thread (libuv pool); false for a damaged hash. */
export function verifyPassword(password: string, stored: string): Promise<boolean> {
  const parsed = parseHash(stored);
  if (!parsed) return Promise.resolve(false);
  return new Promise((resolve) => {
    scrypt(password.normalize('NFC'), parsed.salt, KEY_LENGTH, { ...parsed.cost, maxmem: maxmemFor(parsed.cost) }, (error, key) => {
      resolve(!error && timingSafeEqual(key, parsed.key));
    });
  });
}

/** True when a hash was made with weaker factors than `cost` (it is replaced at the next sign-in). */
export function needsRehash(stored: string, cost: ScryptCost = PASSWORD_COST): boolean {
  const parsed = parseHash(stored);
  return !parsed || parsed.cost.N < cost.N || parsed.cost.r < cost.r || parsed.cost.p < cost.p;
}

/** The synchronous check, for writes that must finish inside one transaction (changing one's password). */
export function verifyPasswordSync(password: string, stored: string): boolean {
  const parsed = parseHash(stored);
  if (!parsed) return false;
  const key = scryptSync(password.normalize('NFC'), parsed.salt, KEY_LENGTH, { ...parsed.cost, maxmem: maxmemFor(parsed.cost) });
  return timingSafeEqual(key, parsed.key);
}
