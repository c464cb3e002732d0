import { Alert, Anchor, Button, Drawer, Group, Loader, Stack, TextInput, Title } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { useEffect, useState } from 'react';
import type { OutgoingRecord } from '@shared/contract/outgoing';
import { formatDateVi } from '@shared/text/dates';
import { call, subscribe } from '../../api/client';
import { notifyError, notifySaved } from '../../components/notify';
import { vi } from '../../locale/vi';
import { useNav } from '../../stores/nav-store';
import { DATE_HINT, DATE_INPUT_PROPS } from '../incoming/date-input-props';
import { FieldTable } from '../../components/FieldTable';
import { HistoryTimeline } from '../../components/HistoryTimeline';

/** One issued document: read-only fields, its files, the register's own annotations, its history. */
export function OutgoingDetailDrawer(props: { id: number; onClose(): void }) {
  const [record, setRecord] = useState<OutgoingRecord | null>(null);
  const [note, setNote] = useState('');
  const [transferred, setTransferred] = useState<string | null>(null);
  const navigate = useNav((s) => s.navigate);
  const { id } = props;
  useEffect(() => {
    const load = () =>
      call('outgoing.get', { id })
        .then((r) => {
          setRecord(r);
          setNote(r.note ?? '');
          setTransferred(r.transferredDate);
        })
        .catch(notifyError);
    void load();
    return subscribe('outgoing.changed', (event) => event.id === id && void load());
  }, [id]);
  const t = vi.outgoingDetail;
  const c = vi.outgoing.columns;
  if (!record)
    return (
      <Drawer opened onClose={props.onClose} position="right" size={720}>
        <Loader />
      </Drawer>
    );
  const rows: Array<[string, React.ReactNode]> = [
    [t.series, record.seriesName],
    [c.numberAndSymbol, <b key="n">{record.numberAndSymbol}</b>],
    [c.docDate, formatDateVi(record.docDate)],
    [vi.outgoingForm.kind, record.kind],
    [vi.outgoingForm.subject, record.subject],
    [c.signer, record.signer ?? ''],
    [c.recipients, record.recipients.join('; ')],
    [c.archiveHolder, record.archiveHolder ?? ''],
    [c.copies, record.copies ?? ''],
    [t.draftingUnit, record.draftingUnitName ?? ''],
    [
      t.replyTo,
      record.replyTo ? (
        <Anchor
          key="r"
          onClick={() => navigate('incoming', [], { id: String(record.replyTo?.id) })}
        >{`${record.replyTo.numberAndSymbol} (số đến ${record.replyTo.number}/${record.replyTo.year})`}</Anchor>
      ) : (
        ''
      ),
    ],
  ];
  return (
    <Drawer opened onClose={props.onClose} position="right" size={720} title={<Title order={4}>{t.title(record.numberAndSymbol)}</Title>}>
      <Stack data-testid="outgoing-detail">
        <Alert color="gray" variant="light">
          {t.readOnly}
        </Alert>
        <FieldTable rows={rows} labelWidth={200} />
        <Title order={5}>{t.files}</Title>
        {record.files.length === 0
          ? vi.outgoingDetail.noFiles
          : record.files.map((f) => (
              <Group key={f.id} gap="xs">
                <Anchor href={`${f.url}&download=1`}>
                  {t.roles[f.role]}: {f.name}
                </Anchor>
              </Group>
            ))}
        <Title order={5}>{t.annotate}</Title>
        <Group align="flex-end">
          <TextInput label={c.note} value={note} onChange={(e) => setNote(e.currentTarget.value)} w={320} />
          <DateInput
            label={c.transferredDate}
            {...DATE_INPUT_PROPS}
            placeholder={DATE_HINT}
            value={transferred}
            onChange={setTransferred}
            w={160}
          />
          <Button
            variant="light"
            onClick={() =>
              call('outgoing.annotate', { id: record.id, note, transferredDate: transferred })
                .then(() => notifySaved())
                .catch(notifyError)
            }
          >
            {t.saveAnnotation}
          </Button>
        </Group>
        <Title order={5}>{t.history}</Title>
        <HistoryTimeline history={record.history} actionLabels={t.historyActions} />
      </Stack>
    </Drawer>
  );
}
