import { AppError } from '@shared/errors';
import { checkFileStructure } from './file-structure';

/** What the register accepts as attachments, recognised by content, not by the name alone. */
const TYPES: ReadonlyArray<{ extensions: readonly string[]; mime: string; label: string; matches(head: Uint8Array): boolean }> = [
  { extensions: ['pdf'], mime: 'application/pdf', label: 'PDF', matches: (h) => startsWith(h, [0x25, 0x50, 0x44, 0x46]) },
  {
    extensions: ['docx'],
    mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    label: 'Word (DOCX)',
    matches: isZip,
  },
  {
    extensions: ['xlsx'],
    mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    label: 'Excel (XLSX)',
    matches: isZip,
  },
  { extensions: ['doc'], mime: 'application/msword', label: 'Word (DOC)', matches: isOle },
  { extensions: ['xls'], mime: 'application/vnd.ms-excel', label: 'Excel (XLS)', matches: isOle },
  { extensions: ['png'], mime: 'image/png', label: 'ảnh PNG', matches: (h) => startsWith(h, [0x89, 0x50, 0x4e, 0x47]) },
  { extensions: ['jpg', 'jpeg'], mime: 'image/jpeg', label: 'ảnh JPEG', matches: (h) => startsWith(h, [0xff, 0xd8, 0xff]) },
  {
    extensions: ['tif', 'tiff'],
    mime: 'image/tiff',
    label: 'ảnh TIFF',
    matches: (h) => startsWith(h, [0x49, 0x49, 0x2a, 0x00]) || startsWith(h, [0x4d, 0x4d, 0x00, 0x2a]),
  },
];

export const ACCEPTED_EXTENSIONS: readonly string[] = TYPES.flatMap((t) => t.extensions);

function startsWith(head: Uint8Array, bytes: readonly number[]): boolean {
  return bytes.every((b, i) => head[i] === b);
}

function isZip(head: Uint8Array): boolean {
  return startsWith(head, [0x50, 0x4b, 0x03, 0x04]);
}

function isOle(head: Uint8Array): boolean {
  return startsWith(head, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
}

/** The display name of an uploaded file: no folders, no control characters, bounded. Never a path. */
export function displayName(name: string): string {
  const base = name.normalize('NFC').split(/[\\/]/).pop() ?? '';
  const cleaned = base
    .replace(/[\u0000-\u001f\u007f]/g, '')
    .trim()
    .slice(0, 255);
  return cleaned === '' || cleaned === '.' || cleaned === '..' ? 'tep-dinh-kem' : cleaned;
}

/** The MIME type of an accepted file. @throws BAD_FILE for an empty, unknown, mislabelled, truncated or hostile file */
export function detectFileType(name: string, data: Uint8Array): string {
  if (data.length === 0) throw new AppError('BAD_FILE', `Tệp "${name}" rỗng.`);
  const extension = name.toLowerCase().split('.').pop() ?? '';
  const type = TYPES.find((t) => t.extensions.includes(extension));
  if (!type) {
    throw new AppError('BAD_FILE', `Không nhận tệp "${name}": chỉ nhận PDF, Word (DOC, DOCX), Excel (XLS, XLSX) và ảnh (PNG, JPEG, TIFF).`);
  }
  if (!type.matches(data.subarray(0, 16))) {
    throw new AppError('BAD_FILE', `Tệp "${name}" không phải là ${type.label} thật (nội dung không khớp với đuôi tệp).`);
  }
  checkFileStructure(name, extension, data);
  return type.mime;
}
