import type { ExtractedDocument } from '@shared/extract';

/** The extraction as a clerk reads it: Vietnamese labels, dates dd/mm/yyyy, one task per block. */

function dateVi(iso: string | null): string | null {
  if (!iso) return null;
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}

function docDate(doc: ExtractedDocument): string | null {
  if (doc.date) return dateVi(doc.date);
  const partial = doc.datePartial;
  if (!partial) return null;
  const month = partial.month === null ? '…' : String(partial.month).padStart(2, '0');
  return `…/${month}/${partial.year ?? '…'} (để trống ngày)`;
}

function signerText(doc: ExtractedDocument): string | null {
  const s = doc.signer;
  const parts = [s.authority && s.onBehalfOf ? `${s.authority} ${s.onBehalfOf}` : null, s.title, s.name].filter(Boolean);
  return parts.length > 0 ? parts.join(' — ') : null;
}

export function extractionSummary(doc: ExtractedDocument, source: string): string[] {
  const lines: string[] = [];
  const field = (label: string, value: string | null | undefined) => lines.push(`${label.padEnd(18)} ${value ?? '(không có)'}`);
  field('Đọc từ:', source);
  field('Loại văn bản:', doc.kindCode ? `${doc.kind} (${doc.kindCode})` : doc.kind);
  field('Số, ký hiệu:', doc.numberAndSymbol);
  field('Cơ quan ban hành:', doc.issuer);
  field('Cơ quan chủ quản:', doc.parentIssuer);
  field('Địa danh:', doc.place);
  field('Ngày văn bản:', docDate(doc));
  field('Trích yếu:', doc.subject);
  field('Độ khẩn:', doc.urgency);
  field('Độ mật:', doc.secrecy);
  field('Người ký:', signerText(doc));
  field('Kính gửi:', doc.recipients.length > 0 ? doc.recipients.join('; ') : null);
  field('Nơi nhận:', doc.distribution.length > 0 ? doc.distribution.join('; ') : null);
  field('Lưu:', doc.archive);
  if (doc.references.length > 0) {
    lines.push('', `Văn bản được viện dẫn (${doc.references.length}):`);
    for (const ref of doc.references) {
      const when = ref.date ? ` ngày ${dateVi(ref.date)}` : '';
      lines.push(`  - ${ref.kind ?? 'Văn bản'} số ${ref.numberAndSymbol}${when}${ref.issuer ? ` của ${ref.issuer}` : ''}`);
    }
  }
  lines.push('', doc.tasks.length > 0 ? `Công việc được giao (${doc.tasks.length}):` : 'Không có công việc được giao.');
  doc.tasks.forEach((task, i) => {
    lines.push(`  ${i + 1}. [mục ${task.ref ?? '—'}] ${task.summary}`);
    lines.push(`     Chủ trì: ${task.lead ?? '(chưa rõ)'}`);
    if (task.cooperating.length > 0) lines.push(`     Phối hợp: ${task.cooperating.join('; ')}`);
    const deadline = task.deadline ? dateVi(task.deadline) : null;
    if (task.deadlineText || deadline)
      lines.push(`     Hạn: ${[deadline, task.deadlineText ? `"${task.deadlineText}"` : null].filter(Boolean).join(' — ')}`);
  });
  if (doc.issues.length > 0) {
    lines.push('', 'Điểm bất thường trong văn bản:');
    for (const issue of doc.issues) lines.push(`  - ${issue}`);
  }
  return lines;
}
