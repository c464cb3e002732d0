import type { OutgoingPage } from '@shared/contract/outgoing';
import type { OUTGOING_SORTS } from '@shared/schemas/outgoing-schema';
import { fold } from '@shared/text/fold';
import type { Db } from '../connection';
import { type KeysetOrder, keysetPage } from './keyset';
import { OUTGOING_COLUMNS, OUTGOING_FROM, type OutgoingRow, rowToOutgoingSummary } from './outgoing-repository';

export type OutgoingSort = (typeof OUTGOING_SORTS)[number];

export interface OutgoingFilter {
  year: number;
  seriesId: number | null;
  kind: string | null;
  draftingUnitId: number | null;
  dateFrom: string | null;
  dateTo: string | null;
  text: string | null;
  includeSecret: boolean;
}

const SORTS: Record<OutgoingSort, KeysetOrder> = {
  number_desc: { key: 'o.number', desc: true },
  number_asc: { key: 'o.number', desc: false },
  doc_date_desc: { key: 'o.doc_date', desc: true },
};

/** A keyset page of the year's outgoing register. */
export function listOutgoingPage(db: Db, filter: OutgoingFilter, sort: OutgoingSort, cursor: string | null, limit: number): OutgoingPage {
  const parts = ['o.year = @year'];
  const params: Record<string, unknown> = { year: filter.year };
  const add = (condition: string, name: string, value: unknown) => {
    if (value === null || value === '') return;
    parts.push(condition);
    params[name] = value;
  };
  add('o.series_id = @seriesId', 'seriesId', filter.seriesId);
  add('o.kind = @kind', 'kind', filter.kind);
  add('o.drafting_unit_id = @draftingUnitId', 'draftingUnitId', filter.draftingUnitId);
  add('o.doc_date >= @dateFrom', 'dateFrom', filter.dateFrom);
  add('o.doc_date <= @dateTo', 'dateTo', filter.dateTo);
  add(
    "(vn_fold(o.subject) LIKE '%' || @text || '%' OR o.symbol_folded LIKE '%' || @text || '%')",
    'text',
    filter.text ? fold(filter.text) : null,
  );
  if (!filter.includeSecret) parts.push('o.secrecy IS NULL');
  const page = keysetPage<OutgoingRow>(
    db,
    {
      columns: OUTGOING_COLUMNS,
      from: OUTGOING_FROM,
      where: parts.join(' AND '),
      params,
      idColumn: 'o.id',
      countFrom: 'FROM outgoing_documents o',
    },
    SORTS[sort],
    cursor,
    limit,
  );
  return { rows: page.rows.map(rowToOutgoingSummary), nextCursor: page.nextCursor, total: page.total };
}
