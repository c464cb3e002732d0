import { createReadStream, existsSync, statSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
  '.map': 'application/json; charset=utf-8',
};

/** Resolves a URL path inside root, or null when it would leave root or does not exist. */
export function resolveStatic(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath.split('?')[0] ?? '/');
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const relative = normalize(decoded === '/' ? '/index.html' : decoded).replace(/^([/\\])+/, '');
  const full = join(root, relative);
  if (full !== root && !full.startsWith(root.endsWith(sep) ? root : root + sep)) return null;
  if (!existsSync(full) || !statSync(full).isFile()) return null;
  return full;
}

/**
 * The file for a request to the renderer: the file itself, index.html for an app path (a page the
 * window may reload on), or null for a missing file. A missing script chunk or stylesheet (the
 * renderer loads its screens as chunks from assets/) is a 404, never index.html answered as JavaScript.
 */
export function resolveAppFile(root: string, urlPath: string): string | null {
  const file = resolveStatic(root, urlPath);
  if (file) return file;
  if (extname(urlPath.split('?')[0] ?? '') !== '') return null;
  return resolveStatic(root, '/index.html');
}

/** The Content-Type for a file of the built renderer, by its extension. */
export function mimeOf(file: string): string {
  return MIME[extname(file).toLowerCase()] ?? 'application/octet-stream';
}

export function sendFile(res: ServerResponse, file: string, headers: Record<string, string> = {}): void {
  const type = mimeOf(file);
  const isIndex = file.endsWith('index.html');
  res.writeHead(200, {
    'Content-Type': type,
    'Cache-Control': isIndex ? 'no-store' : 'public, max-age=31536000, immutable',
    'X-Content-Type-Options': 'nosniff',
    ...headers,
  });
  createReadStream(file).pipe(res);
}
