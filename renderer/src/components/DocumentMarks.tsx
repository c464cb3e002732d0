import { Badge } from '@mantine/core';
import type { SecrecyLevel, UrgencyLevel } from '@shared/domain/document-levels';
import { SECRECY_LABELS, URGENCY_LABELS } from '@shared/domain/document-levels';

/** The urgency and secrecy marks a document carries, red and purple, before its subject. */
export function DocumentMarks(props: { urgency: UrgencyLevel | null; secrecy: SecrecyLevel | null; extra?: string | null }) {
  return (
    <>
      {props.urgency ? (
        <Badge color="red" size="xs" mr={4} variant="filled">
          {URGENCY_LABELS[props.urgency]}
        </Badge>
      ) : null}
      {props.secrecy ? (
        <Badge color="grape" size="xs" mr={4} variant="filled">
          {SECRECY_LABELS[props.secrecy]}
        </Badge>
      ) : null}
      {props.extra ? (
        <Badge color="gray" size="xs" mr={4}>
          {props.extra}
        </Badge>
      ) : null}
    </>
  );
}
