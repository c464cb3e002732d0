import { Badge } from '@mantine/core';
import type { OutgoingSummary } from '@shared/contract/outgoing';
import { SECRECY_LABELS, URGENCY_LABELS } from '@shared/domain/document-levels';
import { formatDateVi } from '@shared/text/dates';
import { gridClasses as classes } from '../../components/virtual-grid/VirtualGrid';

/** The cells of one line of the sổ đăng ký văn bản đi. */
export function OutgoingCells(props: { row: OutgoingSummary }) {
  const { row } = props;
  return (
    <>
      <div className={classes.kind}>{row.numberAndSymbol}</div>
      <div>{formatDateVi(row.docDate)}</div>
      <div title={`${row.kind}: ${row.subject}`}>
        <span className={classes.clip}>
          {row.urgency ? (
            <Badge color="red" size="xs" mr={4} variant="filled">
              {URGENCY_LABELS[row.urgency]}
            </Badge>
          ) : null}
          {row.secrecy ? (
            <Badge color="grape" size="xs" mr={4} variant="filled">
              {SECRECY_LABELS[row.secrecy]}
            </Badge>
          ) : null}
          <span className={classes.kind}>{row.kind}</span> {row.subject}
        </span>
      </div>
      <div>
        <span className={classes.clip}>{row.signer}</span>
      </div>
      <div title={row.recipients.join('; ')}>
        <span className={classes.clip}>{row.recipients.join('; ')}</span>
      </div>
      <div>
        <span className={classes.clip}>{row.archiveHolder}</span>
      </div>
      <div className={classes.number}>{row.copies ?? ''}</div>
      <div>{formatDateVi(row.transferredDate)}</div>
      <div />
      <div>
        <span className={classes.clip}>{row.note}</span>
      </div>
    </>
  );
}
