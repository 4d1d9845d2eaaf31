import { Result, Spin } from 'antd';
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { MethodName } from '../../../electron/core/contract';
import { call, errorMessage, onSessionLost } from '../api/client';
import { OfficeDayProvider } from '../components/OfficeDay';
import { ForcedPasswordChange } from '../features/auth/ForcedPasswordChange';
import { LoginPage } from '../features/auth/LoginPage';
import { SetupPage } from '../features/auth/SetupPage';
import { AppRouter } from './AppRouter';
import { SessionContext, type SessionState } from './session';

type Status = Awaited<ReturnType<typeof call<'auth.status'>>>;

/** Decides what the person sees first: set-up on a fresh system, the login page, or the application. */
export function SessionGate() {
  const [status, setStatus] = useState<Status | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  const refresh = useCallback(() => {
    call('auth.status', {}).then(setStatus, (e: unknown) => setFailure(errorMessage(e)));
  }, []);

  useEffect(refresh, [refresh]);
  useEffect(() => onSessionLost(refresh), [refresh]);

  const state = useMemo<SessionState | null>(() => {
    if (!status?.session) return null;
    const allowed = new Set(status.session.permissions);
    return {
      session: status.session,
      officeName: status.officeName ?? '',
      can: (method: MethodName) => allowed.has(method),
      refresh,
      logout: async () => {
        await call('auth.logout', {}).catch(() => undefined);
        // The next person to log in starts at the workbench, not on the last screen of the previous one.
        window.location.hash = '#/';
        refresh();
      },
    };
  }, [status, refresh]);

  if (failure) return <Result status="error" title="无法连接系统服务" subTitle={failure} />;
  if (!status) return <Spin size="large" fullscreen tip="正在连接…" />;
  if (!status.initialized) {
    if (status.setupAllowed) return <SetupPage onDone={refresh} />;
    return (
      <Result
        status="warning"
        title="系统尚未初始化"
        subTitle="为安全起见，首个管理员账户只能在运行本系统的电脑上创建。请在该电脑上打开本系统完成初始化。"
      />
    );
  }
  if (!state) return <LoginPage officeName={status.officeName} onLoggedIn={refresh} />;
  return (
    <SessionContext.Provider value={state}>
      {state.session.user.mustChangePassword ? (
        <ForcedPasswordChange />
      ) : (
        <OfficeDayProvider>
          <AppRouter />
        </OfficeDayProvider>
      )}
    </SessionContext.Provider>
  );
}
