import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { detectOrientation } from '../../../../electron/services/intake/ocr/deskew';
import { type GrayImage, rotateQuarterTurns, rotateSmallAngle, toPgm } from '../../../../electron/services/intake/ocr/gray-image';
import { isComplete, pngDpi } from '../../../../electron/services/intake/ocr/image-pages';
import { unpackedPath } from '../../../../electron/services/intake/ocr/package-files';
import { readTiffPages } from '../../../../electron/services/intake/ocr/tiff';
import { makeTempDir } from '../../../helpers/test-runtime';

const dir = makeTempDir('vanthu-raster-');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A page of "text": rows of dark word-sized bars with gaps, 1000 × 1400 px. */
function textLikePage(): GrayImage {
  const width = 1000;
  const height = 1400;
  const data = new Uint8Array(width * height).fill(255);
  let seed = 7;
  const random = () => {
    seed = (seed * 16807) % 2147483647;
    return seed / 2147483647;
  };
  for (let top = 100; top < 1300; top += 40) {
    for (let x = 120; x < 880; ) {
      const word = 20 + Math.floor(random() * 80);
      for (let y = top; y < top + 16; y++) for (let i = x; i < Math.min(880, x + word); i++) data[y * width + i] = 20;
      x += word + 12;
    }
  }
  return { width, height, data };
}

describe('page rasters', () => {
  it('turns by quarter turns', () => {
    const image: GrayImage = { width: 3, height: 2, data: new Uint8Array([1, 2, 3, 4, 5, 6]) };
    expect(rotateQuarterTurns(image, 90)).toEqual({ width: 2, height: 3, data: new Uint8Array([4, 1, 5, 2, 6, 3]) });
    expect(rotateQuarterTurns(image, 180).data).toEqual(new Uint8Array([6, 5, 4, 3, 2, 1]));
    expect(rotateQuarterTurns(image, 270)).toEqual({ width: 2, height: 3, data: new Uint8Array([3, 6, 2, 5, 1, 4]) });
    expect(new TextDecoder().decode(toPgm(image).subarray(0, 11))).toBe('P5\n3 2\n255\n');
  });

  it('measures skew, straightens it, and notices a page on its side', () => {
    const page = textLikePage();
    expect(detectOrientation(page)).toEqual({ skewDegrees: 0, isSideways: false });
    const skewed = rotateSmallAngle(page, -1.5);
    const found = detectOrientation(skewed);
    expect(found.skewDegrees).toBeCloseTo(1.5, 0);
    expect(Math.abs(detectOrientation(rotateSmallAngle(skewed, found.skewDegrees)).skewDegrees)).toBeLessThanOrEqual(0.1);
    expect(detectOrientation(rotateQuarterTurns(page, 90)).isSideways).toBe(true);
    expect(detectOrientation({ width: 50, height: 50, data: new Uint8Array(2500).fill(255) })).toEqual({
      skewDegrees: 0,
      isSideways: false,
    });
  });

  it('splits a multi-page TIFF into stand-alone pages and reads its resolution', () => {
    const png = join(dir, 'p.png');
    const tiff = join(dir, 'p.tif');
    execFileSync('/usr/bin/convert', ['-size', '300x200', 'xc:white', '-fill', 'black', '-draw', 'rectangle 20,20 120,60', png]);
    execFileSync('/usr/bin/convert', [png, png, png, '-density', '200', '-units', 'PixelsPerInch', '-compress', 'LZW', tiff]);
    const pages = readTiffPages(new Uint8Array(readFileSync(tiff)));
    expect(pages.map((p) => [p.width, p.height, p.compression, Math.round(p.dpi ?? 0)])).toEqual(Array(3).fill([300, 200, 5, 200]));
    const single = readTiffPages(pages[2]?.single() ?? new Uint8Array());
    expect(single).toHaveLength(1);
    expect([single[0]?.width, single[0]?.height]).toEqual([300, 200]);
    expect(() => readTiffPages(new Uint8Array([0x49, 0x49, 0x2a, 0, 8, 0, 0, 0, 0, 0]))).toThrow('Tệp TIFF bị hỏng');
  });

  it('knows a complete PNG and JPEG from a truncated one, and a PNG resolution', () => {
    const png = join(dir, 'd.png');
    const jpeg = join(dir, 'd.jpg');
    execFileSync('/usr/bin/convert', ['-size', '100x100', 'xc:white', '-density', '300', '-units', 'PixelsPerInch', png]);
    execFileSync('/usr/bin/convert', [png, jpeg]);
    const pngBytes = new Uint8Array(readFileSync(png));
    const jpegBytes = new Uint8Array(readFileSync(jpeg));
    expect(pngDpi(pngBytes)).toBe(300);
    expect([isComplete(pngBytes, 'png'), isComplete(pngBytes.subarray(0, pngBytes.length - 12), 'png')]).toEqual([true, false]);
    expect([isComplete(jpegBytes, 'jpeg'), isComplete(jpegBytes.subarray(0, jpegBytes.length - 2), 'jpeg')]).toEqual([true, false]);
  });

  it('finds the unpacked copy of a file inside app.asar', () => {
    const inside = join(dir, 'resources', 'app.asar', 'node_modules', 'x', 'data.bin');
    const unpacked = join(dir, 'resources', 'app.asar.unpacked', 'node_modules', 'x');
    expect(unpackedPath(inside)).toBe(inside);
    mkdirSync(unpacked, { recursive: true });
    writeFileSync(join(unpacked, 'data.bin'), 'x');
    expect(unpackedPath(inside)).toBe(join(unpacked, 'data.bin'));
  });
});
