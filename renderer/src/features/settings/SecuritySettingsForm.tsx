import { Button, Group, NumberInput, Paper, SimpleGrid, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { type AppSettings, SETTINGS_LABELS } from '@shared/contract/settings';
import { call } from '../../api/client';
import { notifyError, notifySaved } from '../../components/notify';
import { vi } from '../../locale/vi';

type SecurityKey = 'idleLockMinutes' | 'loginMaxAttempts' | 'lockoutMinutes';
const FIELDS: ReadonlyArray<{ key: SecurityKey; min: number; max: number }> = [
  { key: 'idleLockMinutes', min: 0, max: 480 },
  { key: 'loginMaxAttempts', min: 3, max: 20 },
  { key: 'lockoutMinutes', min: 1, max: 1440 },
];

/** Idle lock and lockout after wrong passwords (administrator). */
export function SecuritySettingsForm() {
  const [settings, setSettings] = useState<AppSettings | null>(null);
  useEffect(() => {
    call('settings.get', {}).then(setSettings).catch(notifyError);
  }, []);
  if (!settings) return null;
  async function save() {
    if (!settings) return;
    try {
      const { idleLockMinutes, loginMaxAttempts, lockoutMinutes } = settings;
      setSettings(await call('settings.update', { idleLockMinutes, loginMaxAttempts, lockoutMinutes }));
      notifySaved();
    } catch (error) {
      notifyError(error);
    }
  }
  return (
    <Paper withBorder p="lg">
      <Title order={4} mb="sm">
        {vi.settings.security}
      </Title>
      <SimpleGrid cols={{ base: 1, md: 3 }}>
        {FIELDS.map(({ key, min, max }) => (
          <NumberInput
            key={key}
            label={SETTINGS_LABELS[key]}
            min={min}
            max={max}
            allowDecimal={false}
            value={settings[key]}
            onChange={(value) => setSettings({ ...settings, [key]: Number(value) || min })}
            data-testid={`settings-${key}`}
          />
        ))}
      </SimpleGrid>
      <Group justify="flex-end" mt="sm">
        <Button onClick={() => void save()}>{vi.app.save}</Button>
      </Group>
    </Paper>
  );
}
