import { isoParts } from '@shared/text/dates';
import type { Db } from '../../electron/db/connection';
import { upsertAgency } from '../../electron/db/repositories/agency-repository';
import { insertBody } from '../../electron/db/repositories/bodies-repository';
import { insertFile, insertIncomingAttachment, setFileText } from '../../electron/db/repositories/files-repository';
import { insertIncomingHistory } from '../../electron/db/repositories/incoming-history-repository';
import { insertIncoming } from '../../electron/db/repositories/incoming-repository';
import { insertPerson } from '../../electron/db/repositories/people-repository';
import { takeNextNumber } from '../../electron/db/repositories/series-repository';
import * as tasks from '../../electron/db/repositories/tasks-repository';
import { TASK_STATUS_LABELS } from '@shared/domain/task-status';
import { formatDateVi } from '@shared/text/dates';
import { insertUnit } from '../../electron/db/repositories/units-repository';
import { chooseSeries } from '../../electron/services/incoming/incoming-service';
import { foldedKeys, resolveFields } from '../../electron/services/incoming/incoming-fields';
import { resolveTask } from '../../electron/services/tasks/task-fields';
import { AGENCY, BODIES, FAMILY_NAMES, GIVEN_NAMES, MIDDLE_NAMES, UNITS } from './directory-data';
import type { DirectoryIds, GeneratedDocument } from './documents';
import type { Random } from './random';

/** The actor written into created_by and the histories of generated rows. */
export const GENERATOR_ACTOR = 'van.thu';

/** The agency, its units and staff, and the external bodies, through the directory's repositories. */
export function writeDirectory(db: Db, random: Random, now: number): DirectoryIds {
  upsertAgency(db, { ...AGENCY, organId: null, address: null, phone: null, email: null, website: null }, now);
  const units = UNITS.map(([name, abbreviation]) => ({ id: insertUnit(db, { name, abbreviation }, now), name }));
  for (const unit of units) {
    for (let k = 0; k < 4; k++) {
      const fullName = `${random.pick(FAMILY_NAMES)} ${random.pick(MIDDLE_NAMES)} ${random.pick(GIVEN_NAMES)}`;
      insertPerson(db, { fullName, title: k === 0 ? 'Trưởng phòng' : 'Chuyên viên', unitId: unit.id }, now);
    }
  }
  const bodies = BODIES.map((spec) => ({ id: insertBody(db, { name: spec.name, shortName: spec.code, organId: null }, now), spec }));
  return { bodies, units };
}

/**
 * Writes one document as incoming.register would (same resolution, numbering, rows and history),
 * without the per-record index sync: the generator builds the index once at the end. The replay
 * test proves both paths give identical tables and index.
 */
export function writeDocument(db: Db, doc: GeneratedDocument): number {
  const { input, now } = doc;
  if (doc.file) {
    insertFile(db, doc.file, now);
    setFileText(db, doc.file.sha256, doc.file.text);
  }
  const fields = resolveFields(db, input, input.receivedDate ?? '');
  const series = chooseSeries(db, input.seriesId, fields.secrecy !== null);
  const year = isoParts(fields.receivedDate).year;
  const number = takeNextNumber(db, series.id, year);
  const id = insertIncoming(db, {
    seriesId: series.id,
    year,
    number,
    fields,
    folded: foldedKeys(fields),
    extractionJson: input.extractionJson,
    isImported: false,
    importKey: null,
    actor: GENERATOR_ACTOR,
    now,
  });
  for (const file of input.attachments) insertIncomingAttachment(db, id, file.sha256, file.name, now);
  insertIncomingHistory(db, { documentId: id, at: now, actor: GENERATOR_ACTOR, action: 'create', changes: [] });
  const taskIds = input.tasks.map((task, position) => {
    const resolved = resolveTask(db, task);
    const taskId = tasks.insertTask(db, { ...resolved.fields, incomingId: id, position, actor: GENERATOR_ACTOR, now });
    tasks.replaceTaskParties(db, taskId, 'phoi_hop', resolved.cooperating);
    tasks.replaceTaskParties(db, taskId, 'de_biet', resolved.informed);
    tasks.insertTaskHistory(db, { taskId, at: now, actor: GENERATOR_ACTOR, action: 'create', changes: [] });
    return taskId;
  });
  taskIds.forEach((taskId, position) => {
    const completedDate = doc.completions[position];
    if (completedDate) completeTask(db, taskId, completedDate, now);
  });
  return id;
}

/** What the service's "Hoàn thành" writes (tasks.transition): the state, the date and the history line. */
function completeTask(db: Db, taskId: number, completedDate: string, now: number): void {
  tasks.setTaskStatus(db, taskId, { status: 'hoan_thanh', reason: null, completedDate, resultNote: null, resultOutgoingId: null }, now);
  tasks.insertTaskHistory(db, {
    taskId,
    at: now,
    actor: GENERATOR_ACTOR,
    action: 'complete',
    changes: [
      { field: 'status', label: 'Trạng thái', old: TASK_STATUS_LABELS.chua_xu_ly, new: TASK_STATUS_LABELS.hoan_thanh },
      { field: 'completedDate', label: 'Ngày hoàn thành', old: null, new: formatDateVi(completedDate) },
    ],
  });
}
