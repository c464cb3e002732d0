import type { IncomingPage } from '@shared/contract/incoming';
import type { INCOMING_SORTS } from '@shared/schemas/incoming-schema';
import { fold } from '@shared/text/fold';
import type { Db } from '../connection';
import { INCOMING_COLUMNS, INCOMING_FROM, INCOMING_STATE_SQL, type IncomingRow, rowToSummary } from './incoming-repository';
import { type KeysetOrder, keysetPage } from './keyset';

export type IncomingSort = (typeof INCOMING_SORTS)[number];

export interface IncomingFilter {
  year: number;
  seriesId: number | null;
  receivedFrom: string | null;
  receivedTo: string | null;
  numberFrom: number | null;
  numberTo: number | null;
  issuerId: number | null;
  issuerText: string | null;
  kind: string | null;
  urgency: string | null;
  secrecy: string | null;
  state: string | null;
  recipientUnitId: number | null;
  text: string | null;
  /** The text as a search-index query over the year's rowids (set by the service from `text`). */
  textMatch?: { match: string; low: number; high: number; idSql: string } | null;
  /** Secret documents are left out unless the caller may see them. */
  includeSecret: boolean;
}

/** Each sort: the ORDER BY key expression and direction; ties break on id in the same direction. */
const SORTS: Record<IncomingSort, KeysetOrder> = {
  number_desc: { key: 'd.number', desc: true },
  number_asc: { key: 'd.number', desc: false },
  received_desc: { key: 'd.received_date', desc: true },
  received_asc: { key: 'd.received_date', desc: false },
  doc_date_desc: { key: 'd.doc_date', desc: true },
  issuer_asc: { key: 'd.issuer_folded', desc: false },
};

function whereClause(filter: IncomingFilter): { sql: string; params: Record<string, unknown> } {
  const parts = ['d.year = @year'];
  const params: Record<string, unknown> = { year: filter.year };
  const add = (condition: string, name: string, value: unknown) => {
    if (value === null || value === undefined || value === '') return;
    parts.push(condition);
    params[name] = value;
  };
  add('d.series_id = @seriesId', 'seriesId', filter.seriesId);
  add('d.received_date >= @receivedFrom', 'receivedFrom', filter.receivedFrom);
  add('d.received_date <= @receivedTo', 'receivedTo', filter.receivedTo);
  add('d.number >= @numberFrom', 'numberFrom', filter.numberFrom);
  add('d.number <= @numberTo', 'numberTo', filter.numberTo);
  add('d.issuer_id = @issuerId', 'issuerId', filter.issuerId);
  add("d.issuer_folded LIKE '%' || @issuerText || '%'", 'issuerText', filter.issuerText ? fold(filter.issuerText) : null);
  add('d.kind = @kind', 'kind', filter.kind);
  add('d.urgency = @urgency', 'urgency', filter.urgency);
  add('d.recipient_unit_id = @recipientUnitId', 'recipientUnitId', filter.recipientUnitId);
  add(`(${INCOMING_STATE_SQL}) = @state`, 'state', filter.state);
  if (filter.textMatch) {
    // The search index (electron/services/search): the year's incoming rows whose words match.
    parts.push(
      `d.id IN (SELECT ${filter.textMatch.idSql} FROM search_incoming WHERE search_incoming MATCH @textMatch AND rowid BETWEEN @textLow AND @textHigh)`,
    );
    Object.assign(params, { textMatch: filter.textMatch.match, textLow: filter.textMatch.low, textHigh: filter.textMatch.high });
  }
  if (filter.secrecy === 'any') parts.push('d.secrecy IS NOT NULL');
  else if (filter.secrecy === 'none') parts.push('d.secrecy IS NULL');
  else add('d.secrecy = @secrecy', 'secrecy', filter.secrecy);
  if (!filter.includeSecret) parts.push('d.secrecy IS NULL');
  return { sql: parts.join(' AND '), params };
}

/**
 * A page of the register by keyset: (sort key, id) after the cursor, so a page deep in the year costs
 * the same as the first. The exact total of matching rows comes with it.
 */
export function listIncomingPage(db: Db, filter: IncomingFilter, sort: IncomingSort, cursor: string | null, limit: number): IncomingPage {
  const { sql, params } = whereClause(filter);
  const page = keysetPage<IncomingRow>(
    db,
    { columns: INCOMING_COLUMNS, from: INCOMING_FROM, where: sql, params, idColumn: 'd.id', countFrom: 'FROM incoming_documents d' },
    SORTS[sort],
    cursor,
    limit,
  );
  return { rows: page.rows.map(rowToSummary), nextCursor: page.nextCursor, total: page.total };
}
