import type { IncomingRecord, RegisterIncomingInput, StagedFile } from '@shared/contract/incoming';
import type { ReceiveMethod, SecrecyLevel, UrgencyLevel } from '@shared/domain/document-levels';

/** What the registration form holds: strings for inputs, ids as strings for selects. */
export interface IncomingFormValues {
  seriesId: string | null;
  receivedDate: string | null;
  issuerName: string;
  issuerId: number | null;
  numberAndSymbol: string;
  docDate: string | null;
  kind: string | null;
  subject: string;
  signerTitle: string;
  signerName: string;
  secrecy: SecrecyLevel | null;
  urgency: UrgencyLevel | null;
  pageCount: number | string;
  receiveMethod: ReceiveMethod;
  dueDate: string | null;
  recipientUnitId: string | null;
  recipientPersonId: string | null;
  recipientNote: string;
  transferredDate: string | null;
  note: string;
  attachments: StagedFile[];
}

export function emptyValues(today: string, seriesId: string | null): IncomingFormValues {
  return {
    seriesId,
    receivedDate: today,
    issuerName: '',
    issuerId: null,
    numberAndSymbol: '',
    docDate: null,
    kind: 'Công văn',
    subject: '',
    signerTitle: '',
    signerName: '',
    secrecy: null,
    urgency: null,
    pageCount: '',
    receiveMethod: 'giay',
    dueDate: null,
    recipientUnitId: null,
    recipientPersonId: null,
    recipientNote: '',
    transferredDate: null,
    note: '',
    attachments: [],
  };
}

export function valuesFromRecord(record: IncomingRecord): IncomingFormValues {
  return {
    seriesId: String(record.seriesId),
    receivedDate: record.receivedDate,
    issuerName: record.issuerName,
    issuerId: record.issuerId,
    numberAndSymbol: record.numberAndSymbol,
    docDate: record.docDate,
    kind: record.kind,
    subject: record.subject,
    signerTitle: record.signerTitle ?? '',
    signerName: record.signerName ?? '',
    secrecy: record.secrecy,
    urgency: record.urgency,
    pageCount: record.pageCount ?? '',
    receiveMethod: record.receiveMethod,
    dueDate: record.dueDate,
    recipientUnitId: record.recipientUnitId ? String(record.recipientUnitId) : null,
    recipientPersonId: record.recipientPersonId ? String(record.recipientPersonId) : null,
    recipientNote: record.recipientNote ?? '',
    transferredDate: record.transferredDate,
    note: record.note ?? '',
    attachments: [],
  };
}

const toId = (value: string | null) => (value ? Number(value) : null);

/** The API input for these values (the server validates again and has the last word). */
export function toInput(values: IncomingFormValues): RegisterIncomingInput & { docDate: string; kind: string } {
  return {
    seriesId: toId(values.seriesId),
    receivedDate: values.receivedDate,
    issuerName: values.issuerName,
    issuerId: values.issuerId,
    numberAndSymbol: values.numberAndSymbol,
    docDate: values.docDate ?? '',
    kind: values.kind ?? '',
    subject: values.subject,
    signerTitle: values.signerTitle,
    signerName: values.signerName,
    secrecy: values.secrecy,
    urgency: values.urgency,
    pageCount: values.pageCount === '' ? null : Number(values.pageCount),
    receiveMethod: values.receiveMethod,
    dueDate: values.dueDate,
    recipientUnitId: toId(values.recipientUnitId),
    recipientPersonId: toId(values.recipientPersonId),
    recipientNote: values.recipientNote,
    transferredDate: values.transferredDate,
    note: values.note,
    attachments: values.attachments.map((a) => ({ sha256: a.sha256, name: a.name })),
  };
}
