import { useCallback, useEffect, useState } from 'react';
import type { MethodInput, MethodName, MethodOutput } from '../../../electron/core/contract';
import { call, errorMessage } from './client';

export interface CallState<T> {
  data: T | undefined;
  loading: boolean;
  error: string | null;
  reload: () => void;
}

interface Answer<T> {
  request: string;
  data: T | undefined;
  error: string | null;
}

/**
 * Loads a read method and reloads when its input changes. Loading is derived: the answer on screen belongs to an
 * older request until the current one's arrives, and a late answer to an older request is ignored.
 */
export function useCall<M extends MethodName>(
  method: M,
  input: MethodInput<M>,
  /** False while the input is not known yet (nothing chosen): no request is made. */
  enabled = true,
): CallState<MethodOutput<M>> {
  const [version, setVersion] = useState(0);
  const request = `${method}|${version}|${JSON.stringify(input)}`;
  const [answer, setAnswer] = useState<Answer<MethodOutput<M>>>({ request: '', data: undefined, error: null });

  useEffect(() => {
    if (!enabled) return;
    let current = true;
    const payload = JSON.parse(request.slice(request.indexOf('|', method.length + 1) + 1)) as MethodInput<M>;
    call(method, payload).then(
      (data) => current && setAnswer({ request, data, error: null }),
      (e: unknown) => current && setAnswer((a) => ({ request, data: a.data, error: errorMessage(e) })),
    );
    return () => {
      current = false;
    };
  }, [method, request, enabled]);

  const reload = useCallback(() => setVersion((v) => v + 1), []);
  return { data: answer.data, loading: answer.request !== request, error: answer.error, reload };
}
