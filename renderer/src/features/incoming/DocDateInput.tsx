import { Checkbox, Stack, TextInput } from '@mantine/core';
import { DateInput } from '@mantine/dates';
import { useState } from 'react';
import { vi } from '../../locale/vi';
import { DATE_HINT, DATE_INPUT_PROPS } from './date-input-props';

function parseMonth(text: string): string | null {
  const m = /^\s*(\d{1,2})\s*[/.-]\s*(\d{4})\s*$/.exec(text);
  if (!m) return null;
  const month = Number(m[1]);
  return month >= 1 && month <= 12 ? `${m[2]}-${String(month).padStart(2, '0')}` : null;
}

/**
 * Ngày văn bản: a full date, or only month and year for a document printed with a blank day
 * ("ngày   tháng 9 năm 2023"), typed as mm/yyyy and stored as 'YYYY-MM'.
 */
export function DocDateInput(props: {
  value: string | null;
  error?: React.ReactNode;
  /** Replaces the default label (Tiếp nhận adds its source mark). */
  label?: React.ReactNode;
  onChange(value: string | null): void;
}) {
  const isMonthValue = props.value !== null && /^\d{4}-\d{2}$/.test(props.value);
  const [isMonthOnly, setMonthOnly] = useState(isMonthValue);
  const [monthText, setMonthText] = useState(isMonthValue && props.value ? `${props.value.slice(5, 7)}/${props.value.slice(0, 4)}` : '');
  const t = vi.incomingForm;
  return (
    <Stack gap={2}>
      {isMonthOnly ? (
        <TextInput
          label={props.label ?? t.docDate}
          withAsterisk
          placeholder="mm/yyyy"
          value={monthText}
          onChange={(e) => {
            setMonthText(e.currentTarget.value);
            props.onChange(parseMonth(e.currentTarget.value));
          }}
          error={props.error}
          data-testid="incoming-docMonth"
        />
      ) : (
        <DateInput
          label={props.label ?? t.docDate}
          withAsterisk
          {...DATE_INPUT_PROPS}
          placeholder={DATE_HINT}
          value={props.value}
          onChange={props.onChange}
          error={props.error}
          data-testid="incoming-docDate"
        />
      )}
      <Checkbox
        size="xs"
        label={t.monthOnly}
        checked={isMonthOnly}
        onChange={(e) => {
          setMonthOnly(e.currentTarget.checked);
          setMonthText('');
          props.onChange(null);
        }}
        data-testid="incoming-monthOnly"
      />
    </Stack>
  );
}
