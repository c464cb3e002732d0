import type { z } from 'zod';
import {
  addAliasInput,
  agencyProfileInput,
  externalBodyInput,
  listDirectoryInput,
  matchNameInput,
  personInput,
  setActiveInput,
  unitInput,
  updateExternalBodyInput,
  updatePersonInput,
  updateUnitInput,
} from '../schemas/directory-schema';
import { EMPTY_INPUT } from '../schemas/common';
import { method, returns } from './define';

export type AgencyProfileInput = z.output<typeof agencyProfileInput>;

/** Hồ sơ cơ quan: what the header of every document and register prints. */
export interface AgencyProfile extends AgencyProfileInput {
  updatedAt: number;
}

export interface UnitRecord {
  id: number;
  name: string;
  abbreviation: string | null;
  aliases: string[];
  isActive: boolean;
  createdAt: number;
  updatedAt: number;
}

export interface PersonRecord {
  id: number;
  fullName: string;
  title: string | null;
  unitId: number | null;
  unitName: string | null;
  isActive: boolean;
  createdAt: number;
  updatedAt: number;
}

export interface ExternalBodyRecord {
  id: number;
  name: string;
  shortName: string | null;
  organId: string | null;
  aliases: string[];
  isActive: boolean;
  createdAt: number;
  updatedAt: number;
}

/** A directory entry matched from a name found in a document, best first. */
export interface NameMatch {
  id: number;
  name: string;
  /** 1 for an exact (folded) name or alias, lower for fuzzy matches. */
  score: number;
  matchedOn: string;
}

/** Danh mục: the agency profile, its units and people, and the external bodies that send documents. */
export const directoryContract = {
  /** The agency profile, or null before the first-run setup. */
  'agency.get': method({ input: EMPTY_INPUT, output: returns<AgencyProfile | null>(), permission: 'session', isWrite: false }),
  /** Creates or updates the agency profile. */
  'agency.save': method({ input: agencyProfileInput, output: returns<AgencyProfile>(), permission: 'directory.manage', isWrite: true }),
  /** Units (phòng, ban) sorted in Vietnamese order. */
  'units.list': method({ input: listDirectoryInput, output: returns<UnitRecord[]>(), permission: 'session', isWrite: false }),
  'units.create': method({ input: unitInput, output: returns<UnitRecord>(), permission: 'directory.manage', isWrite: true }),
  'units.update': method({ input: updateUnitInput, output: returns<UnitRecord>(), permission: 'directory.manage', isWrite: true }),
  /** Deactivates or reactivates a unit; a unit is never hard-deleted once documents reference it. */
  'units.setActive': method({ input: setActiveInput, output: returns<UnitRecord>(), permission: 'directory.manage', isWrite: true }),
  /** Units whose name, abbreviation or alias matches a name found in a document. */
  'units.match': method({ input: matchNameInput, output: returns<NameMatch[]>(), permission: 'session', isWrite: false }),
  /** Remembers a name found in a document as an alias of a unit. */
  'units.addAlias': method({ input: addAliasInput, output: returns<UnitRecord>(), permission: 'incoming.register', isWrite: true }),
  'people.list': method({ input: listDirectoryInput, output: returns<PersonRecord[]>(), permission: 'session', isWrite: false }),
  'people.create': method({ input: personInput, output: returns<PersonRecord>(), permission: 'directory.manage', isWrite: true }),
  'people.update': method({ input: updatePersonInput, output: returns<PersonRecord>(), permission: 'directory.manage', isWrite: true }),
  'people.setActive': method({ input: setActiveInput, output: returns<PersonRecord>(), permission: 'directory.manage', isWrite: true }),
  'bodies.list': method({ input: listDirectoryInput, output: returns<ExternalBodyRecord[]>(), permission: 'session', isWrite: false }),
  'bodies.create': method({
    input: externalBodyInput,
    output: returns<ExternalBodyRecord>(),
    permission: 'incoming.register',
    isWrite: true,
  }),
  'bodies.update': method({
    input: updateExternalBodyInput,
    output: returns<ExternalBodyRecord>(),
    permission: 'directory.manage',
    isWrite: true,
  }),
  'bodies.setActive': method({
    input: setActiveInput,
    output: returns<ExternalBodyRecord>(),
    permission: 'directory.manage',
    isWrite: true,
  }),
  /** External bodies matching a name (autocomplete on folded text, aliases included). */
  'bodies.match': method({ input: matchNameInput, output: returns<NameMatch[]>(), permission: 'session', isWrite: false }),
  'bodies.addAlias': method({
    input: addAliasInput,
    output: returns<ExternalBodyRecord>(),
    permission: 'incoming.register',
    isWrite: true,
  }),
};
