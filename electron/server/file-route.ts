import { createReadStream } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { AppError } from '@shared/errors';
import type { ServiceContext, SessionInfo } from '../services/context';
import { contentDisposition, resolveStoredFile } from '../services/files/file-access';
import { resolveExportFile } from '../services/files/export-files';
import { isFileVisible } from '../services/files/file-visibility';
import type { ExtraRoute } from './http-server';
import { SECURITY_HEADERS } from './security-headers';

function sendText(res: ServerResponse, status: number, message: string): void {
  res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' }).end(message);
}

function mayRead(session: SessionInfo | null): session is SessionInfo {
  return session !== null && session.isLocked !== true && session.permissions.has('documents.read');
}

/**
 * GET /files/<sha256>?name=…[&download=1]: an attachment, inline for preview or as a download.
 * Needs a signed-in, unlocked user who may read documents; a file of secret documents only, the
 * clearance for secret documents.
 */
export function createFileRoute(ctx: ServiceContext): ExtraRoute {
  return {
    prefix: '/files/',
    handle(_req, res, url, session) {
      if (!mayRead(session)) return sendText(res, 401, 'Hãy đăng nhập để xem tệp.');
      try {
        const sha256 = url.pathname.slice('/files/'.length);
        const file = resolveStoredFile(ctx, sha256, url.searchParams.get('name'));
        if (!isFileVisible(ctx.db, sha256, session.permissions.has('documents.readSecret')))
          throw new AppError('NOT_FOUND', 'Không tìm thấy tệp đính kèm.');
        res.writeHead(200, {
          ...SECURITY_HEADERS,
          'Content-Type': file.mime,
          'Content-Length': String(file.size),
          'Content-Disposition': contentDisposition(url.searchParams.get('download') ? 'attachment' : 'inline', file.name),
          'Cache-Control': 'private, max-age=3600',
        });
        createReadStream(file.path).pipe(res);
      } catch (error) {
        sendText(res, 404, error instanceof AppError ? error.message : 'Không đọc được tệp.');
      }
    },
  };
}

/** GET /exports/<name>: a file the app exported for this user (audit trail, reports), as a download. */
export function createExportRoute(ctx: ServiceContext): ExtraRoute {
  return {
    prefix: '/exports/',
    handle(_req, res, url, session) {
      if (session === null || session.isLocked === true) return sendText(res, 401, 'Hãy đăng nhập để tải tệp.');
      try {
        const file = resolveExportFile(ctx.paths, decodeURIComponent(url.pathname.slice('/exports/'.length)));
        res.writeHead(200, {
          ...SECURITY_HEADERS,
          'Content-Type': file.mime,
          'Content-Disposition': contentDisposition('attachment', file.name),
          'Cache-Control': 'no-store',
        });
        createReadStream(file.path).pipe(res);
      } catch (error) {
        sendText(res, 404, error instanceof AppError ? error.message : 'Không đọc được tệp.');
      }
    },
  };
}
