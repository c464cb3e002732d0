import type { z } from 'zod';
import type { ContractSlice, MethodDef, Returns } from '@shared/contract/define';
import type { CallContext } from '../services/context';

type ParsedInput<D> = D extends MethodDef<infer S, unknown> ? z.output<S> : never;
type OutputOf<D> = D extends { output: Returns<infer O> } ? O : never;

/** A handler: the validated input and the caller in, the declared output (or a promise of it) out. */
export type HandlerFor<D> = (input: ParsedInput<D>, call: CallContext) => OutputOf<D> | Promise<OutputOf<D>>;

/** The handlers of one contract slice; a missing or extra method is a compile error. */
export type HandlersFor<S extends ContractSlice> = { [K in keyof S]: HandlerFor<S[K]> };
