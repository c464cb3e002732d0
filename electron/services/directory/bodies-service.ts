import type { ExternalBodyRecord, NameMatch } from '@shared/contract/directory';
import { matchOrgName } from '@shared/domain/org-names';
import { AppError } from '@shared/errors';
import { sortByVi } from '@shared/text/collate';
import { fold } from '@shared/text/fold';
import { writeTransaction } from '../../db/connection';
import * as bodies from '../../db/repositories/bodies-repository';
import type { ServiceContext } from '../context';
import { mustExist } from './directory-service';

export interface BodyInput extends bodies.BodyFields {
  aliases: string[];
}

export function listBodies(ctx: ServiceContext, input: { includeInactive: boolean; query: string | null }): ExternalBodyRecord[] {
  let rows = bodies.listBodies(ctx.db, input.includeInactive);
  if (input.query) {
    const q = fold(input.query);
    rows = rows.filter((b) => [b.name, b.shortName, ...b.aliases].some((t) => t !== null && fold(t).includes(q)));
  }
  return sortByVi(rows, (b) => b.name);
}

/** @throws DUPLICATE when the name or one of its aliases already names another body. */
export function createBody(ctx: ServiceContext, input: BodyInput): ExternalBodyRecord {
  const record = writeTransaction(ctx.db, () => {
    assertNamesFree(ctx, [input.name, ...input.aliases], null);
    const now = ctx.clock.now();
    const id = bodies.insertBody(ctx.db, input, now);
    bodies.replaceBodyAliases(ctx.db, id, input.aliases, now);
    return bodies.getBody(ctx.db, id);
  });
  ctx.events.emit('directory.changed', { entity: 'bodies' });
  return mustExist(record, 'cơ quan');
}

export function updateBody(ctx: ServiceContext, input: BodyInput & { id: number }): ExternalBodyRecord {
  const record = writeTransaction(ctx.db, () => {
    mustExist(bodies.getBody(ctx.db, input.id), 'cơ quan');
    assertNamesFree(ctx, [input.name, ...input.aliases], input.id);
    const now = ctx.clock.now();
    bodies.updateBodyRow(ctx.db, input.id, input, now);
    bodies.replaceBodyAliases(ctx.db, input.id, input.aliases, now);
    return bodies.getBody(ctx.db, input.id);
  });
  ctx.events.emit('directory.changed', { entity: 'bodies' });
  return mustExist(record, 'cơ quan');
}

export function setBodyActive(ctx: ServiceContext, input: { id: number; isActive: boolean }): ExternalBodyRecord {
  const record = writeTransaction(ctx.db, () => {
    mustExist(bodies.getBody(ctx.db, input.id), 'cơ quan');
    bodies.setBodyActive(ctx.db, input.id, input.isActive, ctx.clock.now());
    return bodies.getBody(ctx.db, input.id);
  });
  ctx.events.emit('directory.changed', { entity: 'bodies' });
  return mustExist(record, 'cơ quan');
}

/** Autocomplete and document matching: folded prefix/substring hits first, then fuzzy name matches. */
export function matchBodies(ctx: ServiceContext, input: { name: string; limit?: number | undefined }): NameMatch[] {
  const limit = input.limit ?? 10;
  const all = bodies.listBodies(ctx.db, false);
  const q = fold(input.name);
  const direct: NameMatch[] = [];
  for (const body of all) {
    const names = [body.name, body.shortName, ...body.aliases].filter((n): n is string => n !== null);
    const hit = names.find((n) => fold(n) === q) ?? names.find((n) => fold(n).startsWith(q)) ?? names.find((n) => fold(n).includes(q));
    if (hit) direct.push({ id: body.id, name: body.name, score: fold(hit) === q ? 1 : 0.8, matchedOn: hit });
  }
  const fuzzy = matchOrgName(input.name, all, { limit, minScore: 0.55 });
  const merged = new Map<number, NameMatch>();
  for (const m of [...direct, ...fuzzy]) {
    const prev = merged.get(m.id);
    if (!prev || prev.score < m.score) merged.set(m.id, m);
  }
  return [...merged.values()].sort((a, b) => b.score - a.score || a.name.localeCompare(b.name, 'vi')).slice(0, limit);
}

export function addBodyAlias(ctx: ServiceContext, input: { id: number; alias: string }): ExternalBodyRecord {
  const record = writeTransaction(ctx.db, () => {
    mustExist(bodies.getBody(ctx.db, input.id), 'cơ quan');
    assertNamesFree(ctx, [input.alias], input.id);
    bodies.addBodyAlias(ctx.db, input.id, input.alias, ctx.clock.now());
    return bodies.getBody(ctx.db, input.id);
  });
  ctx.events.emit('directory.changed', { entity: 'bodies' });
  return mustExist(record, 'cơ quan');
}

function assertNamesFree(ctx: ServiceContext, names: readonly string[], ownId: number | null): void {
  for (const name of names) {
    const existing = bodies.findBodyIdByFoldedName(ctx.db, name);
    if (existing !== null && existing !== ownId) {
      const other = bodies.getBody(ctx.db, existing);
      throw new AppError('DUPLICATE', `Tên "${name}" đã dùng cho cơ quan "${other?.name ?? ''}".`);
    }
  }
}
