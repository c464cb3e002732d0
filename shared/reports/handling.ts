/**
 * Phụ lục VI: Báo cáo tình hình giải quyết văn bản đến / đi. Pure classification and totals; the
 * service reads the items from the database and the working-day calendar.
 */

export type HandlingState = 'done_on_time' | 'done_late' | 'open_in_time' | 'open_overdue' | 'for_information';

export const HANDLING_KEYS: readonly HandlingState[] = ['done_on_time', 'done_late', 'open_in_time', 'open_overdue', 'for_information'];

/** One counted item: a document for one unit (incoming), or an outgoing document for its drafting unit. */
export interface HandlingItem {
  unit: string;
  state: HandlingState;
}

export interface HandlingRow {
  unit: string;
  total: number;
  counts: Record<HandlingState, number>;
}

export interface HandlingReport {
  kind: 'incoming-handling' | 'outgoing-handling';
  from: string;
  to: string;
  /** The day the states are judged on: the end of the period, or today when the period has not ended. */
  asOf: string;
  rows: HandlingRow[];
  totals: HandlingRow;
}

export const HANDLING_TITLES = {
  'incoming-handling': 'BÁO CÁO TÌNH HÌNH GIẢI QUYẾT VĂN BẢN ĐẾN',
  'outgoing-handling': 'BÁO CÁO TÌNH HÌNH GIẢI QUYẾT VĂN BẢN ĐI',
} as const;

/** Column headings of the count columns, per report (the incoming one has "Để biết"). */
export const HANDLING_COLUMN_TITLES = {
  'incoming-handling': {
    unit: 'Đơn vị, cá nhân giải quyết',
    total: 'Tổng số văn bản đến',
    done_on_time: 'Đã giải quyết đúng hạn',
    done_late: 'Đã giải quyết quá hạn',
    open_in_time: 'Chưa giải quyết, còn trong hạn',
    open_overdue: 'Chưa giải quyết, đã quá hạn',
    for_information: 'Để biết, không giao giải quyết',
  },
  'outgoing-handling': {
    unit: 'Đơn vị soạn thảo',
    total: 'Tổng số văn bản đi',
    done_on_time: 'Phát hành đúng hạn',
    done_late: 'Phát hành chậm',
    open_in_time: 'Chưa chuyển, còn trong hạn',
    open_overdue: 'Chưa chuyển, đã quá hạn',
    for_information: '',
  },
} as const;

/** The count columns a report shows (the outgoing one has no "Để biết"). */
export function handlingKeys(kind: HandlingReport['kind']): readonly HandlingState[] {
  return kind === 'incoming-handling' ? HANDLING_KEYS : HANDLING_KEYS.filter((k) => k !== 'for_information');
}

/** The state of a piece of work with a deadline, as of a day: done (on time or late) or open (in time or overdue). */
export function classify(deadline: string | null, doneOn: string | null, asOf: string): HandlingState {
  if (doneOn !== null && doneOn <= asOf) return deadline === null || doneOn <= deadline ? 'done_on_time' : 'done_late';
  return deadline === null || deadline >= asOf ? 'open_in_time' : 'open_overdue';
}

function emptyCounts(): Record<HandlingState, number> {
  return { done_on_time: 0, done_late: 0, open_in_time: 0, open_overdue: 0, for_information: 0 };
}

/** Groups items by unit (in collation order given by `compare`) and adds the totals row. */
export function aggregateHandling(
  kind: HandlingReport['kind'],
  period: { from: string; to: string; asOf: string },
  items: readonly HandlingItem[],
  compare: (a: string, b: string) => number,
): HandlingReport {
  const byUnit = new Map<string, HandlingRow>();
  const totals: HandlingRow = { unit: 'Tổng cộng', total: 0, counts: emptyCounts() };
  for (const item of items) {
    let row = byUnit.get(item.unit);
    if (!row) {
      row = { unit: item.unit, total: 0, counts: emptyCounts() };
      byUnit.set(item.unit, row);
    }
    row.total++;
    row.counts[item.state]++;
    totals.total++;
    totals.counts[item.state]++;
  }
  const rows = [...byUnit.values()].sort((a, b) => compare(a.unit, b.unit));
  return { kind, ...period, rows, totals };
}

/** A share as printed: "87,5" (one decimal, comma), or "" when there is nothing to divide. */
export function percentVi(part: number, whole: number): string {
  if (whole === 0) return '';
  return (Math.round((part / whole) * 1000) / 10).toFixed(1).replace('.', ',');
}
