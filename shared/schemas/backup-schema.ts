import { z } from 'zod';
import { text } from './common';

export const BACKUP_KINDS = ['manual', 'daily', 'exit', 'pre-restore'] as const;

/** A backup's folder name as listed by the server (never a path). */
export const backupId = z
  .string({ error: 'Bản sao lưu không hợp lệ.' })
  .regex(/^\d{4}-\d{2}-\d{2}_\d{6}(-\d{3})?_[a-z-]+$/, 'Bản sao lưu không hợp lệ.');

/** The passphrase of encrypted backups: long enough to resist guessing when a USB drive is lost. */
export const backupPassphrase = z
  .string({ error: 'Mật khẩu sao lưu: phải là chữ.' })
  .max(200, 'Mật khẩu sao lưu: dài quá.')
  .transform((s) => s.normalize('NFC'))
  .pipe(z.string().min(10, 'Mật khẩu sao lưu: ít nhất 10 ký tự.'));

const passphraseToCheck = z
  .string({ error: 'Mật khẩu sao lưu: phải là chữ.' })
  .max(200, 'Mật khẩu sao lưu: dài quá.')
  .transform((s) => s.normalize('NFC'))
  .nullable()
  .optional()
  .transform((s) => (s ? s : null));

export const configureBackupInput = z.object({
  /** Absolute folder (USB drive, network share); null returns to the default folder inside the data folder. */
  folder: text('Thư mục sao lưu', 1000).nullable(),
  /** A new passphrase turns encryption on; null turns it off; absent leaves it unchanged. */
  passphrase: backupPassphrase.nullable().optional(),
});

export const checkBackupInput = z.object({ id: backupId, passphrase: passphraseToCheck });

export const restoreBackupInput = z.object({
  id: backupId,
  passphrase: passphraseToCheck,
  /** The user confirmed that the current data will be replaced (it is kept as a backup first). */
  confirm: z.literal(true, { error: 'Hãy xác nhận trước khi khôi phục.' }),
});
