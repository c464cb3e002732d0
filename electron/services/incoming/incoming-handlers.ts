import type { incomingContract } from '@shared/contract/incoming';
import { AppError } from '@shared/errors';
import { getIncomingAttachment } from '../../db/repositories/files-repository';
import { getIncomingRow } from '../../db/repositories/incoming-repository';
import { listSeries } from '../../db/repositories/series-repository';
import type { HandlersFor } from '../../api/handler-types';
import { actorOf, canSeeSecret } from '../access';
import type { CallContext, ServiceContext } from '../context';
import type { NativeHost } from '../native-host';
import type { PdfHost } from '../print/pdf-host';
import { printIncomingSlip } from './incoming-slip';
import { attachFiles, detachFile, exportAttachmentCopy, stageAttachment } from './attachments-service';
import { checkDuplicate, getIncoming, incomingYears, listIncoming } from './incoming-queries';
import { cancelIncoming, registerIncoming, updateIncoming } from './incoming-service';
import { createSeries } from './series-service';

/**
 * A secret document is invisible to a caller without the clearance: every method that names one by
 * id answers as if it did not exist. @throws NOT_FOUND
 */
function assertVisible(ctx: ServiceContext, documentId: number, call: CallContext): void {
  if (canSeeSecret(call)) return;
  if (getIncomingRow(ctx.db, documentId)?.secrecy != null) throw new AppError('NOT_FOUND', 'Không tìm thấy văn bản.');
}

function assertAttachmentVisible(ctx: ServiceContext, attachmentId: number, call: CallContext): void {
  const attachment = getIncomingAttachment(ctx.db, attachmentId);
  if (attachment) assertVisible(ctx, attachment.documentId, call);
}

export function createIncomingHandlers(
  ctx: ServiceContext,
  deps: { native: NativeHost; pdf: PdfHost },
): HandlersFor<typeof incomingContract> {
  return {
    'incoming.register': (input, call) => {
      if (input.secrecy !== null && !canSeeSecret(call))
        throw new AppError('FORBIDDEN', 'Tài khoản của bạn không được đăng ký văn bản mật.');
      return registerIncoming(ctx, input, actorOf(call));
    },
    'incoming.checkDuplicate': (input, call) =>
      checkDuplicate(ctx, input).filter((match) => canSeeSecret(call) || getIncomingRow(ctx.db, match.id)?.secrecy == null),
    'incoming.get': (input, call) => getIncoming(ctx, input.id, { includeSecret: canSeeSecret(call) }),
    'incoming.list': (input, call) =>
      listIncoming(
        ctx,
        {
          ...input,
          seriesId: input.seriesId,
          numberFrom: input.numberFrom ?? null,
          numberTo: input.numberTo ?? null,
          kind: input.kind ?? null,
          urgency: input.urgency ?? null,
          secrecy: input.secrecy ?? null,
          state: input.state ?? null,
          cursor: input.cursor ?? null,
        },
        canSeeSecret(call),
      ),
    'incoming.years': (_input, call) => incomingYears(ctx, canSeeSecret(call)),
    'incoming.update': (input, call) => {
      assertVisible(ctx, input.id, call);
      if (input.secrecy !== null && !canSeeSecret(call)) throw new AppError('FORBIDDEN', 'Tài khoản của bạn không được đặt độ mật.');
      return updateIncoming(ctx, input, actorOf(call));
    },
    'incoming.cancel': (input, call) => {
      assertVisible(ctx, input.id, call);
      return cancelIncoming(ctx, input, actorOf(call));
    },
    'series.list': () => listSeries(ctx.db),
    'series.create': (input) => createSeries(ctx, input),
    'attachments.stage': (input) => stageAttachment(ctx, input),
    'attachments.attach': (input, call) => {
      assertVisible(ctx, input.documentId, call);
      return attachFiles(ctx, input, actorOf(call));
    },
    'attachments.detach': (input, call) => {
      assertVisible(ctx, input.documentId, call);
      return detachFile(ctx, input, actorOf(call));
    },
    'incoming.printSlip': (input, call) => printIncomingSlip(ctx, deps.pdf, input.id, canSeeSecret(call)),
    'attachments.open': async (input, call) => {
      assertAttachmentVisible(ctx, input.attachmentId, call);
      const path = exportAttachmentCopy(ctx, input.attachmentId);
      try {
        await deps.native.openPath(path);
        return { opened: true };
      } catch {
        throw new AppError('NOT_SUPPORTED', 'Máy này không có chương trình để mở loại tệp này.');
      }
    },
  };
}
