/**
 * Reads a ZIP file's central directory (names and declared sizes) without inflating anything, so a
 * hostile DOCX/XLSX cannot blow up memory here. Whoever inflates entries later must still cap the
 * output, because a ZIP can lie about its sizes.
 */
export interface ZipEntry {
  name: string;
  compressedSize: number;
  uncompressedSize: number;
}

export type ZipInspection = { ok: true; entries: ZipEntry[] } | { ok: false; reason: 'truncated' | 'not-zip' | 'too-many' | 'zip64' };

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const MAX_ENTRIES = 20_000;

function view(data: Uint8Array): DataView {
  return new DataView(data.buffer, data.byteOffset, data.byteLength);
}

/** The end-of-central-directory record: within the last 22 + 65,535 bytes (the comment may follow it). */
function findEndRecord(data: Uint8Array): number {
  const dv = view(data);
  const stop = Math.max(0, data.length - 22 - 65_535);
  for (let at = data.length - 22; at >= stop; at--) {
    if (dv.getUint32(at, true) === EOCD_SIGNATURE) return at;
  }
  return -1;
}

export function inspectZip(data: Uint8Array): ZipInspection {
  if (data.length < 22) return { ok: false, reason: 'truncated' };
  const end = findEndRecord(data);
  if (end < 0) return { ok: false, reason: 'truncated' };
  const dv = view(data);
  const count = dv.getUint16(end + 10, true);
  const size = dv.getUint32(end + 12, true);
  const offset = dv.getUint32(end + 16, true);
  if (count === 0xffff || size === 0xffffffff || offset === 0xffffffff) return { ok: false, reason: 'zip64' };
  if (count > MAX_ENTRIES) return { ok: false, reason: 'too-many' };
  if (offset + size > end) return { ok: false, reason: 'truncated' };
  const entries: ZipEntry[] = [];
  let at = offset;
  const decoder = new TextDecoder();
  for (let i = 0; i < count; i++) {
    if (at + 46 > end || dv.getUint32(at, true) !== CENTRAL_SIGNATURE) return { ok: false, reason: 'truncated' };
    const compressedSize = dv.getUint32(at + 20, true);
    const uncompressedSize = dv.getUint32(at + 24, true);
    const nameLength = dv.getUint16(at + 28, true);
    const extraLength = dv.getUint16(at + 30, true);
    const commentLength = dv.getUint16(at + 32, true);
    const localOffset = dv.getUint32(at + 42, true);
    if (compressedSize === 0xffffffff || uncompressedSize === 0xffffffff || localOffset === 0xffffffff)
      return { ok: false, reason: 'zip64' };
    if (at + 46 + nameLength > end || localOffset + compressedSize > offset) return { ok: false, reason: 'truncated' };
    entries.push({ name: decoder.decode(data.subarray(at + 46, at + 46 + nameLength)), compressedSize, uncompressedSize });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return { ok: true, entries };
}

/** Limits that no real office document reaches and every zip bomb does. */
export const ZIP_LIMITS = { totalUncompressed: 1024 * 1024 * 1024, ratio: 200, ratioFloor: 20 * 1024 * 1024 } as const;

/** True when the declared sizes are those of a decompression bomb (huge total, or an extreme ratio on a large entry). */
export function looksLikeZipBomb(entries: readonly ZipEntry[]): boolean {
  let total = 0;
  for (const entry of entries) {
    total += entry.uncompressedSize;
    if (entry.uncompressedSize > ZIP_LIMITS.ratioFloor && entry.uncompressedSize > ZIP_LIMITS.ratio * Math.max(1, entry.compressedSize))
      return true;
  }
  return total > ZIP_LIMITS.totalUncompressed;
}
