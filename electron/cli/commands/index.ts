import type { CliCommand } from '../command';
import { auditVerifyCommand } from './audit-verify';
import { backupCreateCommand } from './backup-create';
import { dbInfoCommand } from './db-info';
import { dbMigrateCommand } from './db-migrate';
import { incomingAddCommand } from './incoming-add';
import { incomingListCommand } from './incoming-list';
import { tasksDueCommand } from './tasks-due';
import { restoreCommand } from './restore';
import { usersResetPasswordCommand } from './users-reset-password';

/** Every CLI command, in the order --help lists them. */
export const COMMANDS: readonly CliCommand[] = [
  dbInfoCommand,
  dbMigrateCommand,
  incomingListCommand,
  incomingAddCommand,
  tasksDueCommand,
  backupCreateCommand,
  restoreCommand,
  auditVerifyCommand,
  usersResetPasswordCommand,
];
