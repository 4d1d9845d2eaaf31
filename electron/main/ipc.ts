import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import type { Core } from '../core/app';
import type { Result } from '../core/errors';
import { CHANNELS } from '../preload/channels';

export type TrustCheck = (event: IpcMainInvokeEvent) => boolean;

export const UNTRUSTED: Result<never> = {
  ok: false,
  error: { code: 'FORBIDDEN', message: '拒绝来自未知页面的请求。' },
};

/**
 * The IPC door: one handler over dispatch. The login session belongs to the window (webContents) and stays in
 * the main process; the page never holds a token.
 */
export function registerCoreIpc(ipcMain: Pick<IpcMain, 'handle'>, core: Core, isTrusted: TrustCheck): void {
  const sessions = new Map<number, string>();
  ipcMain.handle(CHANNELS.call, async (event, method: unknown, input: unknown) => {
    if (!isTrusted(event)) return UNTRUSTED;
    if (typeof method !== 'string') return { ok: false, error: { code: 'UNKNOWN_METHOD', message: '未知的操作。' } };
    const windowId = event.sender.id;
    const { session, ...result } = await core.call(
      { door: 'ipc', local: true, sessionToken: sessions.get(windowId) ?? null },
      method,
      input,
    );
    if (session?.kind === 'started') {
      if (!sessions.has(windowId)) event.sender.once('destroyed', () => sessions.delete(windowId));
      sessions.set(windowId, session.token);
    }
    if (session?.kind === 'ended') sessions.delete(windowId);
    return result;
  });
}

/** Accepts only the main frame of a page loaded from our own bundle (or the dev server in development). */
export function trustFrames(allowedOrigins: string[]): TrustCheck {
  return (event) => {
    const frame = event.senderFrame;
    if (!frame || frame !== event.sender.mainFrame) return false;
    return allowedOrigins.some((origin) => frame.url.startsWith(origin));
  };
}
