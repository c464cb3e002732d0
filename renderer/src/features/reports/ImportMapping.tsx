import { Select, SimpleGrid } from '@mantine/core';
import type { ImportPreview } from '@shared/contract/imports';
import { vi } from '../../locale/vi';

/** One select per field of the register: which column of the file fills it. */
export function ImportMapping(props: { preview: ImportPreview; onChange: (mapping: ImportPreview['mapping']) => void }) {
  const t = vi.reports.import;
  const { preview } = props;
  const columns = [
    { value: '-1', label: t.notMapped },
    ...preview.headers.map((title, i) => ({ value: String(i), label: t.column(i + 1, title) })),
  ];
  return (
    <SimpleGrid cols={{ base: 2, lg: 3 }} data-testid="import-mapping">
      {preview.fields.map((field) => {
        const current = preview.mapping[field.key];
        return (
          <Select
            key={field.key}
            label={field.isRequired ? `${field.label} (${t.required})` : field.label}
            data={columns}
            value={current === undefined || current === null ? '-1' : String(current)}
            allowDeselect={false}
            onChange={(value) =>
              props.onChange({ ...preview.mapping, [field.key]: value === null || value === '-1' ? null : Number(value) })
            }
          />
        );
      })}
    </SimpleGrid>
  );
}
