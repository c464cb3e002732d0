import type { auditContract } from '@shared/contract/audit';
import type { HandlersFor } from '../../api/handler-types';
import { canSeeSecret } from '../access';
import type { BackupService } from '../backup/backup-service';
import type { ServiceContext } from '../context';
import { exportAudit } from './audit-export';
import { auditActions, listAudit, verifyAuditTrail } from './audit-service';

export function createAuditHandlers(ctx: ServiceContext, backup: BackupService): HandlersFor<typeof auditContract> {
  return {
    'audit.list': (input, call) => listAudit(ctx, input, canSeeSecret(call)),
    'audit.actions': () => auditActions(ctx),
    'audit.export': (input, call) => exportAudit(ctx, input, canSeeSecret(call)),
    'audit.verify': () => verifyAuditTrail(ctx, backup.anchors()),
  };
}
