import { measureExports } from '../exports-bench';
import { type BenchResult, result } from '../lib/results';

/** The printed Sổ đăng ký văn bản đến (10,000 lines unless told) to DOCX, XLSX and PDF, as the export job writes it. */
export async function measureRegisterExports(runs: number, rows = 10_000): Promise<BenchResult[]> {
  const measured = await measureExports({ rows, runs });
  return measured.map((m) =>
    result(
      `export a ${m.rows.toLocaleString('en-US')}-line register to ${m.format.toUpperCase()}`,
      's',
      { p50: m.medianSeconds, p95: Math.max(...m.runSeconds) },
      {
        target: m.rows === 10_000 ? `≤ ${m.targetSeconds} s` : 'reported (target is for 10,000 lines)',
        pass: (x) => m.rows !== 10_000 || x.p50 <= m.targetSeconds,
        note: `${runs} run(s), "p95" is the slowest; ${(m.sizeBytes / 1024 ** 2).toFixed(2)} MB${m.pages ? `, ${m.pages} pages` : ''}; peak RSS ${m.peakRssMb} MB`,
      },
    ),
  );
}
