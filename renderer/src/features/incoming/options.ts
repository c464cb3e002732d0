import { DOCUMENT_KIND_NAMES } from '@shared/domain/document-kinds';
import {
  RECEIVE_METHOD_LABELS,
  RECEIVE_METHODS,
  SECRECY_LABELS,
  SECRECY_LEVELS,
  URGENCY_LABELS,
  URGENCY_LEVELS,
} from '@shared/domain/document-levels';
import { INCOMING_STATE_LABELS } from '@shared/domain/incoming-fields';

/** Select options for the register's forms and filters, labelled as clerks say them. */
export const KIND_OPTIONS = DOCUMENT_KIND_NAMES.map((name) => ({ value: name, label: name }));
export const URGENCY_OPTIONS = URGENCY_LEVELS.map((value) => ({ value, label: URGENCY_LABELS[value] }));
export const SECRECY_OPTIONS = SECRECY_LEVELS.map((value) => ({ value, label: SECRECY_LABELS[value] }));
export const RECEIVE_METHOD_OPTIONS = RECEIVE_METHODS.map((value) => ({ value, label: RECEIVE_METHOD_LABELS[value] }));
export const STATE_OPTIONS = (Object.keys(INCOMING_STATE_LABELS) as Array<keyof typeof INCOMING_STATE_LABELS>).map((value) => ({
  value,
  label: INCOMING_STATE_LABELS[value],
}));
