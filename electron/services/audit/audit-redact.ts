/** Keys whose values never reach the audit trail (or any log). */
const SECRET_KEY = /pass(word|phrase)?|secret|token|hash|key$/i;
const MAX_STRING = 2000;
const MAX_ITEMS = 100;
const MAX_DEPTH = 6;

export const REDACTED = '••• (đã ẩn)';

/**
 * A copy of a call's input or result fit for the audit trail: passwords and passphrases hidden,
 * file bytes replaced by their size, long text and long lists cut, depth bounded. Never throws.
 */
export function redact(value: unknown, depth = 0): unknown {
  if (value === null || typeof value === 'boolean') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : String(value);
  if (typeof value === 'string') return value.length > MAX_STRING ? `${value.slice(0, MAX_STRING)}… (${value.length} ký tự)` : value;
  if (typeof value === 'bigint') return value.toString();
  if (value instanceof Uint8Array) return `(tệp ${value.byteLength} byte)`;
  if (typeof value !== 'object') return undefined;
  if (depth >= MAX_DEPTH) return '(lồng quá sâu)';
  if (Array.isArray(value)) {
    const items = value.slice(0, MAX_ITEMS).map((item) => redact(item, depth + 1));
    return value.length > MAX_ITEMS ? [...items, `(… ${value.length - MAX_ITEMS} mục nữa)`] : items;
  }
  const out: Record<string, unknown> = {};
  let count = 0;
  for (const [key, item] of Object.entries(value)) {
    if (count++ >= MAX_ITEMS) break;
    out[key] = SECRET_KEY.test(key) && item !== null && item !== undefined ? REDACTED : redact(item, depth + 1);
  }
  return out;
}
