import { EMPTY_INPUT } from '../schemas/common';
import { method, returns } from './define';
import type { IncomingSummary } from './incoming';
import type { TaskSummary } from './tasks';

export interface UnitLoad {
  unitId: number | null;
  unitName: string;
  open: number;
  overdue: number;
}

/** What the văn thư sees first: what is late, what is due, what came in today, what waits for distribution. */
export interface HomeSummary {
  today: string;
  dueSoonDays: number;
  counts: { overdue: number; dueSoon: number; receivedToday: number; waiting: number };
  overdue: TaskSummary[];
  dueSoon: TaskSummary[];
  receivedToday: IncomingSummary[];
  waiting: IncomingSummary[];
  byUnit: UnitLoad[];
}

export const homeContract = {
  /** Trang chủ: counts and the first lines of each list. */
  'home.summary': method({ input: EMPTY_INPUT, output: returns<HomeSummary>(), permission: 'documents.read', isWrite: false }),
};
