import type { z } from 'zod';
import { appContract } from './app';
import { auditContract } from './audit';
import { authContract } from './auth';
import { backupContract } from './backup';
import { calendarContract } from './calendar';
import type { ContractSlice, MethodDef, Returns } from './define';
import { directoryContract } from './directory';
import { draftsContract } from './drafts';
import { homeContract } from './home';
import { importsContract } from './imports';
import { incomingContract } from './incoming';
import { intakeContract } from './intake';
import { outgoingContract } from './outgoing';
import { remindersContract } from './reminders';
import { searchContract } from './search';
import { reportsContract } from './reports';
import { followUpContract, tasksContract } from './tasks';
import { recoveryContract } from './recovery';
import { settingsContract } from './settings';
import { usersContract } from './users';
import { yearsContract } from './years';

/**
 * THE API: every method the renderer may call, declared once with its zod input schema, output type,
 * permission and write flag (STYLE.md §9.3).
 *
 * When adding a domain: write shared/contract/<domain>.ts with its slice, spread it here, add its
 * method names to API_METHODS (shared/contract/methods.ts) and its handlers to electron/api/handlers.ts.
 * The compiler refuses a method without a handler or a name missing from API_METHODS.
 */
export const CONTRACT = {
  ...appContract,
  ...directoryContract,
  ...settingsContract,
  ...calendarContract,
  ...incomingContract,
  ...intakeContract,
  ...outgoingContract,
  ...draftsContract,
  ...tasksContract,
  ...homeContract,
  ...followUpContract,
  ...remindersContract,
  ...searchContract,
  ...authContract,
  ...usersContract,
  ...auditContract,
  ...backupContract,
  ...recoveryContract,
  ...reportsContract,
  ...importsContract,
  ...yearsContract,
} satisfies ContractSlice;

/** The slices, kept apart so a test can prove no method name is declared twice. */
export const CONTRACT_SLICES: readonly ContractSlice[] = [
  appContract,
  directoryContract,
  settingsContract,
  calendarContract,
  incomingContract,
  intakeContract,
  outgoingContract,
  draftsContract,
  tasksContract,
  homeContract,
  followUpContract,
  remindersContract,
  searchContract,
  authContract,
  usersContract,
  auditContract,
  backupContract,
  recoveryContract,
  reportsContract,
  importsContract,
  yearsContract,
];

export type Contract = typeof CONTRACT;
export type ApiMethod = keyof Contract;

type InputSchemaOf<K extends ApiMethod> = Contract[K] extends MethodDef<infer S, unknown> ? S : never;

/** What a caller passes (before defaults and transforms). */
export type ApiInput<K extends ApiMethod> = z.input<InputSchemaOf<K>>;
/** What a handler receives (after validation). */
export type ApiParsedInput<K extends ApiMethod> = z.output<InputSchemaOf<K>>;
/** What a method returns. */
export type ApiOutput<K extends ApiMethod> = Contract[K]['output'] extends Returns<infer O> ? O : never;

export type { ContractSlice, MethodDef, Permission } from './define';
export type { ApiResult } from './result';
