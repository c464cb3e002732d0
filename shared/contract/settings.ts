import { z } from 'zod';
import { method, returns } from './define';

/**
 * Settings an administrator changes from Cài đặt; stored in the settings table, each key with its
 * default here. When adding one: add it to appSettingsSchema with a default and a Vietnamese label.
 */
export const appSettingsSchema = z.object({
  /** Largest attachment accepted, in MB (100 MB by default). */
  attachmentMaxMb: z.number().int().min(1, 'Dung lượng tối thiểu 1 MB.').max(2000, 'Dung lượng tối đa 2000 MB.').default(100),
  /** A task is "Sắp đến hạn" this many days before its deadline (and reminded). */
  dueSoonDays: z.number().int().min(1, 'Ít nhất 1 ngày.').max(60, 'Nhiều nhất 60 ngày.').default(7),
});

export type AppSettings = z.output<typeof appSettingsSchema>;

export const SETTINGS_LABELS: Record<keyof AppSettings, string> = {
  attachmentMaxMb: 'Dung lượng tối đa của một tệp đính kèm (MB)',
  dueSoonDays: 'Báo "Sắp đến hạn" trước hạn xử lý (số ngày)',
};

export const settingsContract = {
  /** Current settings (defaults filled in). */
  'settings.get': method({ input: z.object({}).strict(), output: returns<AppSettings>(), permission: 'session', isWrite: false }),
  /** Changes some settings. */
  'settings.update': method({
    input: appSettingsSchema.partial(),
    output: returns<AppSettings>(),
    permission: 'settings.manage',
    isWrite: true,
  }),
};
