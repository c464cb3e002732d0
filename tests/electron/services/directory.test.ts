import { afterEach, describe, expect, it } from 'vitest';
import { createTestRuntime, DONG_NAI_AGENCY, type TestRuntime } from '../../helpers/test-runtime';

let rt: TestRuntime;
afterEach(async () => rt?.dispose());

describe('directory', () => {
  it('saves the agency profile once and updates it in place', async () => {
    rt = createTestRuntime();
    expect(await rt.call('agency.get', {})).toBeNull();
    expect((await rt.call('app.info', {})).isSetUp).toBe(false);
    await rt.call('agency.save', { ...DONG_NAI_AGENCY, organId: '000.00.19.H19' });
    const updated = await rt.call('agency.save', { ...DONG_NAI_AGENCY, name: 'Sở Y tế tỉnh Đồng Nai' });
    expect(updated).toMatchObject({ name: 'Sở Y tế tỉnh Đồng Nai', parentName: 'UBND TỈNH ĐỒNG NAI', organId: null });
    expect(rt.db.prepare('SELECT count(*) AS n FROM agency_profile').get()).toEqual({ n: 1 });
    expect((await rt.call('app.info', {})).isSetUp).toBe(true);
  });

  it('keeps units with aliases, refuses a second unit of the same name, and lists in Vietnamese order', async () => {
    rt = createTestRuntime();
    await rt.call('units.create', { name: 'Văn phòng', abbreviation: 'VP' });
    const khtc = await rt.call('units.create', {
      name: 'Phòng Kế hoạch – Tài chính',
      abbreviation: 'KHTC',
      aliases: ['Phòng KH-TC', ' ', 'Phòng KH-TC'],
    });
    await rt.call('units.create', { name: 'Thanh tra Sở' });
    expect(khtc.aliases).toEqual(['Phòng KH-TC']);
    await expect(rt.call('units.create', { name: 'phong ke hoach – tai chinh' })).rejects.toMatchObject({ code: 'DUPLICATE' });
    await expect(rt.call('units.create', { name: 'Văn Phòng' })).rejects.toThrow('Đã có đơn vị "Văn Phòng" trong danh mục.');
    const names = (await rt.call('units.list', {})).map((u) => u.name);
    expect(names).toEqual(['Phòng Kế hoạch – Tài chính', 'Thanh tra Sở', 'Văn phòng']);
  });

  it('deactivates instead of deleting and hides inactive units unless asked', async () => {
    rt = createTestRuntime();
    const unit = await rt.call('units.create', { name: 'Phòng Nghiệp vụ' });
    const person = await rt.call('people.create', { fullName: 'Nguyễn Văn Bình', title: 'Trưởng phòng', unitId: unit.id });
    await rt.call('units.setActive', { id: unit.id, isActive: false });
    expect(await rt.call('units.list', {})).toEqual([]);
    expect(await rt.call('units.list', { includeInactive: true })).toMatchObject([{ name: 'Phòng Nghiệp vụ', isActive: false }]);
    expect((await rt.call('people.list', {}))[0]).toMatchObject({ id: person.id, unitName: 'Phòng Nghiệp vụ' });
    expect(() => rt.db.prepare('DELETE FROM units WHERE id = ?').run(unit.id)).toThrow(/FOREIGN KEY/);
  });

  it('refuses a person in a unit that does not exist, with a field message', async () => {
    rt = createTestRuntime();
    await expect(rt.call('people.create', { fullName: 'Trần Thị Lan', unitId: 999 })).rejects.toMatchObject({
      code: 'NOT_FOUND',
      fields: { unitId: 'Đơn vị không tồn tại.' },
    });
    expect(await rt.call('people.list', { includeInactive: true })).toEqual([]);
  });

  it('matches names found in documents to units through aliases, abbreviations and the agency name', async () => {
    rt = createTestRuntime();
    await rt.call('agency.save', DONG_NAI_AGENCY);
    const khtc = await rt.call('units.create', { name: 'Phòng Kế hoạch – Tài chính', abbreviation: 'KHTC' });
    const nv = await rt.call('units.create', { name: 'Phòng Nghiệp vụ', abbreviation: 'NVY' });
    const vp = await rt.call('units.create', { name: 'Văn phòng Sở', abbreviation: 'VP' });
    const best = async (name: string) => (await rt.call('units.match', { name }))[0]?.id;
    expect(await best('Phòng Kế hoạch Tài chính Sở Y tế')).toBe(khtc.id);
    expect(await best('Phòng KH-TC')).toBe(khtc.id);
    expect(await best('KHTC')).toBe(khtc.id);
    expect(await best('Phòng Nghiệp vụ Sở Y tế')).toBe(nv.id);
    expect(await best('Văn phòng Sở Y tế')).toBe(vp.id);
    await rt.call('units.addAlias', { id: nv.id, alias: 'P.NV' });
    expect(await best('p.nv')).toBe(nv.id);
  });

  it('treats "UBND tỉnh" and "Ủy ban nhân dân tỉnh Đồng Nai" as one body through its aliases', async () => {
    rt = createTestRuntime();
    const body = await rt.call('bodies.create', { name: 'UBND tỉnh Đồng Nai', aliases: ['Ủy ban nhân dân tỉnh Đồng Nai', 'UBND tỉnh'] });
    for (const name of ['ủy ban nhân dân tỉnh đồng nai', 'UBND tỉnh', 'ubnd tinh dong nai', 'Uỷ ban nhân dân tỉnh Đồng Nai']) {
      expect((await rt.call('bodies.match', { name }))[0]).toMatchObject({ id: body.id, score: 1 });
    }
    expect((await rt.call('bodies.match', { name: 'dong n' }))[0]?.id).toBe(body.id);
    await expect(rt.call('bodies.create', { name: 'Ủy ban nhân dân tỉnh Đồng Nai' })).rejects.toThrow(
      /đã dùng cho cơ quan "UBND tỉnh Đồng Nai"/,
    );
  });
});
