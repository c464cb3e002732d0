import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import type { JobInfo } from '@shared/contract/app';
import type { ExportResult } from '@shared/contract/reports';
import ExcelJS from 'exceljs';
import mammoth from 'mammoth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { workingCalendar } from '../../../../electron/services/calendar/calendar-service';
import { seedRegisters } from '../../../helpers/reports-fixtures';
import { createTestRuntime, type TestRuntime } from '../../../helpers/test-runtime';

let rt: TestRuntime;
const H1 = { from: '2024-01-01', to: '2024-06-30' };

beforeAll(async () => {
  rt = createTestRuntime({ today: '2024-06-30' });
  await seedRegisters(rt);
});
afterAll(async () => rt.dispose());

/** Starts an export through the API and waits for the job's final event. */
async function exportAndWait(input: Parameters<TestRuntime['call']>[1] & object): Promise<ExportResult> {
  const done = new Promise<JobInfo & { result?: unknown }>((resolve) => {
    const off = rt.events.subscribe((event, payload) => {
      const info = payload as JobInfo & { result?: unknown };
      if (event === 'jobs.progressed' && info.kind === 'reports.export' && info.state !== 'running') {
        off();
        resolve(info);
      }
    });
  });
  await rt.call('reports.export', input as never);
  const info = await done;
  expect(info.state).toBe('done');
  return info.result as ExportResult;
}

describe('Phụ lục VI reports', () => {
  it('văn bản đến: per lead unit, done on time or late, open and overdue, unassigned documents "để biết"', async () => {
    const report = await rt.call('reports.handling', { kind: 'incoming-handling', period: H1 });
    expect(report.asOf).toBe('2024-06-30');
    expect(report.rows.map((r) => [r.unit, r.total, r.counts])).toEqual([
      ['Chưa giao đơn vị', 1, { done_on_time: 0, done_late: 0, open_in_time: 0, open_overdue: 0, for_information: 1 }],
      ['Phòng Kế hoạch – Tài chính', 2, { done_on_time: 1, done_late: 1, open_in_time: 0, open_overdue: 0, for_information: 0 }],
      ['Phòng Nghiệp vụ Y', 2, { done_on_time: 0, done_late: 0, open_in_time: 0, open_overdue: 1, for_information: 1 }],
    ]);
    // The secret document counts for the administrator (who may see it); the cancelled one never does.
    expect(report.totals.total).toBe(5);
  });

  it('judges states on the period end: a task due later is still in time there', async () => {
    const report = await rt.call('reports.handling', { kind: 'incoming-handling', period: { from: '2024-03-01', to: '2024-03-31' } });
    const nvy = report.rows.find((r) => r.unit === 'Phòng Nghiệp vụ Y');
    expect(nvy?.counts.open_in_time).toBe(1);
    const khtc = report.rows.find((r) => r.unit === 'Phòng Kế hoạch – Tài chính');
    expect(khtc?.counts).toMatchObject({ done_on_time: 1, done_late: 1 });
  });

  it('văn bản đi: on time when passed on by the next working day after its date (Điều 18)', async () => {
    const report = await rt.call('reports.handling', { kind: 'outgoing-handling', period: H1 });
    expect(report.rows.map((r) => [r.unit, r.total, r.counts.done_on_time, r.counts.done_late, r.counts.open_overdue])).toEqual([
      ['Phòng Kế hoạch – Tài chính', 2, 1, 0, 1],
      ['Phòng Nghiệp vụ Y', 1, 0, 1, 0],
    ]);
  });

  it('working days follow the holiday table: days off skipped, a weekend made a working day counted', () => {
    rt.db
      .prepare(
        "INSERT INTO holidays (date, kind, name) VALUES ('2024-03-11', 'day-off', 'Nghỉ bù'), ('2024-03-16', 'working-day', 'Làm bù')",
      )
      .run();
    const days = workingCalendar(rt.db);
    expect(days.addWorkingDays('2024-03-08', 1)).toBe('2024-03-12');
    expect(days.addWorkingDays('2024-03-15', 1)).toBe('2024-03-16');
    expect(days.isWorkingDay('2024-03-17')).toBe(false);
    rt.db.prepare("DELETE FROM holidays WHERE date IN ('2024-03-11', '2024-03-16')").run();
  });

  it('exports through the job with totals and percentages; XLSX and PDF read back', async () => {
    const xlsx = await exportAndWait({ target: 'report', format: 'xlsx', kind: 'incoming-handling', period: H1 });
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(join(rt.dataDir, 'exports', xlsx.fileName));
    const rows: unknown[][] = [];
    book.worksheets[0]?.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    const flat = rows.map((r) => r.join('|'));
    expect(flat).toContain('BÁO CÁO TÌNH HÌNH GIẢI QUYẾT VĂN BẢN ĐẾN');
    expect(flat).toContain('Từ ngày 01/01/2024 đến ngày 30/06/2024');
    expect(rows.find((r) => r[1] === 'Tổng cộng')).toEqual([undefined, 'Tổng cộng', 5, 1, 1, 0, 1, 2]);
    expect(rows.find((r) => r[1] === 'Tỷ lệ (%)')).toEqual([undefined, 'Tỷ lệ (%)', '100', '20,0', '20,0', '0,0', '20,0', '40,0']);
    const pdf = await exportAndWait({ target: 'report', format: 'pdf', kind: 'outgoing-handling', period: H1 });
    const text = execFileSync('pdftotext', ['-layout', join(rt.dataDir, 'exports', pdf.fileName), '-'], { encoding: 'utf8' });
    expect(text).toContain('BÁO CÁO TÌNH HÌNH GIẢI QUYẾT VĂN BẢN ĐI');
    expect(text).toMatch(/Tổng cộng\s+3\s+1\s+1\s+0\s+1/);
    expect(text).toContain('Trang 1');
    // Word too, through the same job (its writer loads on first use, also in a worker run from source).
    const docx = await exportAndWait({ target: 'report', format: 'docx', kind: 'incoming-handling', period: H1 });
    const words = (await mammoth.extractRawText({ path: join(rt.dataDir, 'exports', docx.fileName) })).value;
    expect(words).toContain('BÁO CÁO TÌNH HÌNH GIẢI QUYẾT VĂN BẢN ĐẾN');
    expect(words).toContain('Tổng cộng');
  });
});

describe('export jobs', () => {
  it('Hủy stops the job and leaves no file in the exports folder', async () => {
    const final = new Promise<JobInfo>((resolve) => {
      const off = rt.events.subscribe((event, payload) => {
        const info = payload as JobInfo;
        if (event === 'jobs.progressed' && info.kind === 'reports.export' && info.state !== 'running') {
          off();
          resolve(info);
        }
      });
    });
    const started = await rt.call('reports.export', {
      target: 'register',
      format: 'pdf',
      register: { kind: 'incoming', year: 2024 },
    });
    expect(await rt.call('jobs.cancel', { id: started.jobId })).toEqual({ cancelled: true });
    expect((await final).state).toBe('cancelled');
    const { readdirSync } = await import('node:fs');
    expect(readdirSync(join(rt.dataDir, 'exports')).some((f) => f.startsWith(started.fileName))).toBe(false);
  });
});

describe('Thống kê', () => {
  it('counts per month (empty months included), by issuer, by kind and the on-time rate per unit', async () => {
    const s = await rt.call('reports.statistics', { period: H1 });
    expect(s.perMonth.map((m) => [m.month, m.incoming, m.outgoing])).toEqual([
      ['2024-01', 0, 0],
      ['2024-02', 0, 0],
      ['2024-03', 2, 2],
      ['2024-04', 1, 0],
      ['2024-05', 1, 1],
      ['2024-06', 0, 0],
    ]);
    expect(s.byIssuer.map((i) => i.name)).toContain('Bộ Y tế');
    expect(s.byKind).toEqual([{ kind: 'Công văn', incoming: 4, outgoing: 3 }]);
    expect(s.byUnit.find((u) => u.unit === 'Phòng Kế hoạch – Tài chính')).toEqual({
      unit: 'Phòng Kế hoạch – Tài chính',
      total: 2,
      done: 2,
      onTime: 1,
      rate: 50,
    });
    const file = await rt.call('reports.statisticsXlsx', { period: H1 });
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(join(rt.dataDir, 'exports', file.fileName));
    expect(book.worksheets.map((w) => w.name)).toEqual(['Theo tháng', 'Theo cơ quan gửi', 'Theo loại', 'Theo đơn vị', 'Tỷ lệ đúng hạn']);
    expect(book.getWorksheet('Theo tháng')?.getRow(4).values).toEqual([undefined, '03/2024', 2, 2]);
  });
});
