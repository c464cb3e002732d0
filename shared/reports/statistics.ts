/** Thống kê: the numbers behind the charts of the Báo cáo screen and their XLSX export. */
export interface Statistics {
  from: string;
  to: string;
  perMonth: Array<{ month: string; incoming: number; outgoing: number }>;
  /** The 20 issuers that sent most documents. */
  byIssuer: Array<{ name: string; count: number }>;
  byKind: Array<{ kind: string; incoming: number; outgoing: number }>;
  /** Assignments per lead unit: how many, done, done on time, on-time rate (%) among those done. */
  byUnit: Array<{ unit: string; total: number; done: number; onTime: number; rate: number | null }>;
  /** On-time rate per month of receipt. */
  onTimeByMonth: Array<{ month: string; done: number; onTime: number; rate: number | null }>;
}

export function rate(part: number, whole: number): number | null {
  return whole === 0 ? null : Math.round((part / whole) * 1000) / 10;
}

/** "2024-03" → "03/2024". */
export function monthLabel(month: string): string {
  return `${month.slice(5, 7)}/${month.slice(0, 4)}`;
}
