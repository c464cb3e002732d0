/**
 * The method names as a plain array, for the preload's allowlist: the preload must not bundle zod.
 * shared/contract/methods-check.ts proves at compile time that this list equals the contract's keys.
 */
export const API_METHODS = [
  'app.info',
  'jobs.list',
  'jobs.cancel',
  'agency.get',
  'agency.save',
  'units.list',
  'units.create',
  'units.update',
  'units.setActive',
  'units.match',
  'units.addAlias',
  'people.list',
  'people.create',
  'people.update',
  'people.setActive',
  'bodies.list',
  'bodies.create',
  'bodies.update',
  'bodies.setActive',
  'bodies.match',
  'bodies.addAlias',
  'settings.get',
  'settings.update',
  'incoming.register',
  'incoming.checkDuplicate',
  'incoming.get',
  'incoming.list',
  'incoming.years',
  'incoming.update',
  'incoming.cancel',
  'series.list',
  'series.create',
  'attachments.stage',
  'attachments.attach',
  'attachments.detach',
  'attachments.open',
  'outgoing.issue',
  'outgoing.previewNumber',
  'outgoing.get',
  'outgoing.list',
  'outgoing.years',
  'outgoing.annotate',
  'tasks.create',
  'tasks.get',
  'tasks.list',
  'tasks.update',
  'tasks.transition',
  'tasks.extend',
  'tasks.bulk',
  'tasks.due',
  'home.summary',
  'tasks.followUp',
] as const;

export type ApiMethodName = (typeof API_METHODS)[number];

export function isApiMethodName(value: unknown): value is ApiMethodName {
  return typeof value === 'string' && (API_METHODS as readonly string[]).includes(value);
}
