import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import type { Core } from '../core/app';
import { callInputFromValue } from '../core/door-limits';
import type { Result } from '../core/errors';
import { CHANNELS } from '../preload/channels';

export type TrustCheck = (event: IpcMainInvokeEvent) => boolean;

/** The login session of the window an IPC message came from, or null: it lives here, never in the page. */
export type SessionOf = (event: IpcMainInvokeEvent) => string | null;

export const UNTRUSTED: Result<never> = {
  ok: false,
  error: { code: 'FORBIDDEN', message: '拒绝来自未知页面的请求。' },
};

/**
 * The IPC door: one handler over dispatch. The login session belongs to the window (webContents) and stays in
 * the main process; the page never holds a token. Inputs are held to the HTTP door's rules (door-limits.ts).
 * Returns how the native services (native.ts) find the session of the window asking.
 */
export function registerCoreIpc(ipcMain: Pick<IpcMain, 'handle'>, core: Core, isTrusted: TrustCheck): SessionOf {
  const sessions = new Map<number, string>();
  ipcMain.handle(CHANNELS.call, async (event, method: unknown, raw: unknown) => {
    if (!isTrusted(event)) return UNTRUSTED;
    if (typeof method !== 'string') return { ok: false, error: { code: 'UNKNOWN_METHOD', message: '未知的操作。' } };
    const input = callInputFromValue(raw);
    if (!input.ok) return input;
    const windowId = event.sender.id;
    const { session, ...result } = await core.call(
      { door: 'ipc', local: true, sessionToken: sessions.get(windowId) ?? null },
      method,
      input.value,
    );
    if (session?.kind === 'started') {
      if (!sessions.has(windowId)) event.sender.once('destroyed', () => sessions.delete(windowId));
      sessions.set(windowId, session.token);
    }
    if (session?.kind === 'ended') sessions.delete(windowId);
    return result;
  });
  return (event) => sessions.get(event.sender.id) ?? null;
}

/** Accepts only the main frame of a page loaded from our own bundle (or the dev server in development). */
export function trustFrames(allowedOrigins: string[]): TrustCheck {
  return (event) => {
    const frame = event.senderFrame;
    if (!frame || frame !== event.sender.mainFrame) return false;
    return allowedOrigins.some((origin) => frame.url.startsWith(origin));
  };
}
