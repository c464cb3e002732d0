import type { ApiErrorPayload } from '../errors';

/** What every API call returns over every transport (Signal channels.preload, Actual sendCatch). */
export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: ApiErrorPayload };
