import type { settingsContract } from '@shared/contract/settings';
import type { HandlersFor } from '../../api/handler-types';
import type { ServiceContext } from '../context';
import { getSettings, updateSettings } from './settings-service';

export function createSettingsHandlers(ctx: ServiceContext): HandlersFor<typeof settingsContract> {
  return {
    'settings.get': () => getSettings(ctx),
    'settings.update': (input) => updateSettings(ctx, input),
  };
}
