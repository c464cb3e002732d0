import type { yearsContract } from '@shared/contract/years';
import type { HandlersFor } from '../../api/handler-types';
import type { ServiceContext } from '../context';
import type { JobRunner } from '../jobs/job-runner';
import { createYearsService } from './years-service';

export function createYearsHandlers(ctx: ServiceContext, deps: { jobs: JobRunner }): HandlersFor<typeof yearsContract> {
  const years = createYearsService(ctx, deps);
  return {
    'years.list': (_input, call) => years.list(call),
    'years.close': (input, call) => years.close(input, call),
    'incoming.annotate': (input, call) => years.annotateIncoming(input, call),
    'outgoing.remark': (input, call) => years.remarkOutgoing(input, call),
  };
}
