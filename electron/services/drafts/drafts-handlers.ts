import type { draftsContract } from '@shared/contract/drafts';
import type { HandlersFor } from '../../api/handler-types';
import { actorOf } from '../access';
import type { ServiceContext } from '../context';
import type { IssueHook } from '../outgoing/outgoing-service';
import type { PdfHost } from '../print/pdf-host';
import { exportDraft, issueDraft, renderIssuedFiles } from './draft-issue';
import { changeDraftStatus, createNewDraft, draftVersions, getDraft, listDrafts, restoreVersion, saveDraft } from './drafts-service';

export function createDraftsHandlers(
  ctx: ServiceContext,
  deps: { pdf: PdfHost; issueHooks: readonly IssueHook[] },
): HandlersFor<typeof draftsContract> {
  return {
    'drafts.create': (input, call) => createNewDraft(ctx, input, actorOf(call)),
    'drafts.get': (input) => getDraft(ctx, input.id),
    'drafts.list': (input) => listDrafts(ctx, input),
    'drafts.save': (input, call) => saveDraft(ctx, input, actorOf(call)),
    'drafts.versions': (input) => draftVersions(ctx, input.id),
    'drafts.restoreVersion': (input, call) => restoreVersion(ctx, input, actorOf(call)),
    'drafts.setStatus': (input, call) => changeDraftStatus(ctx, input, actorOf(call)),
    'drafts.approve': (input, call) => changeDraftStatus(ctx, { id: input.id, status: 'da_duyet' }, actorOf(call)),
    'drafts.issue': (input, call) => issueDraft(ctx, deps, input, actorOf(call)),
    'outgoing.renderFiles': (input) => renderIssuedFiles(ctx, deps.pdf, input.id),
    'drafts.export': (input) => exportDraft(ctx, deps.pdf, input),
  };
}
