import type { FieldChange } from '@shared/contract/incoming';
import { displayFieldValue, INCOMING_FIELD_LABELS, type IncomingField } from '@shared/domain/incoming-fields';
import { splitNumberSymbol } from '@shared/domain/number-symbol';
import { AppError } from '@shared/errors';
import { isAfterDate } from '@shared/text/dates';
import { fold } from '@shared/text/fold';
import type { Db } from '../../db/connection';
import { findBodyIdByFoldedName, getBody } from '../../db/repositories/bodies-repository';
import type { IncomingFieldsRow } from '../../db/repositories/incoming-repository';
import { getPerson } from '../../db/repositories/people-repository';
import { getUnit } from '../../db/repositories/units-repository';

/** The validated form fields, before the service resolves defaults, the split number and the directory. */
export type IncomingFieldsInput = Omit<IncomingFieldsRow, 'receivedDate' | 'numberAndSymbol' | 'docNumber' | 'docSymbol'> & {
  receivedDate: string | null;
  numberAndSymbol: string | null;
};

/**
 * Resolves defaults and references: ngày đến defaults to today; số and ký hiệu are split from the
 * printed form; the issuer is linked to the directory entry of the same (folded) name or alias;
 * the receiving unit and person must exist. @throws VALIDATION, NOT_FOUND with a field message
 */
export function resolveFields(db: Db, input: IncomingFieldsInput, today: string): IncomingFieldsRow {
  const receivedDate = input.receivedDate ?? today;
  if (isAfterDate(input.docDate, receivedDate)) fieldError('docDate', 'Ngày văn bản không được sau ngày đến.');
  if (input.transferredDate && input.transferredDate < receivedDate)
    fieldError('transferredDate', 'Ngày chuyển không được trước ngày đến.');
  const printed = (input.numberAndSymbol ?? '').replace(/\s*\/\s*/, '/');
  const { number, symbol } = splitNumberSymbol(printed);
  let issuerId = input.issuerId;
  if (issuerId !== null && getBody(db, issuerId) === null)
    fieldError('issuerId', 'Cơ quan ban hành không còn trong danh mục.', 'NOT_FOUND');
  issuerId ??= findBodyIdByFoldedName(db, input.issuerName);
  if (input.recipientUnitId !== null && getUnit(db, input.recipientUnitId) === null) {
    fieldError('recipientUnitId', 'Đơn vị nhận không còn trong danh mục.', 'NOT_FOUND');
  }
  if (input.recipientPersonId !== null && getPerson(db, input.recipientPersonId) === null) {
    fieldError('recipientPersonId', 'Người nhận không còn trong danh mục.', 'NOT_FOUND');
  }
  return {
    ...input,
    receivedDate,
    issuerId,
    docNumber: number,
    docSymbol: symbol,
    numberAndSymbol: printed.trim(),
  };
}

export function foldedKeys(fields: { issuerName: string; numberAndSymbol: string }): { issuer: string; symbol: string } {
  return { issuer: fold(fields.issuerName), symbol: fold(fields.numberAndSymbol).replace(/\s+/g, '') };
}

function fieldError(field: string, message: string, code: 'VALIDATION' | 'NOT_FOUND' = 'VALIDATION'): never {
  throw new AppError(code, message, { fields: { [field]: message } });
}

/** Field-by-field differences, with Vietnamese labels and display values, for the history. */
export function diffFields(before: IncomingFieldsRow, after: IncomingFieldsRow): FieldChange[] {
  const changes: FieldChange[] = [];
  for (const field of Object.keys(INCOMING_FIELD_LABELS) as IncomingField[]) {
    const oldValue = before[field] ?? null;
    const newValue = after[field] ?? null;
    if (oldValue !== newValue) {
      changes.push({
        field,
        label: INCOMING_FIELD_LABELS[field],
        old: displayFieldValue(field, oldValue),
        new: displayFieldValue(field, newValue),
      });
    }
  }
  return changes;
}

/** The fields of a stored row, in the same shape the service writes. */
export function fieldsOfRecord(record: IncomingFieldsRow): IncomingFieldsRow {
  const fields = {} as Record<string, unknown>;
  const keys: Array<keyof IncomingFieldsRow> = [
    'receivedDate',
    'issuerId',
    'issuerName',
    'docNumber',
    'docSymbol',
    'numberAndSymbol',
    'docDate',
    'kind',
    'subject',
    'signerTitle',
    'signerName',
    'secrecy',
    'urgency',
    'pageCount',
    'receiveMethod',
    'dueDate',
    'recipientUnitId',
    'recipientPersonId',
    'recipientNote',
    'transferredDate',
    'note',
  ];
  for (const key of keys) fields[key] = record[key];
  return fields as unknown as IncomingFieldsRow;
}
