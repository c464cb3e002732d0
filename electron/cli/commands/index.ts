import type { CliCommand } from '../command';
import { dbInfoCommand } from './db-info';
import { dbMigrateCommand } from './db-migrate';
import { checkCommand } from './check';
import { draftExportCommand } from './draft-export';

/** Every CLI command, in the order --help lists them. */
export const COMMANDS: readonly CliCommand[] = [dbInfoCommand, dbMigrateCommand, draftExportCommand, checkCommand];
