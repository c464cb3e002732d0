import type { importsContract } from '@shared/contract/imports';
import type { HandlersFor } from '../../api/handler-types';
import { actorOf } from '../access';
import type { ServiceContext } from '../context';
import { analyseImport, commitImport, createUploadStore } from './import-service';

export function createImportsHandlers(ctx: ServiceContext): HandlersFor<typeof importsContract> {
  const uploads = createUploadStore();
  return {
    'import.upload': (input) => uploads.add(input.name, input.data),
    'import.preview': (input) => analyseImport(ctx.db, uploads.get(input.uploadId), input).preview,
    'import.commit': (input, call) => {
      const outcome = commitImport(ctx.db, analyseImport(ctx.db, uploads.get(input.uploadId), input), actorOf(call), ctx.clock.now());
      if (outcome.imported > 0) {
        if (input.direction === 'den') ctx.events.emit('incoming.changed', { id: 0, action: 'registered' });
        else ctx.events.emit('outgoing.changed', { id: 0, action: 'issued' });
      }
      return outcome;
    },
  };
}
