import { net, protocol } from 'electron';
import { pathToFileURL } from 'node:url';
import { AppError } from '@shared/errors';
import { SECURITY_HEADERS } from '../server/security-headers';
import type { ServiceContext } from '../services/context';
import { resolveExportFile } from '../services/files/export-files';
import { contentDisposition, resolveStoredFile } from '../services/files/file-access';
import { mimeOf, resolveAppFile } from '../server/static-files';

/** The renderer is served from vanthu://app/ instead of file:// so it has a real origin and our CSP header. */
export const APP_SCHEME = 'vanthu';
export const APP_URL = `${APP_SCHEME}://app/index.html`;

/** Must run before app 'ready'. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true } },
  ]);
}

/**
 * Serves the renderer and, under /files/ and /exports/, stored attachments (for the in-app preview)
 * and exported files. `context` is null while the recovery screen runs (no database open).
 */
export function serveRenderer(rendererDir: string, context: () => ServiceContext | null): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const url = new URL(request.url);
    if (url.host !== 'app') return new Response('Not found', { status: 404 });
    const ctx = context();
    if (url.pathname.startsWith('/files/')) return ctx ? serveStoredFile(ctx, url) : new Response('Not found', { status: 404 });
    if (url.pathname.startsWith('/exports/')) return ctx ? serveExport(ctx, url) : new Response('Not found', { status: 404 });
    const file = resolveAppFile(rendererDir, url.pathname);
    if (!file) return new Response('Not found', { status: 404 });
    const response = await net.fetch(pathToFileURL(file).toString());
    const headers = new Headers(response.headers);
    // Screens load as module chunks from assets/: a module script needs a JavaScript type.
    headers.set('Content-Type', mimeOf(file));
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) headers.set(name, value);
    return new Response(response.body, { status: response.status, headers });
  });
}

async function serveStoredFile(ctx: ServiceContext, url: URL): Promise<Response> {
  try {
    const file = resolveStoredFile(ctx, url.pathname.slice('/files/'.length), url.searchParams.get('name'));
    const response = await net.fetch(pathToFileURL(file.path).toString());
    const headers = new Headers(SECURITY_HEADERS);
    headers.set('Content-Type', file.mime);
    headers.set('Content-Disposition', contentDisposition(url.searchParams.get('download') ? 'attachment' : 'inline', file.name));
    return new Response(response.body, { status: 200, headers });
  } catch (error) {
    return new Response(error instanceof AppError ? error.message : 'Không đọc được tệp.', { status: 404 });
  }
}

async function serveExport(ctx: ServiceContext, url: URL): Promise<Response> {
  try {
    const file = resolveExportFile(ctx.paths, decodeURIComponent(url.pathname.slice('/exports/'.length)));
    const response = await net.fetch(pathToFileURL(file.path).toString());
    const headers = new Headers(SECURITY_HEADERS);
    headers.set('Content-Type', file.mime);
    headers.set('Content-Disposition', contentDisposition('attachment', file.name));
    return new Response(response.body, { status: 200, headers });
  } catch (error) {
    return new Response(error instanceof AppError ? error.message : 'Không đọc được tệp.', { status: 404 });
  }
}
