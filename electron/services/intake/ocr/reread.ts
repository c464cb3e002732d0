import type { LayoutWord, PlacedLine } from '@shared/ocr/layout';
import { isNumberLine, isPlausibleDateLine, looksLikeDateLine, numberSymbolOf, numberSymbolScore } from '@shared/ocr/number-line';
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
/** Key lines live in the header; lines lower on the page are not re-read. */
const HEADER_SHARE = 0.45;

export async function rereadKeyLines(
  engine: OcrEngine,
  image: GrayImage,
  dpi: number,
  lines: PlacedLine[],
  knownCodes: ReadonlySet<string>,
): Promise<Reread[]> {
  const out: Reread[] = [];
  for (const [index, line] of lines.entries()) {
    if (line.box.y0 > HEADER_SHARE * image.height || line.region === 'footer-left' || line.region === 'footer-right') continue;
    const text = textOf(line.words);
    const judge = judgeFor(text, line, knownCodes);
    if (!judge) continue;
    const best = await bestReading(engine, image, dpi, line, judge);
    if (best && textOf(best) !== text) {
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
}

function judgeFor(text: string, line: PlacedLine, knownCodes: ReadonlySet<string>): Judge | null {
  const numberScore = (t: string) => {
    const token = numberSymbolOf(t);
    return token === null ? -1 : numberSymbolScore(token, knownCodes);
  };
  if (line.region !== 'header-right' && isNumberLine(text) && numberScore(text) < 0) return { reason: 'number-line', score: numberScore };
  if (line.region !== 'header-left' && looksLikeDateLine(text) && !isPlausibleDateLine(text)) {
    return { reason: 'date-line', score: (t) => (isPlausibleDateLine(t) ? 1 : -1) };
  }
  return null;
}

async function bestReading(engine: OcrEngine, image: GrayImage, dpi: number, line: PlacedLine, judge: Judge): Promise<LayoutWord[] | null> {
  const pad = Math.round(0.35 * (line.box.y1 - line.box.y0));
  const readings: Array<{ words: LayoutWord[]; text: string; score: number }> = [];
  for (const scale of SCALES) {
    const crop = cropScaled(image, line.box, scale, pad);
    const recognition = await engine.recognize(crop, { dpi: dpi * scale, mode: 'line' });
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
    const score = judge.score(text);
    readings.push({ words, text, score });
    if (score >= 2) break;
  }
  const plausible = readings.filter((r) => r.score >= 0);
  const votes = (text: string) => readings.filter((r) => r.text === text).length;
  plausible.sort((a, b) => b.score - a.score || votes(b.text) - votes(a.text));
  return plausible[0]?.words ?? null;
}

function textOf(words: readonly LayoutWord[]): string {
  return words.map((w) => w.text).join(' ');
}
