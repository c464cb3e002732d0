import type { HighlightedText } from '@shared/search/highlight';
import { Fragment } from 'react';

/** Text with the matched words in <mark>. */
export function Marked(props: { value: HighlightedText }) {
  const { text, marks } = props.value;
  const parts: Array<{ text: string; isMark: boolean; at: number }> = [];
  let at = 0;
  for (const [start, end] of marks) {
    if (start > at) parts.push({ text: text.slice(at, start), isMark: false, at });
    parts.push({ text: text.slice(start, end), isMark: true, at: start });
    at = end;
  }
  if (at < text.length) parts.push({ text: text.slice(at), isMark: false, at });
  return (
    <>
      {parts.map((part) =>
        part.isMark ? (
          <mark key={part.at} className="search-mark" style={{ background: 'var(--mantine-color-yellow-2)', padding: 0, borderRadius: 2 }}>
            {part.text}
          </mark>
        ) : (
          <Fragment key={part.at}>{part.text}</Fragment>
        ),
      )}
    </>
  );
}
