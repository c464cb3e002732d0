import type { Db } from '../connection';
import migrate0001 from './0001-directory';
import migrate0002 from './0002-incoming-register';
import migrate0003 from './0003-tasks';
import migrate0004 from './0004-drafts-outgoing';
import migrate0005 from './0005-search';
import migrate0006 from './0006-accounts-audit';
import migrate0007 from './0007-register-closures';
import migrate0009 from './0009-open-tasks-index';
import migrate0010 from './0010-open-tasks-by-unit';

export interface Migration {
  version: number;
  name: string;
  up: (db: Db) => void;
}

/**
 * The ordered, append-only registry. Never edit a migration that has shipped; add a new one.
 * When adding one: write NNNN-kebab-name.ts with a default export, list it here, and add
 * tests/electron/db/migrations/NNNN-*.test.ts when it changes existing data.
 */
export const MIGRATIONS: readonly Migration[] = [
  { version: 1, name: 'directory', up: migrate0001 },
  { version: 2, name: 'incoming-register', up: migrate0002 },
  { version: 3, name: 'tasks', up: migrate0003 },
  { version: 4, name: 'drafts-outgoing', up: migrate0004 },
  { version: 5, name: 'search', up: migrate0005 },
  { version: 6, name: 'accounts-audit', up: migrate0006 },
  { version: 7, name: 'register-closures', up: migrate0007 },
  { version: 9, name: 'open-tasks-index', up: migrate0009 },
  { version: 10, name: 'open-tasks-by-unit', up: migrate0010 },
];
