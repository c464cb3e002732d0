import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { characterAccuracy } from '@shared/ocr/edit-distance';
import { imagePageSource } from '../../electron/services/intake/ocr/image-pages';
import { ocrFile } from '../../electron/services/intake/ocr/ocr-file';
import { createOcrEngine } from '../../electron/services/intake/ocr/tesseract-engine';
import { SEED_004 } from '../../tests/fixtures/ocr/seed-004-document';
import { degradeLikeScan, documentPageHtml, pageGroundTruth, renderPagesToPng } from '../../tests/helpers/ocr-pages';
import { type BenchResult, result } from '../lib/results';
import { percentile } from '../lib/stats';

/**
 * OCR seconds per A4 page: seed 004's pages rendered at 300 dpi and one degraded "scan", each read
 * through the whole pipeline (orientation, header columns re-read, correction) `rounds` times on one
 * engine. The floor is Tesseract's own recognize() on the same clean page, without our steps.
 */
export async function measureOcr(rounds: number): Promise<BenchResult[]> {
  const dir = mkdtempSync(join(tmpdir(), 'vanthu-bench-ocr-'));
  const engine = await createOcrEngine();
  try {
    const files = [0, 1].map((i) => join(dir, `page-${i + 1}.png`));
    await renderPagesToPng(files.map((file, i) => ({ html: documentPageHtml(SEED_004, i), file })));
    degradeLikeScan(files[0] ?? '', join(dir, 'scan.png'));
    const pages = [...files, join(dir, 'scan.png')].map((f) => new Uint8Array(readFileSync(f)));
    const samples: number[] = [];
    let accuracy = Number.NaN;
    for (let r = 0; r < rounds; r++) {
      for (const [i, data] of pages.entries()) {
        const start = performance.now();
        const read = await ocrFile(engine, data);
        samples.push((performance.now() - start) / 1000);
        if (r === 0 && i === 0) accuracy = characterAccuracy(pageGroundTruth(SEED_004, 0), read.text);
      }
    }
    const source = await imagePageSource(pages[0] ?? new Uint8Array(), 'png', engine);
    const { image, dpi } = await source.page(1);
    await source.close();
    const floorSamples: number[] = [];
    for (let r = 0; r < rounds; r++) {
      const start = performance.now();
      await engine.recognize(image, { dpi });
      floorSamples.push((performance.now() - start) / 1000);
    }
    const sorted = samples.sort((a, b) => a - b);
    const floorSorted = floorSamples.sort((a, b) => a - b);
    return [
      result(
        'OCR one A4 page (300 dpi, Vietnamese)',
        's/page',
        { p50: percentile(sorted, 50), p95: percentile(sorted, 95) },
        {
          floor: { p50: percentile(floorSorted, 50), p95: percentile(floorSorted, 95), runs: floorSorted.length },
          target: '≤ 6 s per page',
          pass: (x) => x.p95 <= 6,
          note: `${sorted.length} pages read (2 clean, 1 degraded scan, × ${rounds}); character accuracy on the clean page 1: ${(accuracy * 100).toFixed(2)}%; floor = Tesseract alone on the clean page`,
        },
      ),
    ];
  } finally {
    await engine.terminate();
    rmSync(dir, { recursive: true, force: true });
  }
}
