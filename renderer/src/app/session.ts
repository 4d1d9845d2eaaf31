import { createContext, useContext } from 'react';
import type { SessionView } from '../../../electron/core/auth/contract';
import type { MethodName } from '../../../electron/core/contract';

export interface SessionState {
  session: SessionView;
  officeName: string;
  can: (method: MethodName) => boolean;
  /** Re-reads the session (after a password change) or leaves it (after logout). */
  refresh: () => void;
  logout: () => Promise<void>;
}

export const SessionContext = createContext<SessionState | null>(null);

export function useSession(): SessionState {
  const state = useContext(SessionContext);
  if (!state) throw new Error('useSession outside SessionGate');
  return state;
}
