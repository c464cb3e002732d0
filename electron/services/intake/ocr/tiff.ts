import { AppError } from '@shared/errors';

/**
 * The container side of TIFF: the pages (IFDs) of a file, each one cut out as a stand-alone
 * single-page TIFF (for Leptonica, which reads only a file's first page), or, for JPEG-compressed
 * pages that Leptonica cannot read, its strips or tiles as complete JPEG streams.
 */

export interface TiffPage {
  width: number;
  height: number;
  compression: number;
  dpi: number | null;
  /** A TIFF file holding only this page. */
  single(): Uint8Array;
  /** For compression 7 (JPEG): each strip or tile as a JPEG stream, with where it goes on the page. */
  jpegParts(): Array<{ x: number; y: number; jpeg: Uint8Array }>;
}

const TYPE_SIZES: Readonly<Record<number, number>> = { 1: 1, 2: 1, 3: 2, 4: 4, 5: 8, 6: 1, 7: 1, 8: 2, 9: 4, 10: 8, 11: 4, 12: 8 };
const TAG = {
  width: 256,
  height: 257,
  compression: 259,
  stripOffsets: 273,
  rowsPerStrip: 278,
  stripByteCounts: 279,
  xResolution: 282,
  resolutionUnit: 296,
  tileWidth: 322,
  tileLength: 323,
  tileOffsets: 324,
  tileByteCounts: 325,
  jpegTables: 347,
} as const;
/** Tags that point at other structures in the file; a single-page copy drops them. */
const POINTER_TAGS = new Set([330, 513, 514, 34665, 34853, 40965]);
const MAX_PAGES = 2000;

interface Entry {
  tag: number;
  type: number;
  count: number;
  /** Offset of the value bytes (inside the entry when they fit in 4 bytes). */
  valueAt: number;
}

const bad = (detail: string) => new AppError('BAD_FILE', `Tệp TIFF bị hỏng hoặc không đọc được (${detail}).`);

export function isTiff(data: Uint8Array): boolean {
  return (data[0] === 0x49 && data[1] === 0x49 && data[2] === 0x2a) || (data[0] === 0x4d && data[1] === 0x4d && data[3] === 0x2a);
}

/** The pages of a TIFF file. @throws BAD_FILE for a damaged or BigTIFF file */
export function readTiffPages(data: Uint8Array): TiffPage[] {
  if (data.length < 8 || !isTiff(data)) throw bad('không phải TIFF');
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const little = data[0] === 0x49;
  if (view.getUint16(2, little) === 43) throw new AppError('BAD_FILE', 'Chưa hỗ trợ ảnh BigTIFF; hãy lưu lại thành TIFF thường hoặc PDF.');
  const pages: TiffPage[] = [];
  const seen = new Set<number>();
  let next = view.getUint32(4, little);
  while (next !== 0) {
    if (seen.has(next) || pages.length >= MAX_PAGES || next + 2 > data.length) throw bad('danh mục trang sai');
    seen.add(next);
    const count = view.getUint16(next, little);
    if (next + 2 + count * 12 + 4 > data.length) throw bad('danh mục trang vượt quá tệp');
    const entries: Entry[] = [];
    for (let i = 0; i < count; i++) entries.push(readEntry(view, next + 2 + i * 12, little, data.length));
    pages.push(makePage(data, view, little, entries));
    next = view.getUint32(next + 2 + count * 12, little);
  }
  if (pages.length === 0) throw bad('không có trang nào');
  return pages;
}

function readEntry(view: DataView, at: number, little: boolean, fileLength: number): Entry {
  const tag = view.getUint16(at, little);
  const type = view.getUint16(at + 2, little);
  const count = view.getUint32(at + 4, little);
  const size = (TYPE_SIZES[type] ?? 1) * count;
  const valueAt = size <= 4 ? at + 8 : view.getUint32(at + 8, little);
  if (valueAt + size > fileLength) throw bad(`thẻ ${tag} trỏ ra ngoài tệp`);
  return { tag, type, count, valueAt };
}

function values(view: DataView, little: boolean, entry: Entry | undefined): number[] {
  if (!entry) return [];
  const out: number[] = [];
  for (let i = 0; i < entry.count; i++) {
    if (entry.type === 3) out.push(view.getUint16(entry.valueAt + i * 2, little));
    else if (entry.type === 4) out.push(view.getUint32(entry.valueAt + i * 4, little));
    else if (entry.type === 5)
      out.push(view.getUint32(entry.valueAt + i * 8, little) / Math.max(1, view.getUint32(entry.valueAt + i * 8 + 4, little)));
    else if (entry.type === 1 || entry.type === 7) out.push(view.getUint8(entry.valueAt + i));
  }
  return out;
}

function makePage(data: Uint8Array, view: DataView, little: boolean, entries: Entry[]): TiffPage {
  const find = (tag: number) => entries.find((e) => e.tag === tag);
  const first = (tag: number) => values(view, little, find(tag))[0];
  const width = first(TAG.width) ?? 0;
  const height = first(TAG.height) ?? 0;
  if (width <= 0 || height <= 0) throw bad('thiếu kích thước ảnh');
  const isTiled = find(TAG.tileOffsets) !== undefined;
  const offsets = values(view, little, find(isTiled ? TAG.tileOffsets : TAG.stripOffsets));
  const counts = values(view, little, find(isTiled ? TAG.tileByteCounts : TAG.stripByteCounts));
  if (offsets.length === 0 || offsets.length !== counts.length) throw bad('thiếu dữ liệu ảnh');
  offsets.forEach((o, i) => {
    if (o + (counts[i] ?? 0) > data.length) throw bad('dữ liệu ảnh vượt quá tệp');
  });
  const resolution = first(TAG.xResolution);
  const unit = first(TAG.resolutionUnit) ?? 2;
  const dpi = resolution && unit !== 1 ? (unit === 3 ? resolution * 2.54 : resolution) : null;
  return {
    width,
    height,
    compression: first(TAG.compression) ?? 1,
    dpi,
    single: () => singlePageTiff(data, little, entries, { offsetsTag: isTiled ? TAG.tileOffsets : TAG.stripOffsets, offsets, counts }),
    jpegParts: () => {
      const tables = find(TAG.jpegTables);
      const tableBytes = tables ? data.subarray(tables.valueAt, tables.valueAt + tables.count) : null;
      const tileWidth = isTiled ? (first(TAG.tileWidth) ?? width) : width;
      const tileHeight = isTiled ? (first(TAG.tileLength) ?? height) : (first(TAG.rowsPerStrip) ?? height);
      const across = Math.max(1, Math.ceil(width / tileWidth));
      return offsets.map((o, i) => ({
        x: (i % across) * tileWidth,
        y: Math.floor(i / across) * tileHeight,
        jpeg: withTables(data.subarray(o, o + (counts[i] ?? 0)), tableBytes),
      }));
    },
  };
}

/** A strip of a TIFF with shared JPEGTables: tables (without their EOI) + the strip (without its SOI). */
function withTables(strip: Uint8Array, tables: Uint8Array | null): Uint8Array {
  if (!tables || tables.length < 4) return strip;
  const out = new Uint8Array(tables.length - 2 + strip.length - 2);
  out.set(tables.subarray(0, tables.length - 2), 0);
  out.set(strip.subarray(2), tables.length - 2);
  return out;
}

/** Header, one IFD, the out-of-line values, then the image data, in the source's byte order. */
function singlePageTiff(
  data: Uint8Array,
  little: boolean,
  entries: Entry[],
  image: { offsetsTag: number; offsets: number[]; counts: number[] },
): Uint8Array {
  // Offsets are rewritten as LONG: the new positions may not fit a SHORT.
  const kept = entries
    .filter((e) => !POINTER_TAGS.has(e.tag))
    .map((e) => (e.tag === image.offsetsTag ? { ...e, type: 4 } : e))
    .sort((a, b) => a.tag - b.tag);
  const ifdSize = 2 + kept.length * 12 + 4;
  const extraSize = kept.reduce((sum, e) => {
    const size = (TYPE_SIZES[e.type] ?? 1) * e.count;
    return sum + (size > 4 ? size + (size % 2) : 0);
  }, 0);
  const imageSize = image.counts.reduce((a, b) => a + b, 0);
  const out = new Uint8Array(8 + ifdSize + extraSize + imageSize);
  const view = new DataView(out.buffer);
  out.set(data.subarray(0, 4), 0);
  view.setUint32(4, 8, little);
  view.setUint16(8, kept.length, little);
  let extraAt = 8 + ifdSize;
  let imageAt = 8 + ifdSize + extraSize;
  const newOffsets = image.counts.map((count) => {
    const at = imageAt;
    imageAt += count;
    return at;
  });
  image.offsets.forEach((o, i) => {
    out.set(data.subarray(o, o + (image.counts[i] ?? 0)), newOffsets[i] ?? 0);
  });
  kept.forEach((entry, i) => {
    const at = 10 + i * 12;
    const size = (TYPE_SIZES[entry.type] ?? 1) * entry.count;
    view.setUint16(at, entry.tag, little);
    view.setUint16(at + 2, entry.type, little);
    view.setUint32(at + 4, entry.count, little);
    let valueAt = at + 8;
    if (size > 4) {
      view.setUint32(at + 8, extraAt, little);
      valueAt = extraAt;
      extraAt += size + (size % 2);
    }
    if (entry.tag === image.offsetsTag) writeOffsets(view, valueAt, newOffsets, little);
    else out.set(data.subarray(entry.valueAt, entry.valueAt + size), valueAt);
  });
  view.setUint32(10 + kept.length * 12, 0, little);
  return out;
}

function writeOffsets(view: DataView, at: number, offsets: number[], little: boolean): void {
  offsets.forEach((o, i) => {
    view.setUint32(at + i * 4, o, little);
  });
}
