import type { Image } from '@napi-rs/canvas';
import { AppError } from '@shared/errors';
import { type GrayImage, grayFromRgba, MAX_PIXELS } from './gray-image';
import type { PageSource } from './page-source';
import type { OcrEngine } from './tesseract-engine';
import { isTiff, readTiffPages, type TiffPage } from './tiff';
import { loadCanvas } from '../../lazy-libraries';

/**
 * Scanned images as pages: PNG and JPEG decoded with @napi-rs/canvas (which turns a JPEG upright by
 * its EXIF orientation), TIFF page by page (JPEG-compressed pages through the canvas, every other
 * compression, CCITT G4 included, through Leptonica inside the OCR engine).
 */

export type ImageKind = 'png' | 'jpeg' | 'tiff';

export function imageKindOf(data: Uint8Array): ImageKind | null {
  if (data[0] === 0x89 && data[1] === 0x50 && data[2] === 0x4e && data[3] === 0x47) return 'png';
  if (data[0] === 0xff && data[1] === 0xd8 && data[2] === 0xff) return 'jpeg';
  if (isTiff(data)) return 'tiff';
  return null;
}

const NAMES: Record<ImageKind, string> = { png: 'PNG', jpeg: 'JPEG', tiff: 'TIFF' };

export async function imagePageSource(data: Uint8Array, kind: ImageKind, engine: OcrEngine): Promise<PageSource> {
  if (kind !== 'tiff') {
    if (!isComplete(data, kind)) throw new AppError('BAD_FILE', `Ảnh ${NAMES[kind]} bị cắt cụt (tệp không đầy đủ), không nhận dạng được.`);
    // The canvas decoder already turns a JPEG upright by its EXIF Orientation.
    const image = await decodeWithCanvas(data, NAMES[kind]);
    const dpi = kind === 'png' ? pngDpi(data) : jfifDpi(data);
    return { pageCount: 1, page: async () => ({ image, dpi }), close: async () => undefined };
  }
  const pages = readTiffPages(data);
  return {
    pageCount: pages.length,
    page: async (number) => {
      const page = pages[number - 1];
      if (!page) throw new AppError('NOT_FOUND', `Tệp TIFF không có trang ${number}.`);
      return { image: await decodeTiffPage(page, engine), dpi: page.dpi };
    },
    close: async () => undefined,
  };
}

async function decodeTiffPage(page: TiffPage, engine: OcrEngine): Promise<GrayImage> {
  if (page.width * page.height > MAX_PIXELS) throw tooLarge(page.width, page.height);
  if (page.compression === 6)
    throw new AppError('BAD_FILE', 'Ảnh TIFF này dùng kiểu nén JPEG cũ (kiểu 6) mà VănThư không đọc được; hãy lưu lại thành PDF hoặc PNG.');
  if (page.compression !== 7) return decodeWithCanvas(await engine.decodeToPng(page.single()), 'TIFF');
  const { createCanvas } = await loadCanvas();
  const canvas = createCanvas(page.width, page.height);
  const context = canvas.getContext('2d');
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, page.width, page.height);
  for (const part of page.jpegParts()) context.drawImage(await loadOrFail(part.jpeg, 'TIFF'), part.x, part.y);
  return grayFromRgba(context.getImageData(0, 0, page.width, page.height).data, page.width, page.height);
}

function tooLarge(width: number, height: number): AppError {
  return new AppError('TOO_LARGE', `Ảnh quá lớn để nhận dạng (${width} × ${height} điểm ảnh); hãy quét ở độ phân giải 300 dpi.`);
}

async function loadOrFail(data: Uint8Array, name: string): Promise<Image> {
  try {
    const { loadImage } = await loadCanvas();
    const image = await loadImage(Buffer.from(data));
    if (image.width <= 0 || image.height <= 0) throw new Error('empty image');
    return image;
  } catch {
    throw new AppError('BAD_FILE', `Ảnh ${name} bị hỏng hoặc không đúng định dạng, không đọc được.`);
  }
}

async function decodeWithCanvas(data: Uint8Array, name: string): Promise<GrayImage> {
  const image = await loadOrFail(data, name);
  if (image.width * image.height > MAX_PIXELS) throw tooLarge(image.width, image.height);
  const { createCanvas } = await loadCanvas();
  const canvas = createCanvas(image.width, image.height);
  const context = canvas.getContext('2d');
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, image.width, image.height);
  context.drawImage(image, 0, 0);
  return grayFromRgba(context.getImageData(0, 0, image.width, image.height).data, image.width, image.height);
}

/**
 * A truncated PNG or JPEG still decodes (the missing part comes out blank), which would silently
 * lose the end of a page: a PNG must reach its IEND chunk, a JPEG its end-of-image marker.
 */
export function isComplete(data: Uint8Array, kind: 'png' | 'jpeg'): boolean {
  if (kind === 'jpeg') {
    for (let i = data.length - 2; i >= Math.max(2, data.length - 65_536); i--) if (data[i] === 0xff && data[i + 1] === 0xd9) return true;
    return false;
  }
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  for (let at = 8; at + 12 <= data.length; ) {
    const length = view.getUint32(at);
    if (String.fromCharCode(...data.subarray(at + 4, at + 8)) === 'IEND') return true;
    at += 12 + length;
  }
  return false;
}

/** PNG pHYs (pixels per metre) as dots per inch, or null. */
export function pngDpi(data: Uint8Array): number | null {
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
  for (let at = 8; at + 12 <= data.length; ) {
    const length = view.getUint32(at);
    const type = String.fromCharCode(...data.subarray(at + 4, at + 8));
    if (type === 'pHYs' && length >= 9 && data[at + 16] === 1) return Math.round(view.getUint32(at + 8) * 0.0254);
    if (type === 'IDAT' || type === 'IEND') return null;
    at += 12 + length;
  }
  return null;
}

/** JFIF density as dots per inch, or null. */
export function jfifDpi(data: Uint8Array): number | null {
  const isJfif = data[2] === 0xff && data[3] === 0xe0 && String.fromCharCode(...data.subarray(6, 11)) === 'JFIF\u0000';
  if (!isJfif || data.length < 18) return null;
  const units = data[13];
  const density = ((data[14] ?? 0) << 8) | (data[15] ?? 0);
  if (density <= 1) return null;
  if (units === 1) return density;
  return units === 2 ? Math.round(density * 2.54) : null;
}
