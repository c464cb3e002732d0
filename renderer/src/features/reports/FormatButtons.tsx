import { Button, Group } from '@mantine/core';
import { IconFileSpreadsheet, IconFileText, IconPrinter } from '@tabler/icons-react';
import type { ExportFormatName } from '@shared/contract/reports';
import { vi } from '../../locale/vi';

/** In PDF / Xuất Word / Xuất Excel. */
export function FormatButtons(props: { onExport: (format: ExportFormatName) => void; disabled?: boolean; testPrefix: string }) {
  const t = vi.reports.formats;
  const icons = { pdf: IconPrinter, docx: IconFileText, xlsx: IconFileSpreadsheet } as const;
  return (
    <Group gap="xs">
      {(['pdf', 'docx', 'xlsx'] as const).map((format) => {
        const Icon = icons[format];
        return (
          <Button
            key={format}
            variant={format === 'pdf' ? 'filled' : 'default'}
            leftSection={<Icon size={16} />}
            disabled={props.disabled}
            onClick={() => props.onExport(format)}
            data-testid={`${props.testPrefix}-${format}`}
          >
            {t[format]}
          </Button>
        );
      })}
    </Group>
  );
}
