import { measureExports } from '../exports-bench';
import { type BenchResult, result } from '../lib/results';

/** The printed Sổ đăng ký văn bản đến of 10,000 lines to DOCX, XLSX and PDF, as the export job writes it. */
export async function measureRegisterExports(runs: number): Promise<BenchResult[]> {
  const measured = await measureExports({ rows: 10_000, runs });
  return measured.map((m) =>
    result(
      `export a ${m.rows.toLocaleString('en-US')}-line register to ${m.format.toUpperCase()}`,
      's',
      { p50: m.medianSeconds, p95: Math.max(...m.runSeconds) },
      {
        target: `≤ ${m.targetSeconds} s`,
        pass: (x) => x.p50 <= m.targetSeconds,
        note: `${runs} run(s), "p95" is the slowest; ${(m.sizeBytes / 1024 ** 2).toFixed(2)} MB${m.pages ? `, ${m.pages} pages` : ''}; peak RSS ${m.peakRssMb} MB`,
      },
    ),
  );
}
