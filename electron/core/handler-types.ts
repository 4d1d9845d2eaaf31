import type { z } from 'zod';
import type { HandlerContext } from './context';
import type { ContractShape, MethodSpec } from './define';

type Awaitable<T> = T | Promise<T>;

/** Writes run inside a synchronous SQLite transaction, so their handlers must not be async. */
export type Handler<S extends MethodSpec> = S['write'] extends true
  ? (ctx: HandlerContext, input: z.output<S['input']>) => z.input<S['output']>
  : (ctx: HandlerContext, input: z.output<S['input']>) => Awaitable<z.input<S['output']>>;

export type Handlers<C extends ContractShape> = { [K in keyof C]: Handler<C[K]> };
