import { orderPageLines, type PlacedLine } from '@shared/ocr/layout';
import { rereadColumnBlocks } from './column-reread';
import { detectOrientation } from './deskew';
import { type GrayImage, rotateQuarterTurns, rotateSmallAngle } from './gray-image';
import { type Reread, rereadKeyLines } from './reread';
import type { OcrEngine, Recognition } from './tesseract-engine';

/**
 * One page: turned upright (quarter turns from the ink projection, then 180° when Tesseract's
 * confidence says the page is upside down), deskewed, recognised, put in reading order, doubtful
 * column blocks of the header and signature block read again on their own, and its key header lines
 * re-read when their reading is impossible.
 */

export interface PageReading {
  number: number;
  lines: PlacedLine[];
  confidence: number;
  rotation: 0 | 90 | 180 | 270;
  skewDegrees: number;
  width: number;
  height: number;
  /** Resolution of the raster read, when known (from the file, the PDF render, or an A4-shaped page). */
  dpi: number | null;
  rereads: Reread[];
}

/** Skew below this is left alone (Tesseract itself ignores < 0.3°). */
const MIN_SKEW_DEGREES = 0.15;
/** A page read with less confidence than this is tried upside down. */
const UPSIDE_DOWN_SUSPECT = 65;
const A4_LONG_SIDE_INCHES = 297 / 25.4;

export async function readPage(
  engine: OcrEngine,
  number: number,
  source: { image: GrayImage; dpi: number | null },
  knownCodes: ReadonlySet<string>,
): Promise<PageReading> {
  const orientation = detectOrientation(source.image);
  let rotation: 0 | 90 | 180 | 270 = orientation.isSideways ? 90 : 0;
  let image = rotateQuarterTurns(source.image, rotation);
  const skew = orientation.isSideways ? detectOrientation(image).skewDegrees : orientation.skewDegrees;
  const skewDegrees = Math.abs(skew) >= MIN_SKEW_DEGREES ? skew : 0;
  if (skewDegrees !== 0) image = rotateSmallAngle(image, skewDegrees);
  const dpi = source.dpi ?? estimateDpi(image);
  let recognition = await engine.recognize(image, { dpi });
  if (recognition.confidence < UPSIDE_DOWN_SUSPECT && wordCount(recognition) >= 5) {
    const turned = rotateQuarterTurns(image, 180);
    const second = await engine.recognize(turned, { dpi });
    if (second.confidence > recognition.confidence + 10) {
      [image, recognition] = [turned, second];
      rotation = rotation === 90 ? 270 : 180;
    }
  }
  const lines = await rereadColumnBlocks(engine, image, dpi, orderPageLines(recognition.lines, image.height));
  const rereads = await rereadKeyLines(engine, image, dpi, lines, knownCodes);
  return {
    number,
    lines,
    confidence: recognition.confidence,
    rotation,
    skewDegrees,
    width: image.width,
    height: image.height,
    dpi,
    rereads,
  };
}

function wordCount(recognition: Recognition): number {
  return recognition.lines.reduce((n, l) => n + l.words.length, 0);
}

/**
 * Without a resolution in the file, an A4-shaped raster (sides 1 : √2 within 8 %) is taken to be a
 * whole A4 page; anything else (a cropped or photographed part) is left to Tesseract's own estimate.
 */
function estimateDpi(image: GrayImage): number | null {
  const ratio = Math.max(image.width, image.height) / Math.min(image.width, image.height);
  if (Math.abs(ratio - Math.SQRT2) > 0.08 * Math.SQRT2) return null;
  const dpi = Math.max(image.width, image.height) / A4_LONG_SIDE_INCHES;
  return Math.round(Math.min(600, Math.max(100, dpi)));
}
