import { writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import type { Timing } from './stats';

/** One line of bench/results.json: a measurement beside its floor, its target and whether it met it. */
export interface BenchResult {
  name: string;
  unit: string;
  p50: number;
  p95: number;
  floorP50: number | null;
  floorP95: number | null;
  ratio: number | null;
  target: string;
  pass: boolean;
  note?: string;
}

export function result(
  name: string,
  unit: string,
  measured: Timing | { p50: number; p95: number },
  options: {
    floor?: Timing | null;
    target: string;
    pass: (m: { p50: number; p95: number }, ratio: number | null) => boolean;
    note?: string;
  },
): BenchResult {
  const floor = options.floor ?? null;
  const ratio = floor && floor.p95 > 0 ? measured.p95 / floor.p95 : null;
  return {
    name,
    unit,
    p50: round(measured.p50),
    p95: round(measured.p95),
    floorP50: floor ? round(floor.p50) : null,
    floorP95: floor ? round(floor.p95) : null,
    ratio: ratio === null ? null : round(ratio),
    target: options.target,
    pass: options.pass(measured, ratio),
    ...(options.note ? { note: options.note } : {}),
  };
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}

export function machineLine(): string {
  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  return `${cpus().length} × ${cpu}, ${Math.round(totalmem() / 1024 ** 3)} GiB RAM, Node ${process.version}, ${process.platform}`;
}

/** The markdown table printed at the end and kept in docs/BENCHMARKS.md. */
export function markdownTable(results: readonly BenchResult[]): string {
  const lines = [
    '| measurement | unit | p50 | p95 | floor p50 | floor p95 | ratio | target | pass |',
    '| --- | --- | ---: | ---: | ---: | ---: | ---: | --- | :---: |',
  ];
  const fmt = (n: number | null) => (n === null ? '—' : n.toLocaleString('en-US', { maximumFractionDigits: 2 }));
  for (const r of results) {
    lines.push(
      `| ${r.name} | ${r.unit} | ${fmt(r.p50)} | ${fmt(r.p95)} | ${fmt(r.floorP50)} | ${fmt(r.floorP95)} | ${fmt(r.ratio)} | ${r.target} | ${r.pass ? 'yes' : '**no**'} |`,
    );
  }
  return lines.join('\n');
}

export function writeResults(file: string, results: readonly BenchResult[], meta: Record<string, unknown>): void {
  writeFileSync(file, `${JSON.stringify({ ...meta, machine: machineLine(), results }, null, 2)}\n`);
}
