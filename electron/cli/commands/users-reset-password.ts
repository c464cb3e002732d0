import { randomBytes } from 'node:crypto';
import { AppError } from '@shared/errors';
import { findUserByName } from '../../db/repositories/users-repository';
import type { CliCommand } from '../command';
import { callApi, openRuntime } from '../runtime-for-cli';

/** A temporary password that satisfies the rules (letters and digits), to be changed at the next sign-in. */
function temporaryPassword(): string {
  return `vt-${randomBytes(6).toString('hex')}-${100 + (randomBytes(1)[0] ?? 0)}`;
}

/**
 * The way back in when the only administrator forgot the password: whoever can run the command
 * line on this computer can reset any account (it must be changed at the next sign-in).
 */
export const usersResetPasswordCommand: CliCommand = {
  words: ['users', 'reset-password'],
  summary: 'Đặt lại mật khẩu một tài khoản (in ra mật khẩu tạm, phải đổi khi đăng nhập)',
  usage: 'vanthu users reset-password <tên đăng nhập> [--data-dir DIR]',
  async run(args, io) {
    const userName = args.positional[0]?.trim().toLowerCase();
    if (!userName) throw new AppError('VALIDATION', 'Thiếu tên đăng nhập: vanthu users reset-password <tên đăng nhập>');
    const runtime = await openRuntime(args);
    try {
      const user = findUserByName(runtime.db, userName);
      if (!user) throw new AppError('NOT_FOUND', `Không có tài khoản "${userName}".`);
      const password = temporaryPassword();
      await callApi(runtime, 'users.resetPassword', { id: user.id, password });
      await callApi(runtime, 'users.unlock', { id: user.id });
      io.out(`Mật khẩu tạm của ${userName}: ${password}`);
      io.err('Người dùng phải đổi mật khẩu này ngay khi đăng nhập.');
      return 0;
    } finally {
      await runtime.close();
    }
  },
};
