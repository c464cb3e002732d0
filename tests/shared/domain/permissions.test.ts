import { describe, expect, it } from 'vitest';
import { CONTRACT } from '@shared/contract';
import { GRANTABLE_PERMISSIONS, PERMISSION_LABELS, ROLE_LABELS, ROLE_PERMISSIONS, ROLES, roleAllows } from '@shared/domain/permissions';

describe('the permission matrix', () => {
  it('names the four roles in Vietnamese', () => {
    expect(ROLES.map((r) => ROLE_LABELS[r])).toEqual(['Quản trị', 'Văn thư', 'Lãnh đạo', 'Chuyên viên']);
  });

  it('grants only known permissions, and every permission a method needs is grantable', () => {
    for (const role of ROLES) for (const p of ROLE_PERMISSIONS[role]) expect(GRANTABLE_PERMISSIONS).toContain(p);
    for (const [name, def] of Object.entries(CONTRACT)) {
      if (def.permission === 'public' || def.permission === 'session') continue;
      expect([name, Object.hasOwn(PERMISSION_LABELS, def.permission)]).toEqual([name, true]);
    }
  });

  it('gives the administrator everything and keeps accounts, restore and settings to the administrator', () => {
    expect([...ROLE_PERMISSIONS.admin].sort()).toEqual([...GRANTABLE_PERMISSIONS].sort());
    for (const role of ['clerk', 'leader', 'specialist'] as const) {
      expect(roleAllows(role, 'users.manage')).toBe(false);
      expect(roleAllows(role, 'backup.restore')).toBe(false);
      expect(roleAllows(role, 'settings.manage')).toBe(false);
    }
  });

  it('lets the clerk register, edit, cancel, number and distribute, and see secret documents', () => {
    for (const p of [
      'incoming.register',
      'incoming.edit',
      'incoming.cancel',
      'outgoing.issue',
      'incoming.distribute',
      'documents.readSecret',
    ] as const) {
      expect([p, roleAllows('clerk', p)]).toEqual([p, true]);
    }
  });

  it('keeps the specialist away from secret documents and from registering or numbering', () => {
    for (const p of [
      'documents.readSecret',
      'incoming.register',
      'incoming.edit',
      'incoming.cancel',
      'outgoing.issue',
      'directory.manage',
    ] as const) {
      expect([p, roleAllows('specialist', p)]).toEqual([p, false]);
    }
    expect(roleAllows('specialist', 'documents.read')).toBe(true);
  });

  it('lets the leader read secret documents and the audit trail but not register', () => {
    expect(roleAllows('leader', 'documents.readSecret')).toBe(true);
    expect(roleAllows('leader', 'audit.read')).toBe(true);
    expect(roleAllows('leader', 'incoming.register')).toBe(false);
  });

  it('allows public and session methods to every role', () => {
    for (const role of ROLES) {
      expect(roleAllows(role, 'public')).toBe(true);
      expect(roleAllows(role, 'session')).toBe(true);
    }
  });
});
