import type { MethodInput, MethodName, MethodOutput } from '../../../electron/core/contract';
import type { ErrorCode } from '../../../electron/core/errors';
import { transport } from './transport';

export class ApiError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

type Listener = () => void;
const sessionLostListeners = new Set<Listener>();

/** Lets the session provider send the user back to the login page when any call finds the session gone. */
export function onSessionLost(listener: Listener): () => void {
  sessionLostListeners.add(listener);
  return () => sessionLostListeners.delete(listener);
}

/** The typed client: method names, inputs and outputs all come from the core's contract. */
export async function call<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>> {
  const result = await transport(method, input);
  if (result.ok) return result.value as MethodOutput<M>;
  if (result.error.code === 'UNAUTHENTICATED') sessionLostListeners.forEach((l) => l());
  throw new ApiError(result.error.code, result.error.message);
}

export const errorMessage = (error: unknown): string => (error instanceof Error ? error.message : '操作失败，请重试。');
