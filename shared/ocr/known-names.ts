import type { AgencyProfile, ExternalBodyRecord, UnitRecord } from '../contract/directory';

/**
 * The names OCR output is corrected against, from the directory: the agency (and its parent), the
 * units and the external bodies, with their aliases and abbreviations (abbreviations help judge a
 * ký hiệu such as "SYT-KHTC"). Inactive entries are left out; duplicates are dropped.
 */
export function knownNamesFromDirectory(directory: {
  agency?: Pick<AgencyProfile, 'name' | 'parentName' | 'abbreviation'> | null;
  units?: ReadonlyArray<Pick<UnitRecord, 'name' | 'abbreviation' | 'aliases' | 'isActive'>>;
  bodies?: ReadonlyArray<Pick<ExternalBodyRecord, 'name' | 'shortName' | 'aliases' | 'isActive'>>;
}): string[] {
  const names: Array<string | null | undefined> = [];
  const { agency, units = [], bodies = [] } = directory;
  if (agency) names.push(agency.name, agency.parentName, agency.abbreviation);
  for (const unit of units) if (unit.isActive) names.push(unit.name, unit.abbreviation, ...unit.aliases);
  for (const body of bodies) if (body.isActive) names.push(body.name, body.shortName, ...body.aliases);
  const seen = new Set<string>();
  const out: string[] = [];
  for (const name of names) {
    const clean = name?.normalize('NFC').replace(/\s+/g, ' ').trim() ?? '';
    if (clean !== '' && !seen.has(clean)) {
      seen.add(clean);
      out.push(clean);
    }
  }
  return out;
}
