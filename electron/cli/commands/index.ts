import type { CliCommand } from '../command';
import { auditVerifyCommand } from './audit-verify';
import { backupCreateCommand } from './backup-create';
import { dbInfoCommand } from './db-info';
import { dbMigrateCommand } from './db-migrate';
import { checkCommand } from './check';
import { draftExportCommand } from './draft-export';
import { extractCommand } from './extract';
import { importRegisterCommand } from './import-register';
import { incomingAddCommand } from './incoming-add';
import { incomingListCommand } from './incoming-list';
import { ocrCommand } from './ocr';
import { tasksDueCommand } from './tasks-due';
import { reportCommand } from './report';
import { restoreCommand } from './restore';
import { searchQueryCommand } from './search-query';
import { searchReindexCommand } from './search-reindex';
import { usersResetPasswordCommand } from './users-reset-password';

/** Every CLI command, in the order --help lists them. */
export const COMMANDS: readonly CliCommand[] = [
  dbInfoCommand,
  dbMigrateCommand,
  incomingListCommand,
  incomingAddCommand,
  extractCommand,
  ocrCommand,
  tasksDueCommand,
  searchQueryCommand,
  searchReindexCommand,
  draftExportCommand,
  reportCommand,
  importRegisterCommand,
  checkCommand,
  backupCreateCommand,
  restoreCommand,
  auditVerifyCommand,
  usersResetPasswordCommand,
];
