import { z } from 'zod';
import { id, optionalText, text } from '../schemas/common';
import type { HistoryEntry } from './incoming';
import type { OutgoingRecord } from './outgoing';
import { method, returns } from './define';

/** One register year of one series, open or closed (khóa sổ). */
export interface RegisterYear {
  seriesId: number;
  seriesName: string;
  direction: 'den' | 'di';
  isSecret: boolean;
  year: number;
  entryCount: number;
  /** Closing is allowed from 31/12 of the year on. */
  canClose: boolean;
  closure: RegisterClosure | null;
}

export interface RegisterClosure {
  seriesId: number;
  year: number;
  closedAt: number;
  closedBy: string | null;
  entryCount: number;
  pdfSha256: string;
  /** The PDF kept when the register was closed. */
  pdfUrl: string;
  volume: string | null;
}

const year = z.number({ error: 'Năm: phải là số.' }).int().min(1900, 'Năm: không hợp lệ.').max(2200, 'Năm: không hợp lệ.');
export const closeYearInput = z.object({ seriesId: id('Sổ'), year, volume: optionalText('Quyển số', 20) });
export const annotateEntryInput = z.object({ id: id('Văn bản'), note: text('Ghi chú bổ sung', 2000) });

/** Khóa sổ and the corrections recorded after it. */
export const yearsContract = {
  /** The registers' years (series × year with entries), with their closure if closed. */
  'years.list': method({ input: z.object({}).strict(), output: returns<RegisterYear[]>(), permission: 'documents.read', isWrite: false }),
  /**
   * Closes a register's year (irreversible): prints the whole year to PDF, keeps the file and its
   * SHA-256, then locks the entries. @throws CONFLICT before 31/12 or when an entry changed while printing
   */
  'years.close': method({ input: closeYearInput, output: returns<RegisterClosure>(), permission: 'reports.export', isWrite: true }),
  /** Ghi chú bổ sung on an incoming entry: recorded in its history, allowed after khóa sổ. */
  'incoming.annotate': method({ input: annotateEntryInput, output: returns<HistoryEntry[]>(), permission: 'incoming.edit', isWrite: true }),
  /** Ghi chú bổ sung on an outgoing entry: recorded in its history, allowed after khóa sổ. */
  'outgoing.remark': method({
    input: annotateEntryInput,
    output: returns<OutgoingRecord['history']>(),
    permission: 'outgoing.issue',
    isWrite: true,
  }),
};
