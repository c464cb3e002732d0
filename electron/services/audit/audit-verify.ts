import type { AuditVerifyResult } from '@shared/contract/audit';
import type { Db } from '../../db/connection';
import { getAuditRow, iterateAuditRows } from '../../db/repositories/audit-repository';
import { auditRowHash, GENESIS_HASH } from './audit-chain';

/** The head of the chain as a backup recorded it: the last row's id and hash at that moment. */
export interface AuditAnchor {
  id: number;
  hash: string;
  /** When the backup was made: anchors of a timeline later abandoned by a restore are skipped. */
  createdAt: number;
  /** Where it was recorded (a backup's name), for the message. */
  source: string;
}

/** The periods whose backups belong to data a restore replaced: (restored backup's time, restore time]. */
function abandonedPeriods(db: Db): Array<{ from: number; to: number }> {
  const rows = db
    .prepare<[], { at: number; details: string }>(
      "SELECT at, details FROM audit_log WHERE action IN ('backup.restore', 'recovery.restore') AND outcome = 'ok'",
    )
    .all();
  return rows.flatMap((row) => {
    try {
      const details = JSON.parse(row.details) as { after?: { restored?: { createdAt?: unknown } }; restored?: { createdAt?: unknown } };
      const from = details.after?.restored?.createdAt ?? details.restored?.createdAt;
      return typeof from === 'number' ? [{ from, to: row.at }] : [];
    } catch {
      return [];
    }
  });
}

export interface ChainCheck {
  isIntact: boolean;
  checkedRows: number;
  firstBrokenId: number | null;
  lastId: number;
  lastHash: string;
  problem: string | null;
}

/**
 * Walks the whole trail in id order and recomputes every hash: an edited row fails its own hash, a
 * deleted or inserted row breaks the ids or the link to the previous hash. Reports the first break.
 */
export function checkAuditChain(db: Db): ChainCheck {
  let expectedPrev = GENESIS_HASH;
  let expectedId = 1;
  let checkedRows = 0;
  for (const row of iterateAuditRows(db)) {
    checkedRows++;
    const problem =
      row.id !== expectedId
        ? `thiếu dòng số ${expectedId}${row.id > expectedId + 1 ? `–${row.id - 1}` : ''} (đã bị xóa)`
        : row.prev_hash !== expectedPrev
          ? 'liên kết với dòng trước không khớp'
          : row.hash !==
              auditRowHash(row.prev_hash, {
                id: row.id,
                at: row.at,
                userId: row.user_id,
                userName: row.user_name,
                transport: row.transport,
                action: row.action,
                outcome: row.outcome,
                subjectType: row.subject_type,
                subjectId: row.subject_id,
                isSecret: row.is_secret === 1,
                details: row.details,
              })
            ? 'nội dung đã bị sửa sau khi ghi'
            : null;
    if (problem) return { isIntact: false, checkedRows, firstBrokenId: row.id, lastId: row.id, lastHash: row.hash, problem };
    expectedPrev = row.hash;
    expectedId = row.id + 1;
  }
  return { isIntact: true, checkedRows, firstBrokenId: null, lastId: expectedId - 1, lastHash: expectedPrev, problem: null };
}

/** The chain check plus the heads recorded in backups: a chain rewritten from some row on no longer matches them. */
export function verifyAudit(db: Db, anchors: readonly AuditAnchor[]): AuditVerifyResult {
  const chain = checkAuditChain(db);
  if (!chain.isIntact) {
    return {
      isIntact: false,
      checkedRows: chain.checkedRows,
      firstBrokenId: chain.firstBrokenId,
      anchorsChecked: 0,
      message: `Nhật ký hệ thống đã bị can thiệp: dòng số ${chain.firstBrokenId} ${chain.problem}.`,
    };
  }
  let anchorsChecked = 0;
  const abandoned = abandonedPeriods(db);
  const current = anchors.filter((a) => !abandoned.some((p) => a.createdAt > p.from && a.createdAt <= p.to));
  for (const anchor of current.sort((a, b) => a.id - b.id)) {
    anchorsChecked++;
    if (anchor.id > chain.lastId) {
      return {
        isIntact: false,
        checkedRows: chain.checkedRows,
        firstBrokenId: chain.lastId + 1,
        anchorsChecked,
        message: `Nhật ký hệ thống bị cắt bớt: bản sao lưu ${anchor.source} đã ghi tới dòng số ${anchor.id}, nay chỉ còn ${chain.lastId} dòng.`,
      };
    }
    if (anchor.id > 0 && getAuditRow(db, anchor.id)?.hash !== anchor.hash) {
      return {
        isIntact: false,
        checkedRows: chain.checkedRows,
        firstBrokenId: anchor.id,
        anchorsChecked,
        message: `Nhật ký hệ thống đã bị viết lại: dòng số ${anchor.id} khác với bản ghi trong bản sao lưu ${anchor.source}.`,
      };
    }
  }
  return {
    isIntact: true,
    checkedRows: chain.checkedRows,
    firstBrokenId: null,
    anchorsChecked,
    message: `Nhật ký hệ thống nguyên vẹn: ${chain.checkedRows} dòng, đối chiếu với ${anchorsChecked} bản sao lưu.`,
  };
}
