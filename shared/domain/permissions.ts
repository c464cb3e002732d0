import type { Permission } from '../contract/define';

/**
 * Roles and what each may do. The server checks every call against ROLE_PERMISSIONS (the
 * renderer only hides what the server would refuse). 'public' and 'session' are not granted:
 * 'public' needs no account, 'session' needs any signed-in account.
 * When adding a permission: add it to Permission (shared/contract/define.ts), to GRANTABLE_PERMISSIONS
 * with its label, to the roles that get it, and re-read tests/shared/domain/permissions.test.ts.
 */
export const ROLES = ['admin', 'clerk', 'leader', 'specialist'] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  admin: 'Quản trị',
  clerk: 'Văn thư',
  leader: 'Lãnh đạo',
  specialist: 'Chuyên viên',
};

export const ROLE_DESCRIPTIONS: Record<Role, string> = {
  admin: 'Toàn quyền: tài khoản, cài đặt, sao lưu và khôi phục, nhật ký, cùng mọi việc của văn thư.',
  clerk: 'Đăng ký, sửa, hủy văn bản đến; cấp số văn bản đi; phân phối; danh mục; xem văn bản mật; sao lưu.',
  leader: 'Xem mọi văn bản kể cả văn bản mật, phân phối và giao việc, duyệt dự thảo, xem nhật ký hệ thống, xuất báo cáo.',
  specialist: 'Xem văn bản thường, cập nhật công việc được giao, soạn dự thảo.',
};

/** Every permission a role can hold, with the Vietnamese name the permission matrix shows. */
export const PERMISSION_LABELS = {
  'documents.read': 'Xem văn bản',
  'documents.readSecret': 'Xem văn bản mật',
  'incoming.register': 'Đăng ký văn bản đến',
  'incoming.edit': 'Sửa văn bản đến',
  'incoming.cancel': 'Hủy văn bản đến',
  'incoming.distribute': 'Phân phối, chuyển giao văn bản',
  'tasks.manage': 'Giao việc, đặt hạn xử lý',
  'tasks.update': 'Cập nhật tiến độ công việc',
  'drafts.write': 'Soạn dự thảo',
  'drafts.approve': 'Duyệt dự thảo',
  'outgoing.issue': 'Cấp số văn bản đi',
  'reports.export': 'In sổ, xuất báo cáo',
  'directory.manage': 'Quản lý danh mục',
  'settings.manage': 'Cài đặt hệ thống',
  'users.manage': 'Quản lý tài khoản',
  'audit.read': 'Xem nhật ký hệ thống',
  'backup.create': 'Sao lưu dữ liệu',
  'backup.restore': 'Khôi phục dữ liệu từ bản sao lưu',
} as const satisfies Partial<Record<Permission, string>>;

export type GrantablePermission = keyof typeof PERMISSION_LABELS;
export const GRANTABLE_PERMISSIONS = Object.keys(PERMISSION_LABELS) as GrantablePermission[];

const CLERK: readonly GrantablePermission[] = [
  'documents.read',
  'documents.readSecret',
  'incoming.register',
  'incoming.edit',
  'incoming.cancel',
  'incoming.distribute',
  'tasks.manage',
  'tasks.update',
  'drafts.write',
  'outgoing.issue',
  'reports.export',
  'directory.manage',
  'backup.create',
];

const LEADER: readonly GrantablePermission[] = [
  'documents.read',
  'documents.readSecret',
  'incoming.distribute',
  'tasks.manage',
  'tasks.update',
  'drafts.write',
  'drafts.approve',
  'reports.export',
  'audit.read',
];

const SPECIALIST: readonly GrantablePermission[] = ['documents.read', 'tasks.update', 'drafts.write'];

export const ROLE_PERMISSIONS: Record<Role, ReadonlySet<GrantablePermission>> = {
  admin: new Set(GRANTABLE_PERMISSIONS),
  clerk: new Set(CLERK),
  leader: new Set(LEADER),
  specialist: new Set(SPECIALIST),
};

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

/** Whether a role may call a method that requires `permission`. */
export function roleAllows(role: Role, permission: Permission): boolean {
  if (permission === 'public' || permission === 'session') return true;
  return (ROLE_PERMISSIONS[role] as ReadonlySet<string>).has(permission);
}
