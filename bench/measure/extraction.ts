import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { extractDocument } from '@shared/extract';
import { fold } from '@shared/text/fold';
import { type BenchResult, result } from '../lib/results';
import { percentile } from '../lib/stats';

const CORPUS = join(__dirname, '..', '..', 'tests', 'fixtures', 'documents');

/** Documents per second over one pass of the corpus, `passes` times (one core: the bench's own thread). */
function throughput(texts: readonly string[], passes: number, work: (text: string) => unknown): { p50: number; p95: number } {
  const rates: number[] = [];
  for (let p = 0; p < passes; p++) {
    const start = performance.now();
    for (const text of texts) work(text);
    rates.push(texts.length / ((performance.now() - start) / 1000));
  }
  rates.sort((a, b) => a - b);
  // Throughput: the typical pass, and the slowest 5% of passes as the "p95".
  return { p50: percentile(rates, 50), p95: percentile(rates, 5) };
}

/**
 * Extraction speed over the fixture corpus (tests/fixtures/documents): whole documents through
 * extractDocument. The floor is folding the same text once, the least any reading of it costs.
 */
export function measureExtraction(passes: number): BenchResult {
  const texts = readdirSync(CORPUS)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => readFileSync(join(CORPUS, f), 'utf8'));
  throughput(texts, 3, (t) => extractDocument(t));
  const measured = throughput(texts, passes, (t) => extractDocument(t));
  const floor = throughput(texts, passes, (t) => fold(t));
  return result('extraction over the fixture corpus (one core)', 'docs/s', measured, {
    floor: { ...floor, runs: passes },
    target: '≥ 500 docs/s',
    pass: (x) => x.p95 >= 500,
    note: `${texts.length} documents × ${passes} passes; "p95" is the slowest 5% of passes; floor = folding the text once`,
  });
}
