import { Autocomplete } from '@mantine/core';
import { useEffect, useState } from 'react';
import type { NameMatch } from '@shared/contract/directory';
import { tryCall } from '../../api/client';
import { vi } from '../../locale/vi';

/**
 * Tác giả: suggestions from the directory (names and aliases, folded: "ubnd dong nai" finds
 * "UBND tỉnh Đồng Nai"). Picking one links the directory entry; typing a new name adds it on save.
 */
export function IssuerAutocomplete(props: {
  value: string;
  error?: React.ReactNode;
  onChange(name: string, id: number | null): void;
  autoFocus?: boolean;
  /** Replaces the default label (Tiếp nhận adds its source mark). */
  label?: React.ReactNode;
}) {
  const [matches, setMatches] = useState<NameMatch[]>([]);
  const { value } = props;
  useEffect(() => {
    if (value.trim().length < 2) {
      setMatches([]);
      return;
    }
    const timer = setTimeout(async () => {
      const result = await tryCall('bodies.match', { name: value, limit: 8 });
      setMatches(result.data ?? []);
    }, 120);
    return () => clearTimeout(timer);
  }, [value]);
  const names = [...new Set(matches.map((m) => m.name))];
  return (
    <Autocomplete
      label={props.label ?? vi.incomingForm.issuer}
      placeholder={vi.incomingForm.issuerHint}
      withAsterisk
      data={names}
      filter={({ options }) => options}
      value={value}
      onChange={(name) => props.onChange(name, matches.find((m) => m.name === name)?.id ?? null)}
      error={props.error}
      autoFocus={props.autoFocus}
      data-testid="incoming-issuer"
    />
  );
}
