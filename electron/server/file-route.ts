import { createReadStream } from 'node:fs';
import { AppError } from '@shared/errors';
import type { ServiceContext } from '../services/context';
import { contentDisposition, resolveStoredFile } from '../services/files/file-access';
import type { ExtraRoute } from './http-server';
import { SECURITY_HEADERS } from './security-headers';

/** GET /files/<sha256>?name=…[&download=1]: an attachment, inline for preview or as a download. */
export function createFileRoute(ctx: ServiceContext): ExtraRoute {
  return {
    prefix: '/files/',
    handle(_req, res, url) {
      try {
        const file = resolveStoredFile(ctx, url.pathname.slice('/files/'.length), url.searchParams.get('name'));
        res.writeHead(200, {
          ...SECURITY_HEADERS,
          'Content-Type': file.mime,
          'Content-Length': String(file.size),
          'Content-Disposition': contentDisposition(url.searchParams.get('download') ? 'attachment' : 'inline', file.name),
          'Cache-Control': 'private, max-age=3600',
        });
        createReadStream(file.path).pipe(res);
      } catch (error) {
        const message = error instanceof AppError ? error.message : 'Không đọc được tệp.';
        res.writeHead(404, { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' }).end(message);
      }
    },
  };
}
