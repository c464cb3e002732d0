import { afterEach, describe, expect, it, vi } from 'vitest';
import { AppError } from '@shared/errors';
import { createHandlers } from '../../../electron/api/handlers';
import { nodeNativeHost } from '../../../electron/services/native-host';
import { createRouter } from '../../../electron/api/router';
import { createTestRuntime, DONG_NAI_AGENCY, TEST_CALL, type TestRuntime } from '../../helpers/test-runtime';

let runtime: TestRuntime;
afterEach(async () => runtime?.dispose());

function totalRows(rt: TestRuntime): number {
  return ['agency_profile', 'units', 'unit_aliases', 'people', 'external_bodies', 'external_body_aliases'].reduce(
    (sum, table) => sum + (rt.db.prepare<[], { n: number }>(`SELECT count(*) AS n FROM ${table}`).get()?.n ?? 0),
    0,
  );
}

describe('router', () => {
  it('answers an unknown method with UNKNOWN_METHOD and writes nothing', async () => {
    runtime = createTestRuntime();
    const before = totalRows(runtime);
    const result = await runtime.dispatch('units.dropEverything', { name: 'x' }, TEST_CALL);
    expect(result).toEqual({ ok: false, error: { code: 'UNKNOWN_METHOD', message: 'Chức năng không tồn tại.' } });
    expect(await runtime.dispatch('__proto__', {}, TEST_CALL)).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } });
    expect(await runtime.dispatch('constructor', {}, TEST_CALL)).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } });
    expect(totalRows(runtime)).toBe(before);
  });

  it('answers malformed input with VALIDATION, a Vietnamese message per field, and writes nothing', async () => {
    runtime = createTestRuntime();
    const result = await runtime.dispatch('agency.save', { name: '   ', abbreviation: 'S Y T', place: 42 }, TEST_CALL);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('VALIDATION');
    expect(result.error.fields).toMatchObject({
      name: 'Tên cơ quan: chưa nhập.',
      abbreviation: expect.stringContaining('không có dấu cách'),
      place: 'Địa danh: phải là chữ.',
    });
    expect(totalRows(runtime)).toBe(0);
    const wrongShape = await runtime.dispatch('units.create', 'not an object', TEST_CALL);
    expect(wrongShape).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(totalRows(runtime)).toBe(0);
  });

  it('maps AppError from a service to its code and message', async () => {
    runtime = createTestRuntime();
    await runtime.call('units.create', { name: 'Phòng Nghiệp vụ' });
    const duplicate = await runtime.dispatch('units.create', { name: 'PHÒNG NGHIỆP VỤ' }, TEST_CALL);
    expect(duplicate).toEqual({ ok: false, error: { code: 'DUPLICATE', message: 'Đã có đơn vị "PHÒNG NGHIỆP VỤ" trong danh mục.' } });
  });

  it('hides unexpected errors behind INTERNAL without leaking the stack', async () => {
    runtime = createTestRuntime();
    const log = vi.fn();
    const handlers = createHandlers(runtime.ctx, { mode: 'web', jobs: runtime.jobs, native: nodeNativeHost() });
    const dispatch = createRouter({
      handlers: {
        ...handlers,
        'units.list': () => {
          throw new TypeError('secret internals at /home/x.ts:12');
        },
      },
      log,
    });
    const result = await dispatch('units.list', {}, TEST_CALL);
    expect(result).toEqual({ ok: false, error: { code: 'INTERNAL', message: expect.stringMatching(/^Đã có lỗi không mong muốn/) } });
    expect(JSON.stringify(result)).not.toContain('secret');
    expect(log).toHaveBeenCalledOnce();
  });

  it('asks the permission hook first: a refused caller learns nothing about the input, and nothing runs', async () => {
    runtime = createTestRuntime();
    const handlers = createHandlers(runtime.ctx, { mode: 'web', jobs: runtime.jobs, native: nodeNativeHost() });
    const saveAgency = vi.spyOn(handlers, 'agency.save');
    const authorize = vi.fn(() => new AppError('FORBIDDEN'));
    const dispatch = createRouter({ handlers, authorize });
    expect(await dispatch('agency.save', { bad: true }, TEST_CALL)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    const refused = await dispatch('agency.save', DONG_NAI_AGENCY, TEST_CALL);
    expect(refused).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(authorize).toHaveBeenCalledWith(
      'agency.save',
      expect.objectContaining({ permission: 'directory.manage', isWrite: true }),
      TEST_CALL,
    );
    expect(saveAgency).not.toHaveBeenCalled();
    expect(totalRows(runtime)).toBe(0);
    const allowing = createRouter({ handlers, authorize: () => null });
    expect(await allowing('agency.save', { bad: true }, TEST_CALL)).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    expect(saveAgency).not.toHaveBeenCalled();
  });

  it('runs the handler through the interceptor with the validated input', async () => {
    runtime = createTestRuntime();
    const handlers = createHandlers(runtime.ctx, { mode: 'web', jobs: runtime.jobs, native: nodeNativeHost() });
    const seen: unknown[] = [];
    const dispatch = createRouter({
      handlers,
      intercept: (info, next) => {
        seen.push([info.method, info.def.isWrite, info.input]);
        return next();
      },
    });
    await dispatch('units.create', { name: '  Văn phòng  ' }, TEST_CALL);
    expect(seen).toEqual([['units.create', true, { name: 'Văn phòng', abbreviation: null, aliases: [] }]]);
  });

  it('reports every call with its outcome for the audit trail', async () => {
    runtime = createTestRuntime();
    const onCall = vi.fn();
    const dispatch = createRouter({
      handlers: createHandlers(runtime.ctx, { mode: 'web', jobs: runtime.jobs, native: nodeNativeHost() }),
      onCall,
    });
    await dispatch('agency.save', DONG_NAI_AGENCY, TEST_CALL);
    await dispatch('nope', {}, TEST_CALL);
    expect(onCall.mock.calls.map(([record]) => [record.method, record.ok, record.errorCode])).toEqual([
      ['agency.save', true, undefined],
      ['nope', false, 'UNKNOWN_METHOD'],
    ]);
  });
});
