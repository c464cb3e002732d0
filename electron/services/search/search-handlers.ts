import type { searchContract } from '@shared/contract/search';
import type { HandlersFor } from '../../api/handler-types';
import { canSeeSecret } from '../access';
import type { CallContext, ServiceContext } from '../context';
import type { JobRunner } from '../jobs/job-runner';
import { deleteSavedSearch, listSavedSearches, saveSearch } from './saved-searches';
import { searchRecords } from './search-service';

/** Saved searches belong to the signed-in user; the command line and tests keep theirs under ''. */
function ownerOf(call: CallContext): string {
  return call.session?.userName ?? '';
}

export function createSearchHandlers(ctx: ServiceContext, deps: { jobs: JobRunner }): HandlersFor<typeof searchContract> {
  return {
    'search.query': (input, call) => searchRecords(ctx, input, canSeeSecret(call)),
    'search.savedList': (_input, call) => listSavedSearches(ctx, ownerOf(call)),
    'search.saveQuery': (input, call) => saveSearch(ctx, ownerOf(call), input),
    'search.deleteSaved': (input, call) => deleteSavedSearch(ctx, ownerOf(call), input.id),
    'search.reindex': () =>
      new Promise<{ jobId: string }>((resolve, reject) => {
        deps.jobs.run('search.reindex', {}, { onStart: (info) => resolve({ jobId: info.id }) }).catch(reject);
      }),
  };
}
