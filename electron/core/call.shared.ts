import type { MethodInput, MethodName, MethodOutput } from './contract';
import type { ErrorCode, Result } from './errors';

/**
 * The typed shape of calling the application, derived from the contract: the renderer's client, the CLI, the demo,
 * the tests and the e2e helper all call methods this way. Pure (types and one class): the renderer may use it too.
 */
export type Call = <M extends MethodName>(method: M, input: MethodInput<M>) => Promise<MethodOutput<M>>;

/** A method's refusal, thrown by a typed call: the core's code and its Chinese message, and which method said it. */
export class CallError extends Error {
  constructor(
    readonly method: string,
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'CallError';
  }
}

/**
 * The value of a method's Result, typed by the contract, or its refusal thrown as a CallError. Every door answers with
 * the method's output schema (dispatch), so this is the one place the contract's type is put on an answer.
 */
export function unwrapResult<M extends MethodName>(method: M, result: Result<unknown>): MethodOutput<M> {
  if (result.ok) return result.value as MethodOutput<M>;
  throw new CallError(method, result.error.code, result.error.message);
}
