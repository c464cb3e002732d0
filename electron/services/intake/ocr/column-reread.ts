import type { LayoutWord, PlacedLine } from '@shared/ocr/layout';
import type { OcrBox, OcrRegion } from '@shared/ocr/types';
import { cropScaled, type GrayImage } from './gray-image';
import type { OcrEngine } from './tesseract-engine';

/**
 * Column blocks read on their own. Tesseract finds text lines across the whole width, so in the
 * header and the signature block one engine line often holds both columns; when their print sizes
 * differ (11 pt Nơi nhận items beside a 14 pt signer title) the smaller part is misread and stray
 * accents of one column land in the other. A column block with a doubtful line is cut out and read
 * again as one block; the new reading replaces it when its confidence is higher.
 */

const COLUMN_REGIONS: readonly OcrRegion[] = ['header-left', 'header-right', 'footer-left', 'footer-right'];
/** A line is doubtful with a word under this confidence (ký hiệu tokens excepted)... */
const DOUBTFUL_WORD = 60;
/** ...or a mean under this. */
const DOUBTFUL_MEAN = 85;

export async function rereadColumnBlocks(
  engine: OcrEngine,
  image: GrayImage,
  dpi: number | null,
  lines: PlacedLine[],
): Promise<PlacedLine[]> {
  let out = lines;
  for (const region of COLUMN_REGIONS) {
    const block = out.filter((l) => l.region === region);
    if (block.length === 0 || !block.some(isDoubtful)) continue;
    const others = out.filter((l) => l.region !== region && l.region.split('-')[0] === region.split('-')[0]);
    const box = cropBox(block, others, image);
    const reading = await readBlock(engine, image, dpi, box, region, block[0]?.breakBefore ?? false);
    if (reading.length > 0 && meanConfidence(reading) > meanConfidence(block)) {
      const first = out.indexOf(block[0] as PlacedLine);
      out = [...out.slice(0, first), ...reading, ...out.slice(first).filter((l) => !block.includes(l))];
    }
  }
  return out;
}

const isCode = (text: string) => /\d/.test(text) && text.includes('/');

function isDoubtful(line: PlacedLine): boolean {
  const words = line.words.filter((w) => !isCode(w.text));
  if (words.length === 0) return false;
  return words.some((w) => w.confidence < DOUBTFUL_WORD) || meanConfidence([line]) < DOUBTFUL_MEAN;
}

function meanConfidence(lines: readonly PlacedLine[]): number {
  const words = lines.flatMap((l) => l.words).filter((w) => !isCode(w.text));
  return words.reduce((sum, w) => sum + w.confidence, 0) / Math.max(1, words.length);
}

/** The block's extent, padded by half a line but never into the other column of the same region. */
function cropBox(block: readonly PlacedLine[], others: readonly PlacedLine[], image: GrayImage): OcrBox {
  const union = {
    x0: Math.min(...block.map((l) => l.box.x0)),
    y0: Math.min(...block.map((l) => l.box.y0)),
    x1: Math.max(...block.map((l) => l.box.x1)),
    y1: Math.max(...block.map((l) => l.box.y1)),
  };
  const pad = Math.round(0.5 * Math.max(...block.map((l) => l.box.y1 - l.box.y0)));
  const isLeft = block[0]?.region.endsWith('left') ?? true;
  const otherEdge = isLeft ? Math.min(image.width, ...others.map((l) => l.box.x0)) : Math.max(0, ...others.map((l) => l.box.x1));
  const x0 = isLeft ? Math.max(0, union.x0 - pad) : Math.max(union.x0 - pad, Math.round((otherEdge + union.x0) / 2));
  const x1 = isLeft ? Math.min(union.x1 + pad, Math.round((otherEdge + union.x1) / 2)) : Math.min(image.width, union.x1 + pad);
  return { x0, y0: Math.max(0, union.y0 - pad), x1, y1: Math.min(image.height, union.y1 + pad) };
}

async function readBlock(
  engine: OcrEngine,
  image: GrayImage,
  dpi: number | null,
  box: OcrBox,
  region: OcrRegion,
  breakBefore: boolean,
): Promise<PlacedLine[]> {
  const recognition = await engine.recognize(cropScaled(image, box, 1, 0), { dpi, mode: 'block' });
  const lines = recognition.lines.map((line) => {
    const words: LayoutWord[] = line.words.map((w) => ({
      text: w.text,
      confidence: w.confidence,
      box: { x0: w.box.x0 + box.x0, y0: w.box.y0 + box.y0, x1: w.box.x1 + box.x0, y1: w.box.y1 + box.y0 },
    }));
    const lineBox = { x0: line.box.x0 + box.x0, y0: line.box.y0 + box.y0, x1: line.box.x1 + box.x0, y1: line.box.y1 + box.y0 };
    return { words, region, breakBefore: false, box: lineBox, isCut: false };
  });
  const kept = lines.filter((l) => !/^[\s\-_—–=~.·•'"`,:;|]+$/u.test(l.words.map((w) => w.text).join(' ')));
  return kept.map((l, i) => ({ ...l, breakBefore: i === 0 && breakBefore }));
}
