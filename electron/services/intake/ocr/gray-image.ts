import type { OcrBox } from '@shared/ocr/types';

/** An 8-bit grey raster (0 = black, 255 = white), row-major: what the OCR pipeline works on. */
export interface GrayImage {
  width: number;
  height: number;
  data: Uint8Array;
}

/** Pages larger than this many pixels are refused (an A4 page at 600 dpi is 35 M). */
export const MAX_PIXELS = 60_000_000;

/** RGBA pixels (canvas ImageData) to grey, with transparency laid over white. */
export function grayFromRgba(rgba: Uint8Array | Uint8ClampedArray, width: number, height: number): GrayImage {
  const data = new Uint8Array(width * height);
  for (let i = 0, p = 0; i < data.length; i++, p += 4) {
    const alpha = (rgba[p + 3] ?? 255) / 255;
    const luma = 0.299 * (rgba[p] ?? 0) + 0.587 * (rgba[p + 1] ?? 0) + 0.114 * (rgba[p + 2] ?? 0);
    data[i] = Math.round(luma * alpha + 255 * (1 - alpha));
  }
  return { width, height, data };
}

/** Binary PGM (P5): Leptonica reads it without decoding work, so handing a page to Tesseract is cheap. */
export function toPgm(image: GrayImage): Uint8Array {
  const header = new TextEncoder().encode(`P5\n${image.width} ${image.height}\n255\n`);
  const out = new Uint8Array(header.length + image.data.length);
  out.set(header, 0);
  out.set(image.data, header.length);
  return out;
}

/** Rotates by quarter turns clockwise (90, 180, 270). */
export function rotateQuarterTurns(image: GrayImage, degrees: 0 | 90 | 180 | 270): GrayImage {
  if (degrees === 0) return image;
  const { width, height, data } = image;
  const isSideways = degrees !== 180;
  const out = new Uint8Array(width * height);
  const outWidth = isSideways ? height : width;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const value = data[y * width + x] ?? 255;
      if (degrees === 90) out[x * outWidth + (height - 1 - y)] = value;
      else if (degrees === 270) out[(width - 1 - x) * outWidth + y] = value;
      else out[(height - 1 - y) * width + (width - 1 - x)] = value;
    }
  }
  return { width: outWidth, height: isSideways ? width : height, data: out };
}

/**
 * Rotates by a small angle (degrees, positive = counter-clockwise as seen) about the centre, same
 * size, white brought in at the corners, bilinear sampling.
 */
export function rotateSmallAngle(image: GrayImage, degrees: number): GrayImage {
  const { width, height, data } = image;
  const radians = (degrees * Math.PI) / 180;
  const cos = Math.cos(radians);
  const sin = Math.sin(radians);
  const cx = (width - 1) / 2;
  const cy = (height - 1) / 2;
  const out = new Uint8Array(width * height);
  for (let y = 0; y < height; y++) {
    const dy = y - cy;
    for (let x = 0; x < width; x++) {
      const dx = x - cx;
      // Inverse mapping: the source pixel that lands on (x, y).
      const sx = cx + dx * cos - dy * sin;
      const sy = cy + dx * sin + dy * cos;
      out[y * width + x] = sample(data, width, height, sx, sy);
    }
  }
  return { width, height, data: out };
}

function sample(data: Uint8Array, width: number, height: number, x: number, y: number): number {
  const x0 = Math.floor(x);
  const y0 = Math.floor(y);
  if (x0 < 0 || y0 < 0 || x0 >= width - 1 || y0 >= height - 1) return 255;
  const fx = x - x0;
  const fy = y - y0;
  const i = y0 * width + x0;
  const top = (data[i] ?? 255) * (1 - fx) + (data[i + 1] ?? 255) * fx;
  const bottom = (data[i + width] ?? 255) * (1 - fx) + (data[i + width + 1] ?? 255) * fx;
  return Math.round(top * (1 - fy) + bottom * fy);
}

/** A box of the image, padded with white by `pad` pixels each side (before scaling) and scaled. */
export function cropScaled(image: GrayImage, box: OcrBox, scale: number, pad: number): GrayImage {
  const srcX = box.x0 - pad;
  const srcY = box.y0 - pad;
  const width = Math.max(1, Math.round((box.x1 - box.x0 + 2 * pad) * scale));
  const height = Math.max(1, Math.round((box.y1 - box.y0 + 2 * pad) * scale));
  const out = new Uint8Array(width * height);
  for (let y = 0; y < height; y++) {
    const sy = srcY + (y + 0.5) / scale - 0.5;
    for (let x = 0; x < width; x++) {
      out[y * width + x] = sample(image.data, image.width, image.height, srcX + (x + 0.5) / scale - 0.5, sy);
    }
  }
  return { width, height, data: out };
}
