import type { LayoutWord, PlacedLine } from '@shared/ocr/layout';
import {
  isDoubtfulNumberSymbol,
  isNumberLine,
  isPlausibleDateLine,
  looksLikeDateLine,
  numberSymbolOf,
  numberSymbolScore,
} from '@shared/ocr/number-line';
import { cropScaled, type GrayImage } from './gray-image';
import type { OcrEngine } from './tesseract-engine';

/**
 * Second readings of the header's key lines. The LSTM sometimes misreads a ký hiệu at one scale and
 * not at another ("8161/S5YT-KHTC" at 300 dpi, "8161/SYT-KHTC" at 225 dpi), and such a misreading is
 * recognisable: a digit inside a letter group, a month 13. The line is cut out and read again at a
 * few scales as a single line; the best plausible reading (known codes first, then the most frequent)
 * replaces it.
 */

export interface Reread {
  /** Index of the line in the page's ordered lines. */
  line: number;
  before: string;
  after: string;
  reason: 'number-line' | 'date-line';
}

const SCALES = [0.75, 1.5, 1.25, 2];
/** Key lines live in the header; body lines lower on the page than this share are not re-read. */
const HEADER_SHARE = 0.45;

export async function rereadKeyLines(
  engine: OcrEngine,
  image: GrayImage,
  dpi: number | null,
  lines: PlacedLine[],
  knownCodes: ReadonlySet<string>,
): Promise<Reread[]> {
  const out: Reread[] = [];
  for (const [index, line] of lines.entries()) {
    const isHeader = line.region === 'header-left' || line.region === 'header-right';
    if (!isHeader && (line.region !== 'body' || line.box.y0 > HEADER_SHARE * image.height)) continue;
    const text = textOf(line.words);
    const judge = judgeFor(text, line, knownCodes);
    if (!judge) continue;
    const best = await bestReading(engine, image, dpi, line, judge);
    if (textOf(best) !== text) {
      out.push({ line: index, before: text, after: textOf(best), reason: judge.reason });
      line.words = best;
    }
  }
  return out;
}

interface Judge {
  reason: Reread['reason'];
  /** −1 when impossible, higher is better. */
  score(text: string): number;
  /** Good enough to stop reading again. */
  isGood(text: string): boolean;
}

function judgeFor(text: string, line: PlacedLine, knownCodes: ReadonlySet<string>): Judge | null {
  const tokenOf = (t: string) => (isNumberLine(t) ? numberSymbolOf(t) : null);
  const token = tokenOf(text);
  if (line.region !== 'header-right' && token !== null && isDoubtfulNumberSymbol(token, knownCodes)) {
    return {
      reason: 'number-line',
      score: (t) => {
        const candidate = tokenOf(t);
        return candidate === null ? -1 : numberSymbolScore(candidate, knownCodes);
      },
      isGood: (t) => {
        const candidate = tokenOf(t);
        return candidate !== null && !isDoubtfulNumberSymbol(candidate, knownCodes);
      },
    };
  }
  if (line.region !== 'header-left' && looksLikeDateLine(text) && !isPlausibleDateLine(text)) {
    return { reason: 'date-line', score: (t) => (isPlausibleDateLine(t) ? 1 : -1), isGood: isPlausibleDateLine };
  }
  return null;
}

interface Reading {
  words: LayoutWord[];
  text: string;
  score: number;
}

/** The first reading is the page's own; a tie keeps it. */
async function bestReading(engine: OcrEngine, image: GrayImage, dpi: number | null, line: PlacedLine, judge: Judge): Promise<LayoutWord[]> {
  const pad = Math.round(0.35 * (line.box.y1 - line.box.y0));
  const own = textOf(line.words);
  const readings: Reading[] = [{ words: line.words, text: own, score: judge.score(own) }];
  for (const scale of SCALES) {
    const crop = cropScaled(image, line.box, scale, pad);
    const recognition = await engine.recognize(crop, { dpi: dpi === null ? null : dpi * scale, mode: 'line' });
    const words = recognition.lines
      .flatMap((l) => l.words)
      .map((w) => ({
        text: w.text,
        confidence: w.confidence,
        box: {
          x0: Math.round(line.box.x0 - pad + w.box.x0 / scale),
          y0: Math.round(line.box.y0 - pad + w.box.y0 / scale),
          x1: Math.round(line.box.x0 - pad + w.box.x1 / scale),
          y1: Math.round(line.box.y0 - pad + w.box.y1 / scale),
        },
      }));
    const text = textOf(words);
    readings.push({ words, text, score: judge.score(text) });
    if (judge.isGood(text)) break;
  }
  const votes = (text: string) => readings.filter((r) => r.text === text).length;
  const ranked = [...readings].sort((a, b) => b.score - a.score || votes(b.text) - votes(a.text));
  return (ranked[0] ?? readings[0] ?? { words: line.words }).words;
}

function textOf(words: readonly LayoutWord[]): string {
  return words.map((w) => w.text).join(' ');
}
