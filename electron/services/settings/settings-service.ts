import { type AppSettings, appSettingsSchema } from '@shared/contract/settings';
import { writeTransaction } from '../../db/connection';
import { getSetting, setSetting } from '../../db/repositories/settings-repository';
import type { ServiceContext } from '../context';

const KEY = 'app';

/** The stored settings over their defaults; unknown or damaged values fall back to the default. */
export function getSettings(ctx: ServiceContext): AppSettings {
  const stored = getSetting<Record<string, unknown>>(ctx.db, KEY) ?? {};
  const parsed = appSettingsSchema.safeParse(stored);
  return parsed.success ? parsed.data : appSettingsSchema.parse({});
}

export function updateSettings(ctx: ServiceContext, changes: Partial<AppSettings>): AppSettings {
  return writeTransaction(ctx.db, () => {
    const next = appSettingsSchema.parse({ ...getSettings(ctx), ...changes });
    setSetting(ctx.db, KEY, next, ctx.clock.now());
    return next;
  });
}

export function attachmentMaxBytes(ctx: ServiceContext): number {
  return getSettings(ctx).attachmentMaxMb * 1024 * 1024;
}
