import type { FieldChange } from '@shared/contract/incoming';
import type { TaskRecord } from '@shared/contract/tasks';
import { matchOrgName } from '@shared/domain/org-names';
import { AppError } from '@shared/errors';
import { formatDateVi } from '@shared/text/dates';
import type { Db } from '../../db/connection';
import { getAgency } from '../../db/repositories/agency-repository';
import { getPerson } from '../../db/repositories/people-repository';
import type { TaskFieldsRow } from '../../db/repositories/tasks-repository';
import { getUnit, listUnits } from '../../db/repositories/units-repository';

export interface PartyIn {
  text: string;
  unitId: number | null;
}

/** An assignment as submitted: the row's fields plus its cooperating and informed parties. */
export interface TaskInput extends TaskFieldsRow {
  cooperating: PartyIn[];
  informed: PartyIn[];
}

/**
 * A party written in a document is linked to a unit only when the match is certain (its name, an
 * alias, or its abbreviation); anything less is left for the clerk to confirm on screen.
 */
export function resolveUnit(db: Db, party: PartyIn): number | null {
  if (party.unitId !== null) {
    if (!getUnit(db, party.unitId)) throw new AppError('NOT_FOUND', `Đơn vị "${party.text}" không còn trong danh mục.`);
    return party.unitId;
  }
  const agency = getAgency(db);
  const [best] = matchOrgName(party.text, listUnits(db, false), {
    ownerNames: agency ? [agency.name, agency.abbreviation] : [],
    limit: 1,
    minScore: 0.95,
  });
  return best?.id ?? null;
}

export function resolveTask(db: Db, input: TaskInput): { fields: TaskFieldsRow; cooperating: PartyIn[]; informed: PartyIn[] } {
  if (input.leadPersonId !== null && !getPerson(db, input.leadPersonId))
    throw new AppError('NOT_FOUND', 'Người xử lý không còn trong danh mục.');
  const leadUnitId = resolveUnit(db, { text: input.leadText, unitId: input.leadUnitId });
  const resolveAll = (parties: PartyIn[]) => parties.map((p) => ({ text: p.text, unitId: resolveUnit(db, p) }));
  return {
    fields: {
      source: input.source,
      sourceRef: input.sourceRef,
      content: input.content,
      instruction: input.instruction,
      leadText: input.leadText,
      leadUnitId,
      leadPersonId: input.leadPersonId,
      deadline: input.deadline,
      deadlineText: input.deadlineText,
    },
    cooperating: resolveAll(input.cooperating),
    informed: resolveAll(input.informed),
  };
}

const LABELS: Record<string, string> = {
  content: 'Nội dung',
  instruction: 'Ý kiến chỉ đạo',
  leadText: 'Đơn vị chủ trì',
  deadline: 'Hạn xử lý',
  deadlineText: 'Hạn (như văn bản ghi)',
  cooperating: 'Đơn vị phối hợp',
  informed: 'Đơn vị để biết',
  sourceRef: 'Mục',
};

/** Field-by-field changes of an edit, for the history. */
export function diffTask(before: TaskRecord, after: { fields: TaskFieldsRow; cooperating: PartyIn[]; informed: PartyIn[] }): FieldChange[] {
  const changes: FieldChange[] = [];
  const push = (field: string, oldValue: string | null, newValue: string | null) => {
    if ((oldValue ?? null) !== (newValue ?? null)) changes.push({ field, label: LABELS[field] ?? field, old: oldValue, new: newValue });
  };
  push('content', before.content, after.fields.content);
  push('instruction', before.instruction, after.fields.instruction);
  push('leadText', before.leadText, after.fields.leadText);
  push('sourceRef', before.sourceRef, after.fields.sourceRef);
  push(
    'deadline',
    before.deadline ? formatDateVi(before.deadline) : null,
    after.fields.deadline ? formatDateVi(after.fields.deadline) : null,
  );
  push('deadlineText', before.deadlineText, after.fields.deadlineText);
  const names = (parties: ReadonlyArray<{ text: string }>) => parties.map((p) => p.text).join('; ') || null;
  push('cooperating', names(before.cooperating), names(after.cooperating));
  push('informed', names(before.informed), names(after.informed));
  return changes;
}
