import { Box, ScrollArea, Text } from '@mantine/core';
import { useEffect, useMemo, useRef } from 'react';
import type { FieldSpan } from '@shared/extract';

interface Mark {
  key: string;
  span: FieldSpan;
  kind: 'field' | 'task' | 'low';
}

/** Non-overlapping marks in text order: the first (outermost) wins where spans overlap. */
function layout(marks: readonly Mark[], length: number): Mark[] {
  const sorted = [...marks]
    .filter((m) => m.span.end > m.span.start && m.span.start >= 0 && m.span.end <= length)
    .sort((a, b) => a.span.start - b.span.start || b.span.end - a.span.end);
  const out: Mark[] = [];
  let end = 0;
  for (const mark of sorted) {
    if (mark.span.start < end) continue;
    out.push(mark);
    end = mark.span.end;
  }
  return out;
}

const COLORS = { field: 'var(--mantine-color-yellow-2)', task: 'var(--mantine-color-blue-0)', low: 'transparent' } as const;

/**
 * The document's text with what was read from it highlighted: fields in yellow, tasks in blue,
 * doubtful OCR lines underlined in orange. The active field (hovered or focused in the form) is
 * outlined and scrolled into view.
 */
export function DocumentText(props: {
  text: string;
  spans: Record<string, FieldSpan>;
  lowConfidence: ReadonlyArray<{ start: number; end: number; confidence: number }>;
  activeKey: string | null;
}) {
  const boxRef = useRef<HTMLDivElement | null>(null);
  const marks = useMemo(() => {
    const all: Mark[] = Object.entries(props.spans)
      .filter(([key]) => !/^tasks\.\d+\./.test(key) && !key.startsWith('references.'))
      .map(([key, span]) => ({ key, span, kind: key.startsWith('tasks.') ? 'task' : 'field' }));
    props.lowConfidence.forEach((line, i) => {
      all.push({ key: `low.${i}`, span: { start: line.start, end: line.end, confidence: line.confidence / 100 }, kind: 'low' });
    });
    return layout(all, props.text.length);
  }, [props.spans, props.lowConfidence, props.text]);
  const { activeKey } = props;
  useEffect(() => {
    if (activeKey === null) return;
    boxRef.current?.querySelector(`[data-span="${activeKey}"]`)?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  }, [activeKey]);

  const parts: React.ReactNode[] = [];
  let at = 0;
  for (const mark of marks) {
    if (mark.span.start > at) parts.push(props.text.slice(at, mark.span.start));
    const isActive = props.activeKey !== null && mark.key === props.activeKey;
    parts.push(
      <mark
        key={mark.key}
        data-span={mark.key}
        style={{
          background: COLORS[mark.kind],
          borderBottom: mark.kind === 'low' ? '2px solid var(--mantine-color-orange-6)' : undefined,
          outline: isActive ? '2px solid var(--mantine-color-blue-6)' : undefined,
          borderRadius: 2,
          color: 'inherit',
        }}
      >
        {props.text.slice(mark.span.start, mark.span.end)}
      </mark>,
    );
    at = mark.span.end;
  }
  if (at < props.text.length) parts.push(props.text.slice(at));

  return (
    <ScrollArea h="calc(100vh - 230px)" type="auto" offsetScrollbars data-testid="intake-document">
      <Box p="sm" ref={boxRef} style={{ fontFamily: 'Tinos, "Times New Roman", serif', fontSize: 15, lineHeight: 1.5 }}>
        <Text component="div" style={{ whiteSpace: 'pre-wrap', font: 'inherit' }}>
          {parts}
        </Text>
      </Box>
    </ScrollArea>
  );
}
