import type { IncomingSummary } from '@shared/contract/incoming';
import { formatDateVi } from '@shared/text/dates';
import { DocumentMarks } from '../../components/DocumentMarks';
import { gridClasses as classes } from '../../components/virtual-grid/VirtualGrid';
import { vi } from '../../locale/vi';

/** The ten cells of one line of the sổ đăng ký văn bản đến; urgent and secret marks before the subject. */
export function RegisterCells(props: { row: IncomingSummary }) {
  const { row } = props;
  return (
    <>
      <div>{formatDateVi(row.receivedDate)}</div>
      <div className={classes.number}>{row.number}</div>
      <div>
        <span className={classes.clip}>{row.issuerName}</span>
      </div>
      <div>
        <span className={classes.clip}>{row.numberAndSymbol}</span>
      </div>
      <div>{formatDateVi(row.docDate)}</div>
      <div title={`${row.kind}: ${row.subject}`}>
        <span className={classes.clip}>
          <DocumentMarks urgency={row.urgency} secrecy={row.secrecy} extra={row.state === 'da_huy' ? vi.incoming.cancelled : null} />
          <span className={classes.kind}>{row.kind}</span> {row.subject}
        </span>
      </div>
      <div>
        <span className={classes.clip}>{row.recipient}</span>
      </div>
      <div>{formatDateVi(row.transferredDate)}</div>
      <div />
      <div>
        <span className={classes.clip}>{row.note}</span>
      </div>
    </>
  );
}

export function registerRowClass(row: IncomingSummary): string {
  return [row.urgency ? classes.urgent : '', row.state === 'da_huy' ? classes.cancelled : ''].join(' ');
}
