import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { ExportInput } from '@shared/contract/reports';
import type { ExportFormat } from '@shared/reports/register-book';
import { createRuntime } from '../electron/api/runtime';
import { createChromiumPdfRenderer } from '../electron/exports/pdf/chromium-pdf';
import { writeExport } from '../electron/services/reports/export-writer';

/** One format's figures for the printed register (the median of the runs, and every run). */
export interface ExportMeasurement {
  format: ExportFormat;
  rows: number;
  medianSeconds: number;
  runSeconds: number[];
  sizeBytes: number;
  pages: number | null;
  /** Peak resident memory of this process while exporting (Chromium's own processes not included). */
  peakRssMb: number;
  targetSeconds: number;
  pass: boolean;
}

const TARGETS: Record<ExportFormat, number> = { docx: 5, xlsx: 3, pdf: 20 };
const ISSUERS = [
  'Bộ Y tế',
  'UBND tỉnh Đồng Nai',
  'Sở Tài chính tỉnh Đồng Nai',
  'Văn phòng Chính phủ',
  'Sở Nội vụ',
  'Bảo hiểm xã hội tỉnh Đồng Nai',
];
const SUBJECTS = [
  'V/v báo cáo số liệu',
  'V/v triển khai thực hiện Công điện số 6741/CĐ-VPCP ngày 22/9/2021 của Văn phòng Chính phủ về tăng cường phòng, chống dịch',
  'Về việc phân bổ kinh phí thực hiện chương trình mục tiêu quốc gia năm 2024',
  'Kế hoạch kiểm tra công tác văn thư, lưu trữ',
];

/** A year of `rows` incoming documents written straight into the register (one transaction). */
function seed(runtime: ReturnType<typeof createRuntime>, rows: number): void {
  runtime.db
    .prepare(
      "INSERT INTO units (name, name_folded, abbreviation, created_at, updated_at) VALUES ('Phòng Kế hoạch – Tài chính', 'phong ke hoach – tai chinh', 'KHTC', 0, 0)",
    )
    .run();
  const insert = runtime.db.prepare(
    `INSERT INTO incoming_documents (series_id, year, number, received_date, issuer_name, issuer_folded, number_and_symbol, symbol_folded,
       doc_date, kind, subject, receive_method, recipient_unit_id, transferred_date, created_at, updated_at)
     VALUES (1, 2024, @n, @received, @issuer, @issuer, @symbol, @symbol, @docDate, 'Công văn', @subject, 'giay', 1, @received, 0, 0)`,
  );
  runtime.db.transaction(() => {
    for (let n = 1; n <= rows; n++) {
      const day = new Date(Date.UTC(2024, 0, 2) + Math.floor((n * 360) / rows) * 86_400_000).toISOString().slice(0, 10);
      insert.run({
        n,
        received: day,
        docDate: day,
        issuer: ISSUERS[n % ISSUERS.length],
        symbol: `${n}/UBND-VX`,
        subject: SUBJECTS[n % SUBJECTS.length],
      });
    }
  })();
}

/** Exports a 10,000-line Sổ đăng ký văn bản đến to DOCX, XLSX and PDF, `runs` times each, as the export job does. */
export async function measureExports(
  options: { rows?: number; runs?: number; formats?: ExportFormat[] } = {},
): Promise<ExportMeasurement[]> {
  const rows = options.rows ?? 10_000;
  const runs = options.runs ?? 3;
  const dataDir = mkdtempSync(join(tmpdir(), 'vanthu-bench-exports-'));
  const runtime = createRuntime({ dataDir, mode: 'web', today: '2025-01-05' });
  const renderer = createChromiumPdfRenderer({ executablePath: process.env.CHROMIUM_PATH });
  const out: ExportMeasurement[] = [];
  try {
    seed(runtime, rows);
    const work = {
      db: runtime.db,
      exportsDir: join(dataDir, 'exports'),
      access: { today: '2025-01-05', includeSecret: true },
      pdf: () => renderer,
    };
    for (const format of options.formats ?? (['docx', 'xlsx', 'pdf'] as const)) {
      const input: ExportInput = {
        target: 'register',
        format,
        register: {
          kind: 'incoming',
          year: 2024,
          seriesId: null,
          dateFrom: null,
          dateTo: null,
          numberFrom: null,
          numberTo: null,
          volume: '01',
          paper: 'A4',
        },
      };
      const seconds: number[] = [];
      let peak = 0;
      let last = { size: 0, pages: null as number | null };
      for (let i = 0; i < runs; i++) {
        const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50);
        const start = performance.now();
        const result = await writeExport(work, input, `bench-${format}-${i}.${format}`);
        seconds.push((performance.now() - start) / 1000);
        clearInterval(timer);
        peak = Math.max(peak, process.memoryUsage().rss);
        last = { size: result.size, pages: result.pages };
      }
      const median = [...seconds].sort((a, b) => a - b)[Math.floor(seconds.length / 2)] ?? Number.NaN;
      out.push({
        format,
        rows,
        medianSeconds: Math.round(median * 100) / 100,
        runSeconds: seconds.map((s) => Math.round(s * 100) / 100),
        sizeBytes: last.size,
        pages: last.pages,
        peakRssMb: Math.round(peak / 1024 / 1024),
        targetSeconds: TARGETS[format],
        pass: median <= TARGETS[format],
      });
    }
  } finally {
    await renderer.close();
    await runtime.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
  return out;
}

if (require.main === module) {
  const rows = Number(process.argv[2] ?? 10_000);
  const runs = Number(process.argv[3] ?? 3);
  const formats = process.argv[4] ? (process.argv[4].split(',') as ExportFormat[]) : undefined;
  measureExports({ rows, runs, ...(formats ? { formats } : {}) }).then((results) => {
    for (const r of results) {
      console.log(
        `${r.format.toUpperCase()}: ${r.medianSeconds} s median of [${r.runSeconds.join(', ')}] (≤ ${r.targetSeconds} s ${r.pass ? 'đạt' : 'CHƯA ĐẠT'}), ${(r.sizeBytes / 1024 / 1024).toFixed(1)} MB${r.pages ? `, ${r.pages} trang` : ''}, RSS ≤ ${r.peakRssMb} MB`,
      );
    }
  });
}
