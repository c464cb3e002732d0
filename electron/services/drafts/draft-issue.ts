import type { OutgoingRecord } from '@shared/contract/outgoing';
import type { Draft } from '@shared/drafting/draft-schema';
import { secrecyFromLabel, urgencyFromLabel } from '@shared/domain/document-levels';
import { AppError } from '@shared/errors';
import { fold } from '@shared/text/fold';
import { writeTransaction } from '../../db/connection';
import * as drafts from '../../db/repositories/drafts-repository';
import { insertOutgoingFile } from '../../db/repositories/outgoing-repository';
import { renderDraftPdf } from '../../exports/pdf/draft-pdf';
import type { ServiceContext } from '../context';
import { syncSearchEntry } from '../search/search-index';
import { storeGenerated } from '../files/generated-files';
import { getOutgoing, type IssueHook, type IssueInput, issueOutgoing } from '../outgoing/outgoing-service';
import type { PdfHost } from '../print/pdf-host';
import { getDraft } from './drafts-service';

/** The Word writer (docx) loads with the first DOCX, not at start-up (see lazy-libraries.ts). */
async function renderDraftDocx(draft: Draft): Promise<Buffer> {
  return (await import('../../exports/docx/draft-to-docx')).renderDraftDocx(draft);
}

/** Where the register says the document went: the addressees, then Nơi nhận, without "Như trên". */
function registerRecipients(draft: Draft): string[] {
  const items = [...(draft.recipients?.items ?? []), ...draft.distribution];
  const seen = new Set<string>();
  return items.filter((item) => {
    const key = fold(item);
    if (!key || key.startsWith('nhu tren') || key.startsWith('nhu dieu') || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function issueFields(
  draft: Draft,
  record: { draftingUnitId: number | null; taskId: number | null; replyToId: number | null; draftId: number },
  input: { docDate: string | null; copies: number | null; archiveHolder: string | null },
): IssueInput {
  const recipients = registerRecipients(draft);
  return {
    kind: draft.kind,
    subject: draft.subject,
    docDate: input.docDate,
    signerTitle: draft.signer.title || null,
    signerName: draft.signer.name || null,
    recipients: recipients.length > 0 ? recipients : ['Như trên'],
    archiveHolder: input.archiveHolder ?? draft.archive,
    copies: input.copies,
    draftingUnitId: record.draftingUnitId,
    secrecy: secrecyFromLabel(draft.header.secrecy),
    urgency: urgencyFromLabel(draft.header.urgency),
    seriesId: null,
    replyToIncomingId: record.replyToId,
    taskId: record.taskId,
    draftId: record.draftId,
    note: null,
    files: [],
  };
}

/** The Word and PDF of the numbered draft, stored and linked to the outgoing document. */
async function attachRenderings(ctx: ServiceContext, pdf: PdfHost, outgoingId: number, draft: Draft, baseName: string): Promise<void> {
  const docx = storeGenerated(ctx, `${baseName}.docx`, await renderDraftDocx(draft));
  const pdfFile = storeGenerated(ctx, `${baseName}.pdf`, await renderDraftPdf(draft, pdf.get()));
  writeTransaction(ctx.db, () => {
    const now = ctx.clock.now();
    insertOutgoingFile(ctx.db, outgoingId, { sha256: docx.sha256, role: 'docx', name: docx.name }, now);
    insertOutgoingFile(ctx.db, outgoingId, { sha256: pdfFile.sha256, role: 'pdf', name: pdfFile.name }, now);
  });
}

/**
 * Cấp số for an approved draft, in one transaction: the outgoing register takes the next number
 * (and completes the answered task), the draft gets that number and date and becomes Đã phát hành.
 * Its Word and PDF files are made afterwards by renderIssuedFiles (printing takes a moment).
 */
export function issueDraft(
  ctx: ServiceContext,
  deps: { issueHooks: readonly IssueHook[] },
  input: { id: number; docDate: string | null; copies: number | null; archiveHolder: string | null },
  actor: string | null,
): OutgoingRecord {
  const record = getDraft(ctx, input.id);
  if (record.status !== 'da_duyet') throw new AppError('CONFLICT', 'Chỉ cấp số cho dự thảo đã được duyệt.');
  const errors = record.findings.filter((f) => f.severity === 'error');
  if (errors.length > 0)
    throw new AppError('VALIDATION', `Dự thảo còn ${errors.length} lỗi thể thức; hãy sửa trước khi cấp số (ví dụ: ${errors[0]?.message}).`);
  const issued = writeTransaction(ctx.db, () => {
    const out = issueOutgoing(
      ctx,
      issueFields(
        record.content,
        { draftingUnitId: record.draftingUnitId, taskId: record.taskId, replyToId: record.replyTo?.id ?? null, draftId: record.id },
        input,
      ),
      actor,
      deps.issueHooks,
    );
    const content: Draft = {
      ...record.content,
      header: { ...record.content.header, number: String(out.number).padStart(2, '0'), symbol: out.symbol, date: out.docDate },
    };
    const now = ctx.clock.now();
    drafts.updateDraftContent(
      ctx.db,
      record.id,
      record.version,
      { kind: content.kind, subject: content.subject, json: JSON.stringify(content) },
      now,
    );
    drafts.setDraftStatus(ctx.db, record.id, 'da_phat_hanh', now, out.id);
    syncSearchEntry(ctx.db, 'drafts', record.id);
    return out;
  });
  ctx.events.emit('drafts.changed', { id: record.id });
  return issued;
}

/**
 * The Word and PDF files of an issued document, made from the numbered draft it was issued from and
 * attached to it; nothing is done when they exist already. @throws NOT_FOUND, CONFLICT (not from a draft)
 */
export async function renderIssuedFiles(ctx: ServiceContext, pdf: PdfHost, outgoingId: number): Promise<OutgoingRecord> {
  const issued = getOutgoing(ctx, outgoingId);
  if (issued.files.some((f) => f.role === 'docx' || f.role === 'pdf')) return issued;
  if (issued.draftId === null) throw new AppError('CONFLICT', 'Văn bản này không được soạn trong VănThư nên không tạo lại được tệp.');
  const draft = getDraft(ctx, issued.draftId);
  await attachRenderings(ctx, pdf, outgoingId, draft.content, issued.numberAndSymbol.replace(/[/\\]/g, '-'));
  ctx.events.emit('outgoing.changed', { id: outgoingId, action: 'issued' });
  return getOutgoing(ctx, outgoingId);
}

/** The draft as it stands, as DOCX or PDF, for review before it is issued. */
export async function exportDraft(
  ctx: ServiceContext,
  pdf: PdfHost,
  input: { id: number; format: 'docx' | 'pdf' },
): Promise<{ sha256: string; name: string; url: string }> {
  const record = getDraft(ctx, input.id);
  const base = `Du-thao-${record.id}-${record.kind.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/g, 'd').replace(/\s+/g, '-')}`;
  const bytes = input.format === 'docx' ? await renderDraftDocx(record.content) : await renderDraftPdf(record.content, pdf.get());
  const stored = storeGenerated(ctx, `${base}.${input.format}`, bytes);
  return { sha256: stored.sha256, name: stored.name, url: `${stored.url}&download=1` };
}
