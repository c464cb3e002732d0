import { Badge } from '@mantine/core';
import type { IncomingRecord } from '@shared/contract/incoming';
import { RECEIVE_METHOD_LABELS, SECRECY_LABELS, URGENCY_LABELS } from '@shared/domain/document-levels';
import { INCOMING_STATE_LABELS } from '@shared/domain/incoming-fields';
import { formatDateVi } from '@shared/text/dates';
import { FieldTable } from '../../components/FieldTable';
import { vi } from '../../locale/vi';

/** Every field of a registered document, labelled as on the register. */
export function IncomingFields(props: { record: IncomingRecord }) {
  const r = props.record;
  const c = vi.incoming.columns;
  const f = vi.incomingForm;
  const d = vi.incomingDetail;
  const rows: Array<[string, React.ReactNode]> = [
    [d.seriesName, r.seriesName],
    [c.number, <b key="n">{`${r.number}/${r.year}`}</b>],
    [c.receivedDate, formatDateVi(r.receivedDate)],
    [c.issuer, r.issuerName],
    [c.numberAndSymbol, r.numberAndSymbol],
    [c.docDate, formatDateVi(r.docDate)],
    [f.kind, r.kind],
    [f.subject, r.subject],
    [d.signer, [r.signerTitle, r.signerName].filter(Boolean).join(' ')],
    [
      f.urgency,
      r.urgency ? (
        <Badge key="u" color="red">
          {URGENCY_LABELS[r.urgency]}
        </Badge>
      ) : (
        f.none
      ),
    ],
    [
      f.secrecy,
      r.secrecy ? (
        <Badge key="s" color="grape">
          {SECRECY_LABELS[r.secrecy]}
        </Badge>
      ) : (
        f.none
      ),
    ],
    [d.pageCount, r.pageCount ?? ''],
    [d.receiveMethod, RECEIVE_METHOD_LABELS[r.receiveMethod]],
    [d.dueDate, formatDateVi(r.dueDate)],
    [c.recipient, r.recipient ?? ''],
    [c.transferredDate, formatDateVi(r.transferredDate)],
    [c.note, r.note ?? ''],
    [d.state, INCOMING_STATE_LABELS[r.state]],
  ];
  return <FieldTable rows={rows} testId="incoming-fields" />;
}
