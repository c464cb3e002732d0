/**
 * Pure checks used by the main process's security wiring (kept free of 'electron' imports so they
 * are unit-tested directly).
 */

/** True when a frame URL belongs to our own renderer (the packaged file or the dev server). */
export function isTrustedRendererUrl(url: string | undefined, appUrl: string): boolean {
  if (!url) return false;
  try {
    const candidate = new URL(url);
    const app = new URL(appUrl);
    if (candidate.protocol !== app.protocol) return false;
    if (app.protocol === 'file:') return candidate.pathname === app.pathname;
    // Compare scheme and host explicitly: WHATWG gives custom schemes the opaque origin "null".
    return candidate.host === app.host && candidate.host.length > 0;
  } catch {
    return false;
  }
}

/** Links the user may open in the system browser or mail client: http(s) and mailto, nothing else. */
export function isSafeExternalUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    if (parsed.protocol === 'mailto:') return true;
    if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return false;
    return parsed.username === '' && parsed.password === '' && parsed.hostname.length > 0;
  } catch {
    return false;
  }
}
