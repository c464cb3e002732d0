import type { UserRecord } from '@shared/contract/users';
import type { Role } from '@shared/domain/permissions';
import type { Db } from '../connection';

export interface UserRow {
  id: number;
  user_name: string;
  full_name: string;
  role: Role;
  password_hash: string;
  must_change_password: number;
  is_active: number;
  failed_attempts: number;
  locked_until: number | null;
  last_login_at: number | null;
  password_changed_at: number;
  created_at: number;
  updated_at: number;
}

const COLUMNS = `id, user_name, full_name, role, password_hash, must_change_password, is_active, failed_attempts,
  locked_until, last_login_at, password_changed_at, created_at, updated_at`;

/** The account without its password hash. */
export function rowToUser(row: UserRow): UserRecord {
  return {
    id: row.id,
    userName: row.user_name,
    fullName: row.full_name,
    role: row.role,
    isActive: row.is_active === 1,
    lockedUntil: row.locked_until,
    failedAttempts: row.failed_attempts,
    mustChangePassword: row.must_change_password === 1,
    lastLoginAt: row.last_login_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function countUsers(db: Db): number {
  return db.prepare<[], { n: number }>('SELECT count(*) AS n FROM users').get()?.n ?? 0;
}

export function countActiveAdmins(db: Db, excludeId: number | null = null): number {
  return (
    db
      .prepare<[number], { n: number }>("SELECT count(*) AS n FROM users WHERE role = 'admin' AND is_active = 1 AND id <> ?")
      .get(excludeId ?? -1)?.n ?? 0
  );
}

export function getUserRow(db: Db, id: number): UserRow | null {
  return db.prepare<[number], UserRow>(`SELECT ${COLUMNS} FROM users WHERE id = ?`).get(id) ?? null;
}

export function findUserByName(db: Db, userName: string): UserRow | null {
  return db.prepare<[string], UserRow>(`SELECT ${COLUMNS} FROM users WHERE user_name = ?`).get(userName) ?? null;
}

export function listUserRows(db: Db): UserRow[] {
  return db.prepare<[], UserRow>(`SELECT ${COLUMNS} FROM users ORDER BY is_active DESC, user_name`).all();
}

export function insertUser(
  db: Db,
  user: { userName: string; fullName: string; role: Role; passwordHash: string; mustChangePassword: boolean },
  now: number,
): number {
  const info = db
    .prepare(
      `INSERT INTO users (user_name, full_name, role, password_hash, must_change_password, password_changed_at, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(user.userName, user.fullName, user.role, user.passwordHash, user.mustChangePassword ? 1 : 0, now, now, now);
  return Number(info.lastInsertRowid);
}

export function updateUserProfile(db: Db, id: number, fields: { fullName: string; role: Role }, now: number): void {
  db.prepare('UPDATE users SET full_name = ?, role = ?, updated_at = ? WHERE id = ?').run(fields.fullName, fields.role, now, id);
}

export function setUserActive(db: Db, id: number, isActive: boolean, now: number): void {
  db.prepare('UPDATE users SET is_active = ?, updated_at = ? WHERE id = ?').run(isActive ? 1 : 0, now, id);
}

export function setPassword(db: Db, id: number, passwordHash: string, mustChange: boolean, now: number): void {
  db.prepare(
    `UPDATE users SET password_hash = ?, must_change_password = ?, password_changed_at = ?, failed_attempts = 0,
       locked_until = NULL, updated_at = ? WHERE id = ?`,
  ).run(passwordHash, mustChange ? 1 : 0, now, now, id);
}

export function recordLoginFailure(db: Db, id: number, failedAttempts: number, lockedUntil: number | null): void {
  db.prepare('UPDATE users SET failed_attempts = ?, locked_until = ? WHERE id = ?').run(failedAttempts, lockedUntil, id);
}

export function recordLoginSuccess(db: Db, id: number, now: number): void {
  db.prepare('UPDATE users SET failed_attempts = 0, locked_until = NULL, last_login_at = ? WHERE id = ?').run(now, id);
}

export function clearLockout(db: Db, id: number, now: number): void {
  db.prepare('UPDATE users SET failed_attempts = 0, locked_until = NULL, updated_at = ? WHERE id = ?').run(now, id);
}
