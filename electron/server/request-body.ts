import type { IncomingMessage } from 'node:http';
import { AppError } from '@shared/errors';

/** Reads a request body up to maxBytes; beyond that the request is refused before it is buffered. */
export function readBody(req: IncomingMessage, maxBytes: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > maxBytes) {
      reject(new AppError('TOO_LARGE'));
      req.resume();
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBytes) {
        reject(new AppError('TOO_LARGE'));
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

/**
 * Decodes an API request. JSON bodies carry the input; a binary body (a file being uploaded) comes
 * with its other fields as URI-encoded JSON in X-Api-Input and arrives in the handler as `data`.
 */
export function decodeInput(req: IncomingMessage, body: Buffer): unknown {
  const type = String(req.headers['content-type'] ?? '')
    .split(';')[0]
    ?.trim();
  if (type === 'application/octet-stream') {
    const header = req.headers['x-api-input'];
    const fields = typeof header === 'string' && header ? (JSON.parse(decodeURIComponent(header)) as Record<string, unknown>) : {};
    return { ...fields, data: new Uint8Array(body.buffer, body.byteOffset, body.byteLength) };
  }
  if (type !== 'application/json') throw new AppError('VALIDATION', 'Yêu cầu phải gửi dữ liệu dạng JSON.');
  if (body.length === 0) return {};
  return JSON.parse(body.toString('utf8')) as unknown;
}
