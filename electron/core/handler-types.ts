import type { z } from 'zod';
import type { ReadableDb } from '../../db/client';
import type { LoginThrottle } from './auth';
import type { Actor, Caller, ReadContext, WriteContext } from './context';
import type { ContractShape, MethodSpec } from './define';
import type { FileArea } from './files';

type Awaitable<T> = T | Promise<T>;

/**
 * What the asynchronous step before a write's transaction may use: reads only, the login throttle, and the file area
 * (a submitted report's workbook is written there before the transaction stores its bytes).
 */
export interface PrepareContext {
  db: ReadableDb;
  caller: Caller;
  actor: Actor | null;
  now: Date;
  logins: LoginThrottle;
  files: FileArea;
}

/**
 * A write whose slow part (hashing a password) must not run inside the synchronous transaction: `prepare` runs
 * first, off the event loop, and hands its result to `run`, which runs in the transaction like any write handler.
 */
export interface PreparedWrite<I, O> {
  readonly prepare: (ctx: PrepareContext, input: I) => Promise<unknown>;
  readonly run: (ctx: WriteContext, input: I, prepared: unknown) => O;
}

export function preparedWrite<I, P, O>(
  prepare: (ctx: PrepareContext, input: I) => Promise<P>,
  run: (ctx: WriteContext, input: I, prepared: P) => O,
): PreparedWrite<I, O> {
  // Sound by construction: `run` only ever receives what this `prepare` returned.
  return { prepare, run: run as (ctx: WriteContext, input: I, prepared: unknown) => O };
}

export const isPreparedWrite = (handler: unknown): handler is PreparedWrite<unknown, unknown> =>
  typeof handler === 'object' && handler !== null && 'prepare' in handler && 'run' in handler;

type WriteHandler<I, O> = ((ctx: WriteContext, input: I) => O) | PreparedWrite<I, O>;

type ReadHandler<I, O> = (ctx: ReadContext, input: I) => Awaitable<O>;

/**
 * Writes run inside a synchronous SQLite transaction, so their handlers must not be async. Reads get a context whose
 * database handle cannot write (`ReadableDb`); dispatch hands the writable one only to write methods.
 */
export type Handler<S extends MethodSpec> = S['write'] extends true
  ? WriteHandler<z.output<S['input']>, z.input<S['output']>>
  : ReadHandler<z.output<S['input']>, z.input<S['output']>>;

export type Handlers<C extends ContractShape> = { [K in keyof C]: Handler<C[K]> };
