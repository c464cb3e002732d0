import { randomBytes } from 'node:crypto';
import { createWriteStream, mkdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { AuditEntry, ExportedFile } from '@shared/contract/audit';
import { AUDIT_OUTCOME_LABELS, auditActionLabel, auditSubjectLabel } from '@shared/domain/audit-labels';
import { listAuditRows } from '../../db/repositories/audit-repository';
import type { ServiceContext } from '../context';
import { exportUrl } from '../files/export-files';
import { type AuditFilterInput, rowToEntry, toAuditQuery } from './audit-service';
import { loadExcelJS } from '../lazy-libraries';

const HEADERS = ['Số thứ tự', 'Thời gian', 'Người thực hiện', 'Thao tác', 'Mã thao tác', 'Kết quả', 'Đối tượng', 'Chi tiết'];
const BATCH = 1000;

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

export function formatTimestampVi(at: number): string {
  const d = new Date(at);
  return `${pad(d.getDate())}/${pad(d.getMonth() + 1)}/${d.getFullYear()} ${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`;
}

function cells(entry: AuditEntry): string[] {
  const subject = auditSubjectLabel(entry.subjectType, entry.subjectId);
  const details = entry.details === null ? '(nội dung văn bản mật: cần quyền xem văn bản mật)' : JSON.stringify(entry.details);
  return [
    String(entry.id),
    formatTimestampVi(entry.at),
    entry.userName ?? '(hệ thống)',
    auditActionLabel(entry.action),
    entry.action,
    AUDIT_OUTCOME_LABELS[entry.outcome],
    subject,
    details.length > 30_000 ? `${details.slice(0, 30_000)}…` : details,
  ];
}

/** Rows newest first, in batches, so a long trail never sits in memory at once. */
function* entries(ctx: ServiceContext, filter: AuditFilterInput, includeSecret: boolean): Generator<AuditEntry> {
  const query = toAuditQuery(filter, includeSecret);
  let cursor: number | null = null;
  for (;;) {
    const rows = listAuditRows(ctx.db, query, cursor, BATCH);
    for (const row of rows) yield rowToEntry(row, includeSecret);
    if (rows.length < BATCH) return;
    cursor = rows.at(-1)?.id ?? null;
  }
}

function csvField(value: string): string {
  return /[",\n\r;]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/**
 * Writes the filtered trail to exports/ as XLSX (exceljs streaming writer) or CSV (UTF-8 with BOM,
 * so Excel shows Vietnamese correctly); the file appears under its name only when complete.
 */
export async function exportAudit(
  ctx: ServiceContext,
  filter: AuditFilterInput & { format: 'xlsx' | 'csv' },
  includeSecret: boolean,
): Promise<ExportedFile> {
  mkdirSync(ctx.paths.exports, { recursive: true });
  const stamp = new Date(ctx.clock.now()).toISOString().slice(0, 10);
  const fileName = `nhat-ky-he-thong-${stamp}-${randomBytes(6).toString('hex')}.${filter.format}`;
  const target = join(ctx.paths.exports, fileName);
  const temp = `${target}.part`;
  let rowCount = 0;
  try {
    if (filter.format === 'csv') {
      const out = createWriteStream(temp);
      out.write(`\uFEFF${HEADERS.join(',')}\r\n`);
      for (const entry of entries(ctx, filter, includeSecret)) {
        rowCount++;
        if (!out.write(`${cells(entry).map(csvField).join(',')}\r\n`)) await new Promise((r) => out.once('drain', r));
      }
      await new Promise<void>((resolve, reject) => out.end((error?: Error | null) => (error ? reject(error) : resolve())));
    } else {
      const ExcelJS = await loadExcelJS();
      const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: temp, useStyles: true });
      const sheet = workbook.addWorksheet('Nhật ký hệ thống');
      sheet.columns = HEADERS.map((header, i) => ({ header, width: [10, 20, 22, 32, 22, 14, 18, 80][i] ?? 20 }));
      for (const entry of entries(ctx, filter, includeSecret)) {
        rowCount++;
        sheet.addRow(cells(entry)).commit();
      }
      sheet.commit();
      await workbook.commit();
    }
    renameSync(temp, target);
  } finally {
    rmSync(temp, { force: true });
  }
  return { fileName, url: exportUrl(fileName), rowCount };
}
