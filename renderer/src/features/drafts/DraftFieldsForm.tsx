import { Button, Group, Select, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { AUTHORITY_MARKERS, type Draft, SECRECY_LEVELS, URGENCY_LEVELS } from '@shared/drafting/draft-schema';
import { vi } from '../../locale/vi';
import { BodyEditor } from './BodyEditor';
import { LinesInput } from './LinesInput';

const t = vi.drafts.fields;

/** The structured parts of a draft, in the order they print; every change goes straight to the preview. */
export function DraftFieldsForm(props: { draft: Draft; isReadOnly: boolean; onChange(next: Draft): void }) {
  const { draft, isReadOnly } = props;
  const set = (patch: Partial<Draft>) => props.onChange({ ...draft, ...patch });
  const setHeader = (patch: Partial<Draft['header']>) => set({ header: { ...draft.header, ...patch } });
  const setSigner = (patch: Partial<Draft['signer']>) => set({ signer: { ...draft.signer, ...patch } });
  const ro = { readOnly: isReadOnly };
  return (
    <Stack gap="sm">
      <SimpleGrid cols={2} spacing="sm">
        <TextInput
          label={t.parentName}
          value={draft.header.parentName ?? ''}
          onChange={(e) => setHeader({ parentName: e.currentTarget.value || null })}
          {...ro}
        />
        <TextInput
          label={t.agencyName}
          value={draft.header.agencyName}
          onChange={(e) => setHeader({ agencyName: e.currentTarget.value })}
          {...ro}
        />
        <TextInput label={t.symbol} value={draft.header.symbol} onChange={(e) => setHeader({ symbol: e.currentTarget.value })} {...ro} />
        <TextInput label={t.place} value={draft.header.place} onChange={(e) => setHeader({ place: e.currentTarget.value })} {...ro} />
        <Select
          label={t.urgency}
          placeholder={t.none}
          data={[...URGENCY_LEVELS]}
          value={draft.header.urgency}
          onChange={(v) => setHeader({ urgency: v as Draft['header']['urgency'] })}
          clearable
          disabled={isReadOnly}
        />
        <Select
          label={t.secrecy}
          placeholder={t.none}
          data={[...SECRECY_LEVELS]}
          value={draft.header.secrecy}
          onChange={(v) => setHeader({ secrecy: v as Draft['header']['secrecy'] })}
          clearable
          disabled={isReadOnly}
        />
      </SimpleGrid>
      <Textarea
        label={draft.kind === 'Công văn' ? t.subjectCongVan : t.subject}
        autosize
        minRows={1}
        value={draft.subject}
        onChange={(e) => set({ subject: e.currentTarget.value.replace(/\n/g, ' ') })}
        data-testid="draft-subject"
        {...ro}
      />
      {draft.issuingAuthority !== null ? (
        <TextInput
          label={t.issuingAuthority}
          value={draft.issuingAuthority}
          onChange={(e) => set({ issuingAuthority: e.currentTarget.value })}
          {...ro}
        />
      ) : null}
      {draft.recipients ? (
        <SimpleGrid cols={2} spacing="sm">
          <TextInput
            label={t.recipientsLead}
            value={draft.recipients.lead}
            onChange={(e) => set({ recipients: { lead: e.currentTarget.value, items: draft.recipients?.items ?? [] } })}
            {...ro}
          />
          <LinesInput
            label={t.recipients}
            items={draft.recipients.items}
            readOnly={isReadOnly}
            onChange={(items) => set({ recipients: { lead: draft.recipients?.lead ?? '', items } })}
            testId="draft-recipients"
          />
        </SimpleGrid>
      ) : null}
      <LinesInput label={t.legalBases} items={draft.legalBases} readOnly={isReadOnly} onChange={(legalBases) => set({ legalBases })} />
      <div>
        <Text size="sm" fw={500}>
          {t.body}
        </Text>
        <Text size="xs" c="dimmed" mb={4}>
          {t.bodyHint}
        </Text>
        <BodyEditor body={draft.body} isReadOnly={isReadOnly} onChange={(body) => set({ body })} />
      </div>
      <Text size="sm" fw={500}>
        {t.authority}
      </Text>
      {draft.signer.authority.map((line, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: authority lines are positional (printed order) and have no identity of their own
        <Group key={i} gap="xs" wrap="nowrap">
          <Select
            data={[...AUTHORITY_MARKERS]}
            value={line.marker}
            onChange={(v) =>
              v && setSigner({ authority: draft.signer.authority.map((a, j) => (j === i ? { ...a, marker: v as typeof a.marker } : a)) })
            }
            w={100}
            allowDeselect={false}
            disabled={isReadOnly}
            aria-label={t.authority}
          />
          <TextInput
            value={line.onBehalfOf}
            onChange={(e) =>
              setSigner({ authority: draft.signer.authority.map((a, j) => (j === i ? { ...a, onBehalfOf: e.currentTarget.value } : a)) })
            }
            style={{ flex: 1 }}
            aria-label={t.authorityLine}
            {...ro}
          />
          <Button
            variant="subtle"
            color="red"
            size="xs"
            disabled={isReadOnly}
            onClick={() => setSigner({ authority: draft.signer.authority.filter((_, j) => j !== i) })}
          >
            ×
          </Button>
        </Group>
      ))}
      {draft.signer.authority.length < 3 && !isReadOnly ? (
        <Button
          variant="subtle"
          size="xs"
          w="fit-content"
          onClick={() => setSigner({ authority: [...draft.signer.authority, { marker: 'KT.', onBehalfOf: '' }] })}
        >
          {t.addAuthority}
        </Button>
      ) : null}
      <SimpleGrid cols={2} spacing="sm">
        <TextInput label={t.signerTitle} value={draft.signer.title} onChange={(e) => setSigner({ title: e.currentTarget.value })} {...ro} />
        <TextInput
          label={t.signerName}
          value={draft.signer.name}
          onChange={(e) => setSigner({ name: e.currentTarget.value })}
          data-testid="draft-signer-name"
          {...ro}
        />
      </SimpleGrid>
      <LinesInput
        label={t.distribution}
        items={draft.distribution}
        readOnly={isReadOnly}
        onChange={(distribution) => set({ distribution })}
      />
      <SimpleGrid cols={2} spacing="sm">
        <TextInput label={t.archive} value={draft.archive} onChange={(e) => set({ archive: e.currentTarget.value })} {...ro} />
        <TextInput
          label={t.drafterMark}
          value={draft.drafterMark ?? ''}
          onChange={(e) => set({ drafterMark: e.currentTarget.value || null })}
          {...ro}
        />
      </SimpleGrid>
    </Stack>
  );
}
