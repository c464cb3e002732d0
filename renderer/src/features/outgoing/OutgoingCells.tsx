import type { OutgoingSummary } from '@shared/contract/outgoing';
import { formatDateVi } from '@shared/text/dates';
import { DocumentMarks } from '../../components/DocumentMarks';
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
          <DocumentMarks urgency={row.urgency} secrecy={row.secrecy} />
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
