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
  /** Lock the screen after this many idle minutes (0: never). */
  idleLockMinutes: z.number().int().min(0, 'Không được âm.').max(480, 'Tối đa 480 phút.').default(15),
  /** Wrong passwords in a row before the account is locked for a while. */
  loginMaxAttempts: z.number().int().min(3, 'Ít nhất 3 lần.').max(20, 'Tối đa 20 lần.').default(5),
  /** How long an account stays locked after too many wrong passwords, in minutes. */
  lockoutMinutes: z.number().int().min(1, 'Ít nhất 1 phút.').max(1440, 'Tối đa 1440 phút.').default(15),
  /** Back up once a day while the app runs. */
  backupDaily: z.boolean().default(true),
  /** Back up when the app closes. */
  backupOnExit: z.boolean().default(true),
});

export type AppSettings = z.output<typeof appSettingsSchema>;

export const SETTINGS_LABELS: Record<keyof AppSettings, string> = {
  attachmentMaxMb: 'Dung lượng tối đa của một tệp đính kèm (MB)',
  dueSoonDays: 'Báo "Sắp đến hạn" trước hạn xử lý (số ngày)',
  idleLockMinutes: 'Tự khóa màn hình sau số phút không thao tác (0: không khóa)',
  loginMaxAttempts: 'Số lần nhập sai mật khẩu liên tiếp trước khi tạm khóa tài khoản',
  lockoutMinutes: 'Thời gian tạm khóa tài khoản (phút)',
  backupDaily: 'Tự sao lưu mỗi ngày',
  backupOnExit: 'Tự sao lưu khi đóng chương trình',
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
