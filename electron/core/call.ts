import type { Core } from './app';
import { CallError, unwrapResult, type Call } from './call.shared';
import type { Caller } from './context';
import type { MethodInput, MethodName, MethodOutput } from './contract';

export { CallError, type Call } from './call.shared';

/**
 * Calls a method of the core as `caller`, typed by the contract: the output, or the refusal thrown as a CallError.
 * For every caller in Node (the CLI, the demo, tests); the session a login starts is the door's business, not this.
 */
export async function call<M extends MethodName>(
  core: Pick<Core, 'call'>,
  caller: Caller,
  method: M,
  input: MethodInput<M>,
): Promise<MethodOutput<M>> {
  const { session: _session, ...result } = await core.call(caller, method, input);
  return unwrapResult(method, result);
}

/** `call` bound to one core and caller. */
export const callerOf =
  (core: Pick<Core, 'call'>, caller: Caller): Call =>
  (method, input) =>
    call(core, caller, method, input);

/**
 * A method named by text from outside (the CLI's `call METHOD JSON`): dispatch refuses an unknown name and validates
 * the input as for any call, so neither needs a type here.
 */
export async function callByName(
  core: Pick<Core, 'call'>,
  caller: Caller,
  method: string,
  input: unknown,
): Promise<unknown> {
  const { session: _session, ...result } = await core.call(caller, method, input);
  if (result.ok) return result.value;
  throw new CallError(method, result.error.code, result.error.message);
}
