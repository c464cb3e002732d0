import type { outgoingContract } from '@shared/contract/outgoing';
import type { HandlersFor } from '../../api/handler-types';
import { listOutgoingYears } from '../../db/repositories/outgoing-repository';
import { actorOf, canSeeSecret } from '../access';
import type { ServiceContext } from '../context';
import { annotateOutgoing, getOutgoing, type IssueHook, issueOutgoing, listOutgoing, previewNumber } from './outgoing-service';

export function createOutgoingHandlers(
  ctx: ServiceContext,
  deps: { issueHooks: readonly IssueHook[] },
): HandlersFor<typeof outgoingContract> {
  return {
    'outgoing.issue': (input, call) => issueOutgoing(ctx, input, actorOf(call), deps.issueHooks),
    'outgoing.previewNumber': (input) => previewNumber(ctx, input),
    'outgoing.get': (input, call) => getOutgoing(ctx, input.id, { includeSecret: canSeeSecret(call) }),
    'outgoing.list': (input, call) =>
      listOutgoing(ctx, { ...input, kind: input.kind ?? null, cursor: input.cursor ?? null }, canSeeSecret(call)),
    'outgoing.years': () => listOutgoingYears(ctx.db),
    'outgoing.annotate': (input, call) => annotateOutgoing(ctx, input, actorOf(call)),
  };
}
