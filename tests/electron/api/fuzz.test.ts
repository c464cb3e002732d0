import fc from 'fast-check';
import type { z } from 'zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiMethod, CONTRACT } from '@shared/contract';
import { isErrorCode } from '@shared/errors';
import { createTestRuntime, type TestRuntime } from '../../helpers/test-runtime';

const METHODS = Object.keys(CONTRACT) as ApiMethod[];
const RUNS_PER_METHOD = 100;
/** Sign-in attempts are audited (and counted towards lockout) even when refused: that is their purpose. */
const AUDITED_WHEN_REFUSED = new Set<string>(['auth.login', 'auth.unlock']);

const HUGE = 'Đ'.repeat(1_000_000);
const nastyString = fc.oneof(
  fc.constant(HUGE),
  fc.constant(''),
  fc.constant('   '),
  fc.constant('\u0000\u0007\u001b[31m\u007f'),
  fc.constant('2024-02-30'),
  fc.constant('2023-13-01'),
  fc.constant('0000-00-00'),
  fc.constant('31/02/2024'),
  fc.constant('../../../../etc/passwd'),
  fc.constant('..\\..\\Windows\\System32\\config\\SAM'),
  fc.constant('C:\\'),
  fc.constant("'; DROP TABLE users; --"),
  fc.constant('" OR 1=1 --'),
  fc.constant('<script>alert(1)</script>'),
  fc.constant('\uD800'),
  fc.constant('a'.repeat(65)),
  fc.string({ unit: 'binary', maxLength: 40 }),
);
const nastyNumber = fc.oneof(
  fc.constant(Number.NaN),
  fc.constant(Number.POSITIVE_INFINITY),
  fc.constant(-1),
  fc.constant(0),
  fc.constant(1e308),
  fc.constant(2 ** 53 + 1),
  fc.double(),
  fc.integer(),
);
const leaf = fc.oneof(nastyString, nastyNumber, fc.boolean(), fc.constant(null), fc.constant(new Uint8Array([1, 2, 3])));
const nastyValue = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    leaf,
    fc.array(tie('value'), { maxLength: 3 }),
    fc.dictionary(fc.string({ maxLength: 8 }), tie('value'), { maxKeys: 3 }),
  ),
})).value;

/** The field names the method's schema knows (when it is an object), plus names that belong elsewhere. */
function keysOf(schema: z.ZodType): string[] {
  const shape = (schema as unknown as { shape?: Record<string, unknown> }).shape;
  const known = shape ? Object.keys(shape) : [];
  return [...known, 'id', 'name', 'data', 'password', 'folder', 'year', '__proto__', 'constructor'];
}

/** Never the empty object or nothing (those are valid for methods without input, and would really run them). */
function inputsFor(method: ApiMethod): fc.Arbitrary<unknown> {
  const keys = keysOf(CONTRACT[method].input as z.ZodType);
  const object = fc.dictionary(fc.constantFrom(...keys), nastyValue, { minKeys: 1, maxKeys: 6 });
  return fc.oneof(object, object, object, nastyString, nastyNumber, fc.boolean(), fc.array(leaf, { minLength: 1, maxLength: 3 }));
}

let rt: TestRuntime;
beforeAll(() => {
  rt = createTestRuntime();
});
afterAll(async () => rt.dispose());

function changes(): number {
  return (rt.db.prepare('SELECT total_changes() AS n').get() as { n: number }).n;
}

describe(`every API method under fuzzed input (${RUNS_PER_METHOD} runs each)`, () => {
  it.each(METHODS)('%s answers bad input with a typed error and writes nothing', async (method) => {
    await fc.assert(
      fc.asyncProperty(inputsFor(method), async (input) => {
        const before = changes();
        const result = await rt.dispatch(method, input, { transport: 'test', session: null });
        expect(typeof result.ok).toBe('boolean');
        if (result.ok) return;
        expect(isErrorCode(result.error.code)).toBe(true);
        expect(result.error.code).not.toBe('INTERNAL');
        expect(result.error.message.length).toBeGreaterThan(0);
        if (!AUDITED_WHEN_REFUSED.has(method)) expect(changes() - before).toBe(0);
      }),
      { numRuns: RUNS_PER_METHOD },
    );
  });

  it('keeps serving after all of it, with a sound database', async () => {
    expect(await rt.call('app.info', {})).toMatchObject({ productName: 'VănThư' });
    expect(rt.db.pragma('integrity_check', { simple: true })).toBe('ok');
    const tables = rt.db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as Array<{ name: string }>;
    expect(tables.map((t) => t.name)).toEqual(expect.arrayContaining(['users', 'audit_log', 'incoming_documents', 'units']));
  });
});
