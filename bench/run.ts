import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRuntime } from '../electron/api/runtime';
import { buildApp } from '../scripts/build-app';
import { type GenerateReport, generateDatabase } from './generator';
import { benchSearch } from './search-bench';
import { type BenchResult, machineLine, markdownTable, result, writeResults } from './lib/results';
import { measureColdStart } from './measure/browser';
import { measureExtraction } from './measure/extraction';
import { measureRegisterExports } from './measure/exports';
import { measureHome } from './measure/home';
import { measureServerMemory } from './measure/memory';
import { measureOcr } from './measure/ocr';
import { measureRegister } from './measure/register';
import { measureRegisterPages } from './measure/register-pages';

/**
 * `npm run bench [-- --quick] [--docs N] [--large N] [--keep DIR [--reuse]]`: every promised number beside its floor.
 * Full: 100,000 documents for the everyday measurements and a second database of 1,000,000 for the
 * ones promised at that size (`--large 0` skips it). --quick: 20,000 documents, one OCR round, a 2,000-line export (under 2 minutes; CI runs it).
 * --keep DIR keeps the generated folders; with --reuse a later run measures them again instead of generating
 * (the measurements add a few hundred documents to them).
 * Writes bench/results.json (--quick: bench/results-quick.json, not kept) and prints the markdown table kept in
 * docs/BENCHMARKS.md.
 */
const argv = process.argv.slice(2);
const quick = argv.includes('--quick');
const option = (name: string) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? argv[i + 1] : undefined;
};
const RUNS = 200;
const SEED = 20261124;
const log = (line: string) => process.stderr.write(`${line}\n`);

async function measureAt(dataDir: string, docs: number): Promise<BenchResult[]> {
  const here: BenchResult[] = [];
  const runtime = createRuntime({ dataDir, mode: 'web', today: '2026-11-30', log: () => {} });
  let year = 2026;
  try {
    const busiest = runtime.db
      .prepare('SELECT year, count(*) AS n FROM incoming_documents GROUP BY year ORDER BY n DESC LIMIT 1')
      .get() as { year: number; n: number };
    year = busiest.year;
    log(`  register pages (${year}), Trang chủ…`);
    here.push(...(await measureRegisterPages(runtime, year, RUNS)));
    here.push(...(await measureHome(runtime, RUNS)));
    here.push(await measureRegister(runtime, RUNS));
  } finally {
    await runtime.close();
  }
  log('  search (router, HTTP, raw FTS5)…');
  here.push(...(await benchSearch(dataDir, RUNS)));
  log('  server memory…');
  here.push(await measureServerMemory(dataDir, year, docs));
  const size = `${docs.toLocaleString('en-US')} docs`;
  return here.map((r) => (r.name.includes('documents') ? r : { ...r, name: `${r.name} [${size}]` }));
}

async function generate(root: string, docs: number, results: BenchResult[]): Promise<string> {
  const out = join(root, `data-${docs}`);
  const saved = join(out, 'generated.json');
  let report: GenerateReport;
  if (argv.includes('--reuse') && existsSync(saved)) {
    log(`Reusing ${out} (generated earlier with the same seed)…`);
    report = JSON.parse(readFileSync(saved, 'utf8')) as GenerateReport;
  } else {
    log(`Generating ${docs.toLocaleString('en-US')} documents…`);
    report = await generateDatabase({ out, docs, seed: SEED, force: true });
    writeFileSync(saved, JSON.stringify(report, null, 2));
  }
  const perHundredK = (report.bytes / 1024 ** 2) * (100_000 / docs);
  results.push(
    result(
      `database size per 100,000 documents (at ${docs.toLocaleString('en-US')})`,
      'MB',
      { p50: perHundredK, p95: perHundredK },
      {
        target: 'reported',
        pass: () => true,
        note: `${report.tasks.toLocaleString('en-US')} tasks, ${report.indexed.toLocaleString('en-US')} search entries; generated at ${Math.round(report.docsPerSecond).toLocaleString('en-US')} docs/s`,
      },
    ),
  );
  return out;
}

async function main(): Promise<void> {
  const started = Date.now();
  const root = option('keep') ?? mkdtempSync(join(tmpdir(), 'vanthu-bench-'));
  mkdirSync(root, { recursive: true });
  const results: BenchResult[] = [];
  try {
    log('Building the app (browser mode)…');
    buildApp();
    const docs = Number(option('docs') ?? (quick ? 20_000 : 100_000));
    const small = await generate(root, docs, results);
    results.push(...(await measureAt(small, docs)));
    log('Cold start in Chromium…');
    results.push(...(await measureColdStart(small)));
    log('Exports…');
    results.push(...(await measureRegisterExports(quick ? 1 : 3, quick ? 2_000 : 10_000)));
    log('Extraction…');
    results.push(measureExtraction(quick ? 20 : 100));
    log('OCR…');
    results.push(...(await measureOcr(quick ? 1 : 3)));
    const largeDocs = Number(option('large') ?? (quick ? 0 : 1_000_000));
    if (largeDocs > 0) {
      const large = await generate(root, largeDocs, results);
      results.push(...(await measureAt(large, largeDocs)));
    }
  } finally {
    if (!option('keep')) rmSync(root, { recursive: true, force: true });
  }
  const table = markdownTable(results);
  writeResults(join(__dirname, quick ? 'results-quick.json' : 'results.json'), results, {
    quick,
    seconds: Math.round((Date.now() - started) / 1000),
  });
  process.stdout.write(`\n${machineLine()}\n\n${table}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
