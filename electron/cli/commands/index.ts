import type { CliCommand } from '../command';
import { dbInfoCommand } from './db-info';
import { dbMigrateCommand } from './db-migrate';
import { incomingAddCommand } from './incoming-add';
import { incomingListCommand } from './incoming-list';
import { ocrCommand } from './ocr';

/** Every CLI command, in the order --help lists them. */
export const COMMANDS: readonly CliCommand[] = [dbInfoCommand, dbMigrateCommand, incomingListCommand, incomingAddCommand, ocrCommand];
