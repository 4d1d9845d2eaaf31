import { useCallback, useState } from 'react';
import { errorMessage } from './client';

export interface Submission<A extends unknown[]> {
  run: (...args: A) => Promise<void>;
  busy: boolean;
  /** The core's Chinese message from the last failed attempt, cleared when the next one starts. */
  error: string | null;
}

/** The busy flag and error message every form shows while its action goes to the core. */
export function useSubmit<A extends unknown[]>(action: (...args: A) => Promise<unknown>): Submission<A> {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const run = useCallback(
    async (...args: A) => {
      setBusy(true);
      setError(null);
      try {
        await action(...args);
      } catch (e) {
        setError(errorMessage(e));
      } finally {
        setBusy(false);
      }
    },
    [action],
  );
  return { run, busy, error };
}
