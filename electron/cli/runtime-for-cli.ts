import { AppError } from '@shared/errors';
import type { ApiInput, ApiMethod, ApiOutput } from '@shared/contract';
import { createRuntime, type Runtime } from '../api/runtime';
import { resolveDataDir } from '../services/paths';
import { type ParsedArgs, stringFlag } from './args';

/** Opens the data folder chosen by --data-dir / VANTHU_DATA_DIR / the default. */
export function openRuntime(args: ParsedArgs): Runtime {
  return createRuntime({ dataDir: resolveDataDir(stringFlag(args, 'data-dir')), mode: 'web', today: stringFlag(args, 'today') });
}

/** Calls a method through the router, as the app does; throws AppError on a failed result. */
export async function callApi<K extends ApiMethod>(runtime: Runtime, method: K, input: ApiInput<K>): Promise<ApiOutput<K>> {
  const result = await runtime.dispatch(method, input, { transport: 'cli', session: null });
  if (!result.ok) throw new AppError(result.error.code, result.error.message, { fields: result.error.fields ?? {} });
  return result.value as ApiOutput<K>;
}
