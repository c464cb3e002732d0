import { Button, Group, NumberInput, Paper, Stack, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { type AppSettings, SETTINGS_LABELS } from '@shared/contract/settings';
import { call } from '../../api/client';
import { notifyError, notifySaved } from '../../components/notify';
import { vi } from '../../locale/vi';

/** The administrator's settings (attachment size limit, and what later features add). */
export function SettingsForm() {
  const [settings, setSettings] = useState<AppSettings | null>(null);
  const [isSaving, setSaving] = useState(false);
  useEffect(() => {
    call('settings.get', {}).then(setSettings).catch(notifyError);
  }, []);
  if (!settings) return null;
  async function save() {
    if (!settings) return;
    setSaving(true);
    try {
      setSettings(await call('settings.update', settings));
      notifySaved();
    } catch (error) {
      notifyError(error);
    } finally {
      setSaving(false);
    }
  }
  return (
    <Paper withBorder p="lg" maw={900}>
      <Title order={4} mb="sm">
        {vi.settings.general}
      </Title>
      <Stack gap="sm">
        <NumberInput
          label={SETTINGS_LABELS.attachmentMaxMb}
          min={1}
          max={2000}
          allowDecimal={false}
          value={settings.attachmentMaxMb}
          onChange={(value) => setSettings({ ...settings, attachmentMaxMb: Number(value) || 1 })}
          maw={360}
          data-testid="settings-attachmentMaxMb"
        />
        <Group justify="flex-end">
          <Button onClick={() => void save()} loading={isSaving} data-testid="settings-save">
            {vi.app.save}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
