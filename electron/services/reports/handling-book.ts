import {
  aggregateHandling,
  classify,
  HANDLING_COLUMN_TITLES,
  HANDLING_TITLES,
  type HandlingItem,
  type HandlingReport,
  handlingKeys,
  percentVi,
} from '@shared/reports/handling';
import type { RegisterBook, RegisterColumn } from '@shared/reports/register-book';
import { compareVi } from '@shared/text/collate';
import type { Db } from '../../db/connection';
import { getAgency } from '../../db/repositories/agency-repository';
import { incomingHandlingRows, outgoingHandlingRows } from '../../db/repositories/handling-repository';
import type { RegisterAccess } from './register-book-service';
import { workingCalendar } from '../calendar/calendar-service';

export type HandlingKind = HandlingReport['kind'];

export const HANDLING_FILE_STEMS: Record<HandlingKind, string> = {
  'incoming-handling': 'bao-cao-giai-quyet-van-ban-den',
  'outgoing-handling': 'bao-cao-giai-quyet-van-ban-di',
};

const NO_UNIT = 'Chưa giao đơn vị';

/**
 * Văn bản đến: each lead assignment counts for its unit, done or open as of the day judged on; a
 * document without an assignment counts for its receiving unit by its hạn giải quyết, or as "để
 * biết" when it has none. Văn bản đi: on time when passed on (ngày chuyển) no later than the next
 * working day after the document's date (Nghị định 30 Điều 18).
 */
export function computeHandling(db: Db, kind: HandlingKind, period: { from: string; to: string }, access: RegisterAccess): HandlingReport {
  const asOf = period.to < access.today ? period.to : access.today;
  const items: HandlingItem[] = [];
  if (kind === 'incoming-handling') {
    for (const row of incomingHandlingRows(db, period, access.includeSecret)) {
      const unit = row.unit ?? NO_UNIT;
      if (row.has_task === 0 && row.deadline === null) items.push({ unit, state: 'for_information' });
      else items.push({ unit, state: classify(row.deadline, row.completed_date, asOf) });
    }
  } else {
    const calendar = workingCalendar(db);
    for (const row of outgoingHandlingRows(db, period, access.includeSecret)) {
      items.push({ unit: row.unit ?? NO_UNIT, state: classify(calendar.addWorkingDays(row.doc_date, 1), row.transferred_date, asOf) });
    }
  }
  return aggregateHandling(kind, { ...period, asOf }, items, compareVi);
}

/** The report as a printable table: STT, unit, total, the counts, then Tổng cộng and Tỷ lệ (%). */
export function buildHandlingBook(db: Db, kind: HandlingKind, period: { from: string; to: string }, access: RegisterAccess): RegisterBook {
  const report = computeHandling(db, kind, period, access);
  const titles = HANDLING_COLUMN_TITLES[kind];
  const keys = handlingKeys(kind);
  const countWidth = Math.floor(60 / (keys.length + 1));
  const columns: RegisterColumn[] = [
    { title: 'STT', widthPct: 5, align: 'center' },
    { title: titles.unit, widthPct: 100 - 5 - countWidth * (keys.length + 1), align: 'left' },
    { title: titles.total, widthPct: countWidth, align: 'center' },
    ...keys.map((k) => ({ title: titles[k], widthPct: countWidth, align: 'center' as const })),
  ];
  const lines = report.rows.map((row, i) => [i + 1, row.unit, row.total, ...keys.map((k) => row.counts[k])]);
  lines.push(['', 'Tổng cộng', report.totals.total, ...keys.map((k) => report.totals.counts[k])]);
  lines.push([
    '',
    'Tỷ lệ (%)',
    report.totals.total > 0 ? '100' : '',
    ...keys.map((k) => percentVi(report.totals.counts[k], report.totals.total)),
  ]);
  const agency = getAgency(db);
  return {
    kind,
    layout: 'report',
    boldTailLines: 2,
    paper: 'A4',
    columns,
    lines,
    cover: {
      parentName: agency?.parentName ?? null,
      agencyName: agency?.name ?? 'TÊN CƠ QUAN, TỔ CHỨC',
      title: HANDLING_TITLES[kind],
      seriesName: null,
      year: Number(period.from.slice(0, 4)),
      dateFrom: period.from,
      dateTo: period.to,
      numberFrom: null,
      numberTo: null,
      showNumberRange: false,
      volume: null,
    },
  };
}
