import type { IpcMainInvokeEvent } from 'electron';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { registerCoreIpc, trustFrames } from '../../electron/main/ipc';
import { createBridge } from '../../electron/preload/bridge';
import { CHANNELS } from '../../electron/preload/channels';
import { ADMIN_PASSWORD, openTestCore, setUpOffice, type TestCore } from '../support/core';

type Handler = (event: IpcMainInvokeEvent, ...args: unknown[]) => unknown;

const APP_ORIGIN = 'file:///opt/app/out/renderer/';

/** Records handlers like ipcMain, and plays the renderer side like ipcRenderer.invoke from a given frame. */
class FakeIpc {
  readonly handlers = new Map<string, Handler>();
  private destroyListeners: (() => void)[] = [];

  handle(channel: string, handler: Handler): void {
    if (this.handlers.has(channel)) throw new Error(`second handler for ${channel}`);
    this.handlers.set(channel, handler);
  }

  rendererFor(url: string, senderId = 1, subFrame = false) {
    const mainFrame = { url };
    const sender = { id: senderId, mainFrame, once: (_e: string, l: () => void) => this.destroyListeners.push(l) };
    const event = { sender, senderFrame: subFrame ? { url } : mainFrame } as unknown as IpcMainInvokeEvent;
    return {
      invoke: async (channel: string, ...args: unknown[]) => {
        const handler = this.handlers.get(channel);
        if (!handler) throw new Error(`No handler registered for '${channel}'`);
        // Electron clones arguments and results across processes; so does this fake.
        return structuredClone(await handler(event, ...structuredClone(args)));
      },
    };
  }

  destroyWindows(): void {
    this.destroyListeners.splice(0).forEach((l) => l());
  }
}

let t: TestCore;
let ipc: FakeIpc;
beforeEach(() => {
  t = openTestCore();
  ipc = new FakeIpc();
  registerCoreIpc(ipc, t.core, trustFrames([APP_ORIGIN]));
});
afterEach(() => t.cleanup());

describe('IPC door', () => {
  it('registers exactly one channel for all contract methods', () => {
    expect([...ipc.handlers.keys()]).toEqual([CHANNELS.call]);
  });

  it('carries calls through the bridge and keeps the session in the main process', async () => {
    await setUpOffice(t.core);
    const bridge = createBridge(ipc.rendererFor(`${APP_ORIGIN}index.html`));
    const login = await bridge.call('auth.login', { username: 'admin', password: ADMIN_PASSWORD });
    expect(login.ok).toBe(true);
    expect(JSON.stringify(login)).not.toMatch(/token/i);
    const me = await bridge.call('auth.me', {});
    expect(me).toMatchObject({ ok: true, value: { user: { username: 'admin' } } });
  });

  it('gives each window its own session', async () => {
    await setUpOffice(t.core);
    const first = createBridge(ipc.rendererFor(`${APP_ORIGIN}index.html`, 1));
    const second = createBridge(ipc.rendererFor(`${APP_ORIGIN}index.html`, 2));
    await first.call('auth.login', { username: 'admin', password: ADMIN_PASSWORD });
    expect((await second.call('auth.me', {})).ok).toBe(false);
  });

  it('forgets the session when the window is destroyed', async () => {
    await setUpOffice(t.core);
    const bridge = createBridge(ipc.rendererFor(`${APP_ORIGIN}index.html`));
    await bridge.call('auth.login', { username: 'admin', password: ADMIN_PASSWORD });
    ipc.destroyWindows();
    const me = await bridge.call('auth.me', {});
    expect(me.ok ? null : me.error.code).toBe('UNAUTHENTICATED');
  });

  it('treats the desktop window as local, so first-run set-up works there', async () => {
    const bridge = createBridge(ipc.rendererFor(`${APP_ORIGIN}index.html`));
    const status = await bridge.call('auth.status', {});
    expect(status).toMatchObject({ ok: true, value: { setupAllowed: true } });
  });

  it('refuses frames that are not our page, and sub-frames', async () => {
    for (const renderer of [
      ipc.rendererFor('https://evil.example/'),
      ipc.rendererFor(`${APP_ORIGIN}index.html`, 1, true),
    ]) {
      const result = await createBridge(renderer).call('auth.status', {});
      expect(result).toEqual({ ok: false, error: { code: 'FORBIDDEN', message: '拒绝来自未知页面的请求。' } });
    }
  });

  it('validates input as every door does', async () => {
    const bridge = createBridge(ipc.rendererFor(`${APP_ORIGIN}index.html`));
    const result = await bridge.call('auth.login', { username: ['x'] });
    expect(result.ok ? null : result.error.code).toBe('INVALID_INPUT');
    const unknown = await ipc.rendererFor(`${APP_ORIGIN}index.html`).invoke(CHANNELS.call, 42, {});
    expect(unknown).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } });
  });
});
