import type { Db } from '../connection';

export interface Period {
  from: string;
  to: string;
}

function secretFilter(alias: string, includeSecret: boolean): string {
  return includeSecret ? '' : `AND ${alias}.secrecy IS NULL`;
}

/** Documents per month ('YYYY-MM'), incoming by ngày đến and outgoing by ngày văn bản; cancelled entries left out. */
export function countsPerMonth(
  db: Db,
  period: Period,
  includeSecret: boolean,
): Array<{ month: string; incoming: number; outgoing: number }> {
  return db
    .prepare<Period, { month: string; incoming: number; outgoing: number }>(
      `SELECT month, sum(incoming) AS incoming, sum(outgoing) AS outgoing FROM (
         SELECT substr(received_date, 1, 7) AS month, 1 AS incoming, 0 AS outgoing FROM incoming_documents d
           WHERE received_date BETWEEN @from AND @to AND cancelled_at IS NULL ${secretFilter('d', includeSecret)}
         UNION ALL
         SELECT substr(doc_date, 1, 7), 0, 1 FROM outgoing_documents o WHERE doc_date BETWEEN @from AND @to ${secretFilter('o', includeSecret)}
       ) GROUP BY month ORDER BY month`,
    )
    .all(period);
}

export function countsByIssuer(db: Db, period: Period, includeSecret: boolean, limit: number): Array<{ name: string; count: number }> {
  return db
    .prepare<Period & { limit: number }, { name: string; count: number }>(
      `SELECT min(issuer_name) AS name, count(*) AS count FROM incoming_documents d
       WHERE received_date BETWEEN @from AND @to AND cancelled_at IS NULL ${secretFilter('d', includeSecret)}
       GROUP BY issuer_folded ORDER BY count DESC, name LIMIT @limit`,
    )
    .all({ ...period, limit });
}

export function countsByKind(db: Db, period: Period, includeSecret: boolean): Array<{ kind: string; incoming: number; outgoing: number }> {
  return db
    .prepare<Period, { kind: string; incoming: number; outgoing: number }>(
      `SELECT kind, sum(incoming) AS incoming, sum(outgoing) AS outgoing FROM (
         SELECT kind, 1 AS incoming, 0 AS outgoing FROM incoming_documents d
           WHERE received_date BETWEEN @from AND @to AND cancelled_at IS NULL ${secretFilter('d', includeSecret)}
         UNION ALL
         SELECT kind, 0, 1 FROM outgoing_documents o WHERE doc_date BETWEEN @from AND @to ${secretFilter('o', includeSecret)}
       ) GROUP BY kind ORDER BY incoming + outgoing DESC, kind`,
    )
    .all(period);
}

/** Assignments of documents received in the period, per lead unit, with how many were done and done on time. */
export function tasksByUnit(
  db: Db,
  period: Period,
  includeSecret: boolean,
): Array<{ unit: string; month: string; total: number; done: number; on_time: number }> {
  return db
    .prepare<Period, { unit: string; month: string; total: number; done: number; on_time: number }>(
      `SELECT COALESCE(u.name, t.lead_text) AS unit, substr(d.received_date, 1, 7) AS month, count(*) AS total,
         sum(t.status = 'hoan_thanh') AS done,
         sum(t.status = 'hoan_thanh' AND (t.deadline IS NULL OR t.completed_date <= t.deadline)) AS on_time
       FROM tasks t JOIN incoming_documents d ON d.id = t.incoming_id LEFT JOIN units u ON u.id = t.lead_unit_id
       WHERE d.received_date BETWEEN @from AND @to AND d.cancelled_at IS NULL AND t.parent_task_id IS NULL AND t.status <> 'huy'
         ${secretFilter('d', includeSecret)}
       GROUP BY unit, month`,
    )
    .all(period);
}
