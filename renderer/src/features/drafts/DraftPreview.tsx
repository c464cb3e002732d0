import { Paper, Text } from '@mantine/core';
import { useMemo } from 'react';
import type { Draft } from '@shared/drafting/draft-schema';
import { renderDraftHtml } from '@shared/drafting/render-html';
import { vi } from '../../locale/vi';

/** The live A4 page, in the exact layout the PDF prints (the same HTML), scaled to the column. */
export function DraftPreview(props: { draft: Draft }) {
  const html = useMemo(() => renderDraftHtml(props.draft), [props.draft]);
  return (
    <Paper withBorder p="xs" bg="gray.2">
      <Text size="xs" c="dimmed" mb={4}>
        {vi.drafts.preview}
      </Text>
      <div style={{ overflow: 'hidden', height: 760 }}>
        <iframe
          title={vi.drafts.preview}
          srcDoc={html}
          sandbox=""
          style={{ width: 794, height: 1123 * 3, border: 0, background: 'white', transform: 'scale(0.66)', transformOrigin: '0 0' }}
          data-testid="draft-preview"
        />
      </div>
    </Paper>
  );
}
