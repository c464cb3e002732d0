import { z } from 'zod';
import { ROLES } from '../domain/permissions';
import { id, text } from './common';

export const PASSWORD_MIN_LENGTH = 8;
export const PASSWORD_MAX_LENGTH = 200;

/** A login name: 3–32 lower-case ASCII letters, digits, '.', '_' or '-' (typed the same on any keyboard layout). */
export const userName = z
  .string({ error: 'Tên đăng nhập: phải là chữ.' })
  .max(200, 'Tên đăng nhập: dài quá 32 ký tự.')
  .transform((s) => s.trim().toLowerCase())
  .pipe(
    z
      .string()
      .min(3, 'Tên đăng nhập: ít nhất 3 ký tự.')
      .max(32, 'Tên đăng nhập: dài quá 32 ký tự.')
      .regex(/^[a-z0-9._-]+$/, 'Tên đăng nhập: chỉ gồm chữ không dấu, số và các dấu . _ -'),
  );

/** A password being checked at login: never trimmed or normalised beyond NFC, bounded so hashing stays cheap. */
export const passwordToCheck = z
  .string({ error: 'Mật khẩu: phải là chữ.' })
  .min(1, 'Mật khẩu: chưa nhập.')
  .max(PASSWORD_MAX_LENGTH, 'Mật khẩu: dài quá.')
  .transform((s) => s.normalize('NFC'));

/** A new password: at least 8 characters, with a letter and a digit. */
export const newPassword = passwordToCheck.pipe(
  z
    .string()
    .min(PASSWORD_MIN_LENGTH, `Mật khẩu: ít nhất ${PASSWORD_MIN_LENGTH} ký tự.`)
    .refine((s) => /\p{L}/u.test(s) && /\p{N}/u.test(s), 'Mật khẩu: cần có cả chữ và số.'),
);

export const fullName = text('Họ và tên', 100);
export const role = z.enum(ROLES, { error: 'Vai trò không hợp lệ.' });

export const setupAdminInput = z.object({ fullName, userName, password: newPassword });
export const loginInput = z.object({ userName, password: passwordToCheck });
export const unlockInput = z.object({ password: passwordToCheck });
export const changePasswordInput = z
  .object({ currentPassword: passwordToCheck, newPassword })
  .refine((v) => v.currentPassword !== v.newPassword, { path: ['newPassword'], message: 'Mật khẩu mới phải khác mật khẩu cũ.' });

export const createUserInput = z.object({ userName, fullName, role, password: newPassword });
export const updateUserInput = z.object({ id: id('Tài khoản'), fullName, role });
export const setUserActiveInput = z.object({ id: id('Tài khoản'), isActive: z.boolean({ error: 'Trạng thái không hợp lệ.' }) });
export const resetPasswordInput = z.object({ id: id('Tài khoản'), password: newPassword });
export const userIdInput = z.object({ id: id('Tài khoản') });
