import { CallError, unwrapResult, type Call } from '../../../electron/core/call.shared';
import { transport } from './transport';

/** A refusal from the core: the same error type the CLI, the demo and the tests get (core/call.shared.ts). */
export { CallError };

type Listener = () => void;
const sessionLostListeners = new Set<Listener>();

/** Lets the session provider send the user back to the login page when any call finds the session gone. */
export function onSessionLost(listener: Listener): () => void {
  sessionLostListeners.add(listener);
  return () => sessionLostListeners.delete(listener);
}

/**
 * The typed client, the `Call` every caller shares: method names, inputs and outputs all come from the core's
 * contract, and a refusal is thrown as the shared CallError (its code and the core's Chinese message).
 */
export const call: Call = async (method, input) => {
  const result = await transport(method, input);
  if (!result.ok && result.error.code === 'UNAUTHENTICATED') sessionLostListeners.forEach((l) => l());
  return unwrapResult(method, result);
};

/** What a screen shows for a failed call: the core's Chinese message (a CallError's), or a generic one. */
export const errorMessage = (error: unknown): string => (error instanceof Error ? error.message : '操作失败，请重试。');
