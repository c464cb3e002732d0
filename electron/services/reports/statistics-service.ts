import { randomBytes } from 'node:crypto';
import { mkdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { ExportedFile } from '@shared/contract/audit';
import { monthLabel, rate, type Statistics } from '@shared/reports/statistics';
import { compareVi } from '@shared/text/collate';
import type ExcelJS from 'exceljs';
import type { Db } from '../../db/connection';
import { countsByIssuer, countsByKind, countsPerMonth, type Period, tasksByUnit } from '../../db/repositories/statistics-repository';
import { exportUrl } from '../files/export-files';
import { loadExcelJS } from '../lazy-libraries';

/** Every month of the period, so the chart shows the empty ones too. */
function monthsOf(period: Period): string[] {
  const out: string[] = [];
  let [y, m] = [Number(period.from.slice(0, 4)), Number(period.from.slice(5, 7))];
  const end = period.to.slice(0, 7);
  for (let i = 0; i < 240; i++) {
    const month = `${y}-${String(m).padStart(2, '0')}`;
    if (month > end) break;
    out.push(month);
    m = m === 12 ? 1 : m + 1;
    if (m === 1) y++;
  }
  return out;
}

export function computeStatistics(db: Db, period: Period, includeSecret: boolean): Statistics {
  const perMonth = new Map(countsPerMonth(db, period, includeSecret).map((r) => [r.month, r]));
  const tasks = tasksByUnit(db, period, includeSecret);
  const units = new Map<string, { total: number; done: number; onTime: number }>();
  const months = new Map<string, { done: number; onTime: number }>();
  for (const t of tasks) {
    const u = units.get(t.unit) ?? { total: 0, done: 0, onTime: 0 };
    units.set(t.unit, { total: u.total + t.total, done: u.done + t.done, onTime: u.onTime + t.on_time });
    const m = months.get(t.month) ?? { done: 0, onTime: 0 };
    months.set(t.month, { done: m.done + t.done, onTime: m.onTime + t.on_time });
  }
  return {
    ...period,
    perMonth: monthsOf(period).map((month) => ({
      month,
      incoming: perMonth.get(month)?.incoming ?? 0,
      outgoing: perMonth.get(month)?.outgoing ?? 0,
    })),
    byIssuer: countsByIssuer(db, period, includeSecret, 20),
    byKind: countsByKind(db, period, includeSecret),
    byUnit: [...units.entries()]
      .map(([unit, u]) => ({ unit, ...u, rate: rate(u.onTime, u.done) }))
      .sort((a, b) => b.total - a.total || compareVi(a.unit, b.unit)),
    onTimeByMonth: monthsOf(period).map((month) => {
      const m = months.get(month) ?? { done: 0, onTime: 0 };
      return { month, ...m, rate: rate(m.onTime, m.done) };
    }),
  };
}

function sheet(book: ExcelJS.Workbook, name: string, headers: string[], rows: Array<Array<string | number | null>>): void {
  const ws = book.addWorksheet(name);
  ws.columns = headers.map((header, i) => ({ header, width: i === 0 ? 40 : 16 }));
  ws.getRow(1).font = { bold: true };
  for (const row of rows) ws.addRow(row);
}

/** The statistics' numbers as an .xlsx in exports/, one sheet per chart. */
export async function writeStatisticsXlsx(db: Db, exportsDir: string, period: Period, includeSecret: boolean): Promise<ExportedFile> {
  const s = computeStatistics(db, period, includeSecret);
  const { Workbook } = await loadExcelJS();
  const book = new Workbook();
  sheet(
    book,
    'Theo tháng',
    ['Tháng', 'Văn bản đến', 'Văn bản đi'],
    s.perMonth.map((r) => [monthLabel(r.month), r.incoming, r.outgoing]),
  );
  sheet(
    book,
    'Theo cơ quan gửi',
    ['Cơ quan, tổ chức', 'Số văn bản đến'],
    s.byIssuer.map((r) => [r.name, r.count]),
  );
  sheet(
    book,
    'Theo loại',
    ['Tên loại văn bản', 'Văn bản đến', 'Văn bản đi'],
    s.byKind.map((r) => [r.kind, r.incoming, r.outgoing]),
  );
  sheet(
    book,
    'Theo đơn vị',
    ['Đơn vị chủ trì', 'Số việc được giao', 'Đã hoàn thành', 'Hoàn thành đúng hạn', 'Tỷ lệ đúng hạn (%)'],
    s.byUnit.map((r) => [r.unit, r.total, r.done, r.onTime, r.rate]),
  );
  sheet(
    book,
    'Tỷ lệ đúng hạn',
    ['Tháng', 'Đã hoàn thành', 'Đúng hạn', 'Tỷ lệ đúng hạn (%)'],
    s.onTimeByMonth.map((r) => [monthLabel(r.month), r.done, r.onTime, r.rate]),
  );
  mkdirSync(exportsDir, { recursive: true });
  const fileName = `thong-ke-${period.from}-${period.to}-${randomBytes(5).toString('hex')}.xlsx`;
  const target = join(exportsDir, fileName);
  try {
    await book.xlsx.writeFile(`${target}.part`);
    renameSync(`${target}.part`, target);
  } finally {
    rmSync(`${target}.part`, { force: true });
  }
  return { fileName, url: exportUrl(fileName), rowCount: s.perMonth.length };
}
