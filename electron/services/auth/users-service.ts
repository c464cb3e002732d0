import type { UserRecord } from '@shared/contract/users';
import type { Role } from '@shared/domain/permissions';
import { AppError } from '@shared/errors';
import {
  clearLockout,
  countActiveAdmins,
  findUserByName,
  getUserRow,
  insertUser,
  listUserRows,
  rowToUser,
  setPassword,
  setUserActive,
  type UserRow,
  updateUserProfile,
} from '../../db/repositories/users-repository';
import type { CallContext, ServiceContext } from '../context';
import { hashPassword, type ScryptCost } from './password';
import type { SessionStore } from './session-store';

/** Cài đặt › Tài khoản. Accounts are disabled, never deleted: the audit trail and histories name them. */
export interface UsersService {
  list(): UserRecord[];
  create(input: { userName: string; fullName: string; role: Role; password: string }): UserRecord;
  update(input: { id: number; fullName: string; role: Role }, call: CallContext): UserRecord;
  setActive(input: { id: number; isActive: boolean }, call: CallContext): UserRecord;
  resetPassword(input: { id: number; password: string }, call: CallContext): UserRecord;
  unlock(input: { id: number }): UserRecord;
}

export function createUsersService(ctx: ServiceContext, sessions: SessionStore, cost: ScryptCost): UsersService {
  function load(id: number): UserRow {
    const row = getUserRow(ctx.db, id);
    if (!row) throw new AppError('NOT_FOUND', 'Không tìm thấy tài khoản.');
    return row;
  }

  /** Keeps at least one active administrator, or nobody could manage accounts or restore backups. */
  function assertAdminRemains(user: UserRow, stillAdmin: boolean): void {
    if (user.role === 'admin' && user.is_active === 1 && !stillAdmin && countActiveAdmins(ctx.db, user.id) === 0) {
      throw new AppError('CONFLICT', 'Phải còn ít nhất một tài khoản Quản trị đang hoạt động.');
    }
  }

  return {
    list: () => listUserRows(ctx.db).map(rowToUser),
    create(input) {
      if (findUserByName(ctx.db, input.userName)) {
        throw new AppError('DUPLICATE', `Đã có tài khoản "${input.userName}".`, { fields: { userName: 'Tên đăng nhập này đã có.' } });
      }
      const id = insertUser(
        ctx.db,
        { ...input, passwordHash: hashPassword(input.password, cost), mustChangePassword: true },
        ctx.clock.now(),
      );
      return rowToUser(load(id));
    },
    update(input, call) {
      const user = load(input.id);
      assertAdminRemains(user, input.role === 'admin');
      if (call.session?.userId === user.id && input.role !== user.role) {
        throw new AppError('CONFLICT', 'Không tự đổi vai trò của chính mình; hãy nhờ một quản trị viên khác.');
      }
      updateUserProfile(ctx.db, input.id, input, ctx.clock.now());
      return rowToUser(load(input.id));
    },
    setActive(input, call) {
      const user = load(input.id);
      if (!input.isActive) {
        if (call.session?.userId === user.id) throw new AppError('CONFLICT', 'Không tự ngừng sử dụng tài khoản đang đăng nhập.');
        assertAdminRemains(user, false);
      }
      setUserActive(ctx.db, input.id, input.isActive, ctx.clock.now());
      if (!input.isActive) sessions.removeUser(input.id);
      return rowToUser(load(input.id));
    },
    resetPassword(input, call) {
      load(input.id);
      setPassword(ctx.db, input.id, hashPassword(input.password, cost), call.session?.userId !== input.id, ctx.clock.now());
      sessions.removeUser(input.id, call.session?.id);
      return rowToUser(load(input.id));
    },
    unlock(input) {
      load(input.id);
      clearLockout(ctx.db, input.id, ctx.clock.now());
      return rowToUser(load(input.id));
    },
  };
}
