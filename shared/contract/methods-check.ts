import type { ApiMethod } from './index';
import type { ApiMethodName } from './methods';

/** Compile-time proof that API_METHODS and the contract list the same names, in both directions. */
type Exact<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
export const API_METHODS_MATCH_CONTRACT: Exact<ApiMethod, ApiMethodName> = true;
