import type { incomingContract } from '@shared/contract/incoming';
import { AppError } from '@shared/errors';
import { listSeries } from '../../db/repositories/series-repository';
import type { HandlersFor } from '../../api/handler-types';
import { actorOf, canSeeSecret } from '../access';
import type { ServiceContext } from '../context';
import type { NativeHost } from '../native-host';
import { attachFiles, detachFile, exportAttachmentCopy, stageAttachment } from './attachments-service';
import { checkDuplicate, getIncoming, incomingYears, listIncoming } from './incoming-queries';
import { cancelIncoming, registerIncoming, updateIncoming } from './incoming-service';
import { createSeries } from './series-service';

export function createIncomingHandlers(ctx: ServiceContext, deps: { native: NativeHost }): HandlersFor<typeof incomingContract> {
  return {
    'incoming.register': (input, call) => registerIncoming(ctx, input, actorOf(call)),
    'incoming.checkDuplicate': (input) => checkDuplicate(ctx, input),
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
    'incoming.years': () => incomingYears(ctx),
    'incoming.update': (input, call) => updateIncoming(ctx, input, actorOf(call)),
    'incoming.cancel': (input, call) => cancelIncoming(ctx, input, actorOf(call)),
    'series.list': () => listSeries(ctx.db),
    'series.create': (input) => createSeries(ctx, input),
    'attachments.stage': (input) => stageAttachment(ctx, input),
    'attachments.attach': (input, call) => attachFiles(ctx, input, actorOf(call)),
    'attachments.detach': (input, call) => detachFile(ctx, input, actorOf(call)),
    'attachments.open': async (input) => {
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
