import type { AgencyProfile, AgencyProfileInput, NameMatch, PersonRecord, UnitRecord } from '@shared/contract/directory';
import { matchOrgName } from '@shared/domain/org-names';
import { AppError } from '@shared/errors';
import { sortByVi } from '@shared/text/collate';
import { fold } from '@shared/text/fold';
import { writeTransaction } from '../../db/connection';
import { getAgency, upsertAgency } from '../../db/repositories/agency-repository';
import * as people from '../../db/repositories/people-repository';
import * as units from '../../db/repositories/units-repository';
import type { ServiceContext } from '../context';

/** Saves the agency profile (first-run setup and later edits). */
export function saveAgency(ctx: ServiceContext, input: AgencyProfileInput): AgencyProfile {
  const saved = writeTransaction(ctx.db, () => {
    upsertAgency(ctx.db, input, ctx.clock.now());
    return getAgency(ctx.db);
  });
  if (!saved) throw new AppError('INTERNAL');
  ctx.events.emit('directory.changed', { entity: 'agency' });
  return saved;
}

function filterByQuery<T>(items: T[], query: string | null, texts: (item: T) => Array<string | null>): T[] {
  if (!query) return items;
  const q = fold(query);
  return items.filter((item) => texts(item).some((t) => t !== null && fold(t).includes(q)));
}

export function listUnits(ctx: ServiceContext, input: { includeInactive: boolean; query: string | null }): UnitRecord[] {
  const rows = units.listUnits(ctx.db, input.includeInactive);
  return sortByVi(
    filterByQuery(rows, input.query, (u) => [u.name, u.abbreviation, ...u.aliases]),
    (u) => u.name,
  );
}

/** @throws DUPLICATE when another unit has the same name (ignoring case and diacritics). */
export function createUnit(ctx: ServiceContext, input: { name: string; abbreviation: string | null; aliases: string[] }): UnitRecord {
  const record = writeTransaction(ctx.db, () => {
    if (units.findUnitIdByFoldedName(ctx.db, input.name) !== null) {
      throw new AppError('DUPLICATE', `Đã có đơn vị "${input.name}" trong danh mục.`);
    }
    const now = ctx.clock.now();
    const id = units.insertUnit(ctx.db, input, now);
    units.replaceUnitAliases(ctx.db, id, input.aliases, now);
    return units.getUnit(ctx.db, id);
  });
  ctx.events.emit('directory.changed', { entity: 'units' });
  return mustExist(record, 'đơn vị');
}

export function updateUnit(
  ctx: ServiceContext,
  input: { id: number; name: string; abbreviation: string | null; aliases: string[] },
): UnitRecord {
  const record = writeTransaction(ctx.db, () => {
    mustExist(units.getUnit(ctx.db, input.id), 'đơn vị');
    const sameName = units.findUnitIdByFoldedName(ctx.db, input.name);
    if (sameName !== null && sameName !== input.id) {
      throw new AppError('DUPLICATE', `Đã có đơn vị "${input.name}" trong danh mục.`);
    }
    const now = ctx.clock.now();
    units.updateUnitRow(ctx.db, input.id, input, now);
    units.replaceUnitAliases(ctx.db, input.id, input.aliases, now);
    return units.getUnit(ctx.db, input.id);
  });
  ctx.events.emit('directory.changed', { entity: 'units' });
  return mustExist(record, 'đơn vị');
}

export function setUnitActive(ctx: ServiceContext, input: { id: number; isActive: boolean }): UnitRecord {
  const record = writeTransaction(ctx.db, () => {
    mustExist(units.getUnit(ctx.db, input.id), 'đơn vị');
    units.setUnitActive(ctx.db, input.id, input.isActive, ctx.clock.now());
    return units.getUnit(ctx.db, input.id);
  });
  ctx.events.emit('directory.changed', { entity: 'units' });
  return mustExist(record, 'đơn vị');
}

/** Ranks active units for a name found in a document; the agency's own name may trail it. */
export function matchUnits(ctx: ServiceContext, input: { name: string; limit?: number | undefined }): NameMatch[] {
  const agency = getAgency(ctx.db);
  const owners = agency ? [agency.name, agency.abbreviation] : [];
  return matchOrgName(input.name, units.listUnits(ctx.db, false), { ownerNames: owners, limit: input.limit ?? 5 });
}

export function addUnitAlias(ctx: ServiceContext, input: { id: number; alias: string }): UnitRecord {
  const record = writeTransaction(ctx.db, () => {
    mustExist(units.getUnit(ctx.db, input.id), 'đơn vị');
    units.addUnitAlias(ctx.db, input.id, input.alias, ctx.clock.now());
    return units.getUnit(ctx.db, input.id);
  });
  ctx.events.emit('directory.changed', { entity: 'units' });
  return mustExist(record, 'đơn vị');
}

export function listPeople(ctx: ServiceContext, input: { includeInactive: boolean; query: string | null }): PersonRecord[] {
  const rows = people.listPeople(ctx.db, input.includeInactive);
  return sortByVi(
    filterByQuery(rows, input.query, (p) => [p.fullName, p.title, p.unitName]),
    (p) => p.fullName,
  );
}

export function createPerson(ctx: ServiceContext, input: people.PersonFields): PersonRecord {
  const record = writeTransaction(ctx.db, () => {
    assertUnitExists(ctx, input.unitId);
    const id = people.insertPerson(ctx.db, input, ctx.clock.now());
    return people.getPerson(ctx.db, id);
  });
  ctx.events.emit('directory.changed', { entity: 'people' });
  return mustExist(record, 'cán bộ');
}

export function updatePerson(ctx: ServiceContext, input: people.PersonFields & { id: number }): PersonRecord {
  const record = writeTransaction(ctx.db, () => {
    mustExist(people.getPerson(ctx.db, input.id), 'cán bộ');
    assertUnitExists(ctx, input.unitId);
    people.updatePersonRow(ctx.db, input.id, input, ctx.clock.now());
    return people.getPerson(ctx.db, input.id);
  });
  ctx.events.emit('directory.changed', { entity: 'people' });
  return mustExist(record, 'cán bộ');
}

export function setPersonActive(ctx: ServiceContext, input: { id: number; isActive: boolean }): PersonRecord {
  const record = writeTransaction(ctx.db, () => {
    mustExist(people.getPerson(ctx.db, input.id), 'cán bộ');
    people.setPersonActive(ctx.db, input.id, input.isActive, ctx.clock.now());
    return people.getPerson(ctx.db, input.id);
  });
  ctx.events.emit('directory.changed', { entity: 'people' });
  return mustExist(record, 'cán bộ');
}

function assertUnitExists(ctx: ServiceContext, unitId: number | null): void {
  if (unitId !== null && units.getUnit(ctx.db, unitId) === null) {
    throw new AppError('NOT_FOUND', 'Đơn vị đã chọn không còn trong danh mục.', { fields: { unitId: 'Đơn vị không tồn tại.' } });
  }
}

export function mustExist<T>(value: T | null, what: string): T {
  if (value === null) throw new AppError('NOT_FOUND', `Không tìm thấy ${what}.`);
  return value;
}
