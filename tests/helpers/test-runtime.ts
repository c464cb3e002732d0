import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ApiInput, ApiMethod, ApiOutput } from '@shared/contract';
import { AppError } from '@shared/errors';
import { createRuntime, type Runtime, type RuntimeOptions } from '../../electron/api/runtime';
import type { CallContext } from '../../electron/services/context';

export const TEST_CALL: CallContext = { transport: 'test', session: null };

export function makeTempDir(prefix = 'vanthu-test-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

export interface TestRuntime extends Runtime {
  dataDir: string;
  call<K extends ApiMethod>(method: K, input: ApiInput<K>): Promise<ApiOutput<K>>;
  dispose(): Promise<void>;
}

/** Cheap scrypt factors so tests that create accounts stay fast; the app uses PASSWORD_COST. */
export const TEST_PASSWORD_COST = { N: 2 ** 10, r: 8, p: 1 } as const;

/**
 * A real runtime on a real SQLite file in a fresh temp folder: the only fake is the caller.
 * `call` and TEST_CALL act as the machine's administrator (transport 'test' without a session,
 * see electron/services/access.ts); tests/helpers/sessions.ts signs in as a given role instead.
 */
export function createTestRuntime(options: Partial<RuntimeOptions> = {}): TestRuntime {
  const dataDir = options.dataDir ?? makeTempDir();
  const runtime = createRuntime({ mode: 'web', passwordCost: TEST_PASSWORD_COST, ...options, dataDir });
  return {
    ...runtime,
    dataDir,
    async call(method, input) {
      const result = await runtime.dispatch(method, input, TEST_CALL);
      if (!result.ok) throw new AppError(result.error.code, result.error.message, { fields: result.error.fields ?? {} });
      return result.value as never;
    },
    async dispose() {
      await runtime.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export const DONG_NAI_AGENCY = {
  parentName: 'UBND TỈNH ĐỒNG NAI',
  name: 'Sở Y tế',
  abbreviation: 'SYT',
  place: 'Đồng Nai',
} as const;
