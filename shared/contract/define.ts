import type { z } from 'zod';

/**
 * Permissions a method may require. The accounts issue maps roles to these; 'public' needs no session.
 * When adding one: add it here, to ROLE_PERMISSIONS (shared/domain/permissions.ts) and to its test.
 */
export type Permission =
  | 'public'
  | 'session'
  | 'documents.read'
  | 'documents.readSecret'
  | 'incoming.register'
  | 'incoming.edit'
  | 'incoming.cancel'
  | 'incoming.distribute'
  | 'tasks.manage'
  | 'tasks.update'
  | 'drafts.write'
  | 'drafts.approve'
  | 'outgoing.issue'
  | 'reports.export'
  | 'directory.manage'
  | 'settings.manage'
  | 'users.manage'
  | 'audit.read'
  | 'backup.create'
  | 'backup.restore';

/** Phantom marker that carries a method's output type without a runtime value. */
export interface Returns<T> {
  readonly __output?: T;
}

export function returns<T>(): Returns<T> {
  return {};
}

/** One API method: its zod input schema, its output type, the permission it needs, and whether it writes. */
export interface MethodDef<S extends z.ZodType = z.ZodType, O = unknown> {
  input: S;
  output: Returns<O>;
  permission: Permission;
  /** Writes change data: the audit trail records them and read-only sessions are refused. */
  isWrite: boolean;
}

export function method<S extends z.ZodType, O>(def: MethodDef<S, O>): MethodDef<S, O> {
  return def;
}

export type ContractSlice = Record<string, MethodDef>;
