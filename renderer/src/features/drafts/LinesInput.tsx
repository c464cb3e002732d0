import { Textarea } from '@mantine/core';
import { useEffect, useState } from 'react';
import { fromLines, toLines } from './draft-lines';

/**
 * A list edited one item per line. The text typed is kept as typed (so a new, still empty line
 * stays), and the list is sent on every change; a list changed from outside replaces the text.
 */
export function LinesInput(props: {
  label: string;
  items: readonly string[];
  readOnly: boolean;
  onChange(items: string[]): void;
  testId?: string;
}) {
  const [text, setText] = useState(toLines(props.items));
  useEffect(() => {
    setText((current) => (toLines(fromLines(current)) === toLines(props.items) ? current : toLines(props.items)));
  }, [props.items]);
  return (
    <Textarea
      label={props.label}
      autosize
      minRows={2}
      value={text}
      readOnly={props.readOnly}
      onChange={(e) => {
        setText(e.currentTarget.value);
        props.onChange(fromLines(e.currentTarget.value));
      }}
      data-testid={props.testId}
    />
  );
}
