import { userInfo } from 'node:os';
import { AppError } from '@shared/errors';
import type { ApiInput, ApiMethod, ApiOutput } from '@shared/contract';
import type { Runtime } from '../api/runtime';
import { cliSession } from '../services/auth/session-info';
import type { CallContext } from '../services/context';
import { resolveDataDir } from '../services/paths';
import { type ParsedArgs, stringFlag } from './args';

/**
 * Opens the data folder chosen by --data-dir / VANTHU_DATA_DIR / the default. The runtime (every
 * service and its libraries) loads here, on first use, so `vanthu extract` or `--help` never waits for it.
 */
export async function openRuntime(args: ParsedArgs): Promise<Runtime> {
  const { createRuntime } = await import('../api/runtime');
  return createRuntime({ dataDir: resolveDataDir(stringFlag(args, 'data-dir')), mode: 'web', today: stringFlag(args, 'today') });
}

function osUserName(): string {
  try {
    return userInfo().username;
  } catch {
    return 'khong-ro';
  }
}

/** The command line acts as the machine's administrator, named after the OS account (docs/SECURITY.md). */
export function cliCall(): CallContext {
  return { transport: 'cli', session: cliSession(osUserName()) };
}

/** Calls a method through the router, as the app does; throws AppError on a failed result. */
export async function callApi<K extends ApiMethod>(runtime: Runtime, method: K, input: ApiInput<K>): Promise<ApiOutput<K>> {
  const result = await runtime.dispatch(method, input, cliCall());
  if (!result.ok) throw new AppError(result.error.code, result.error.message, { fields: result.error.fields ?? {} });
  return result.value as ApiOutput<K>;
}
