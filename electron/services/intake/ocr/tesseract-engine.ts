import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { AppError } from '@shared/errors';
import type { LayoutLine } from '@shared/ocr/layout';
import type { OcrBox } from '@shared/ocr/types';
import type { PSM, Worker } from 'tesseract.js';
import { type GrayImage, toPgm } from './gray-image';
import { packageFolder, unpackedPath } from './package-files';
import { withTimeout } from './timeout';
import { loadTesseract } from '../../lazy-libraries';

/**
 * tesseract.js 7 with the Vietnamese LSTM model from @tesseract.js-data/vie, fully offline: a local
 * langPath, no cache written (TOOLCHAIN.md gotcha 18). One engine (one Tesseract worker thread) is
 * kept for all pages of a job.
 */

export interface RecognizedLine extends LayoutLine {
  confidence: number;
  box: OcrBox;
}

export interface Recognition {
  /** Mean word confidence, 0–100. */
  confidence: number;
  lines: RecognizedLine[];
}

/** page = automatic layout analysis; block = one uniform block; line = a single text line. */
export type SegmentationMode = 'page' | 'block' | 'line';

export interface OcrEngine {
  recognize(image: GrayImage, options: { dpi: number | null; mode?: SegmentationMode }): Promise<Recognition>;
  /** Decodes an image file with Leptonica (TIFF compressions such as CCITT G4) to PNG bytes. */
  decodeToPng(data: Uint8Array): Promise<Uint8Array>;
  terminate(): Promise<void>;
}

/** One page should never take this long; past it the engine is considered stuck. */
const RECOGNIZE_TIMEOUT_MS = 180_000;

/**
 * The folder with vie.traineddata.gz (LSTM "best_int"), resolved from the installed package so it
 * works from source and from out/main. In a packaged app the package must be unpacked from the asar
 * archive (electron-builder asarUnpack), because the engine's worker thread reads it with plain fs.
 */
export function vieLangPath(): string {
  return unpackedPath(join(packageFolder('@tesseract.js-data/vie'), '4.0.0_best_int'));
}

/**
 * tesseract.js's worker script: inside a packaged app, the copy unpacked from the asar archive, so
 * the worker thread (and the tesseract.js-core wasm it requires) loads with plain Node resolution.
 */
function tesseractWorkerPath(): string {
  return unpackedPath(join(packageFolder('tesseract.js'), 'src', 'worker-script', 'node', 'index.js'));
}

export async function createOcrEngine(options: { langPath?: string } = {}): Promise<OcrEngine> {
  const langPath = options.langPath ?? vieLangPath();
  if (!existsSync(join(langPath, 'vie.traineddata.gz'))) {
    throw new AppError('INTERNAL', `Thiếu dữ liệu nhận dạng tiếng Việt (${join(langPath, 'vie.traineddata.gz')}).`);
  }
  const { createWorker, PSM } = await loadTesseract();
  const MODES: Record<SegmentationMode, PSM> = { page: PSM.AUTO, block: PSM.SINGLE_BLOCK, line: PSM.SINGLE_LINE };
  let worker: Worker;
  try {
    // errorHandler: without it tesseract.js throws failed jobs from an event handler and kills the process.
    const workerPath = tesseractWorkerPath();
    worker = await createWorker('vie', 1, { langPath, workerPath, gzip: true, cacheMethod: 'none', errorHandler: () => undefined });
  } catch (error) {
    throw new AppError('INTERNAL', `Không khởi động được bộ nhận dạng chữ: ${String(error)}`);
  }
  return {
    async recognize(image, { dpi, mode = 'page' }) {
      await worker.setParameters({ tessedit_pageseg_mode: MODES[mode], user_defined_dpi: dpi ? String(Math.round(dpi)) : '0' });
      const { data } = await withTimeout(
        worker.recognize(Buffer.from(toPgm(image)), {}, { blocks: true, text: false }),
        RECOGNIZE_TIMEOUT_MS,
        'nhận dạng trang',
      );
      return { confidence: data.confidence, lines: linesOf(data.blocks ?? []) };
    },
    async decodeToPng(data) {
      let result: Tesseract.RecognizeResult;
      try {
        const output = { text: false, blocks: false, hocr: false, tsv: false, imageGrey: true };
        result = await withTimeout(worker.recognize(Buffer.from(data), {}, output), RECOGNIZE_TIMEOUT_MS, 'đọc ảnh');
      } catch (error) {
        if (error instanceof AppError) throw error;
        throw new AppError('BAD_FILE', 'Ảnh bị hỏng hoặc dùng kiểu nén mà VănThư không đọc được; hãy quét lại hoặc lưu thành PDF.');
      }
      const png = result.data.imageGrey?.split(',')[1];
      if (!png) throw new AppError('BAD_FILE', 'Ảnh bị hỏng hoặc dùng kiểu nén mà VănThư không đọc được; hãy quét lại hoặc lưu thành PDF.');
      return new Uint8Array(Buffer.from(png, 'base64'));
    },
    async terminate() {
      await worker.terminate();
    },
  };
}

function linesOf(blocks: readonly Tesseract.Block[]): RecognizedLine[] {
  const out: RecognizedLine[] = [];
  for (const block of blocks) {
    for (const paragraph of block.paragraphs) {
      paragraph.lines.forEach((line, index) => {
        const words = line.words
          .map((w) => ({ text: w.text.normalize('NFC'), confidence: w.confidence, box: { ...w.bbox } }))
          .filter((w) => w.text.trim() !== '');
        if (words.length > 0) out.push({ words, paragraphStart: index === 0, confidence: line.confidence, box: { ...line.bbox } });
      });
    }
  }
  return out;
}
