import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CALL_NOT_JSON, CALL_TOO_LARGE } from '../../electron/core/door-limits';
import { registerCoreIpc, trustFrames } from '../../electron/main/ipc';
import { createBridge } from '../../electron/preload/bridge';
import { CHANNELS } from '../../electron/preload/channels';
import { ADMIN_PASSWORD, openTestCore, setUpOffice, type TestCore } from '../support/core';
import { FakeIpc } from '../support/fake-ipc';

const APP_ORIGIN = 'file:///opt/app/out/renderer/';

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

  it('refuses what the HTTP door refuses: an input over 1 MB, or one JSON cannot carry', async () => {
    const window = ipc.rendererFor(`${APP_ORIGIN}index.html`);
    const huge = await window.invoke(CHANNELS.call, 'auth.login', { username: 'x'.repeat(2 * 1024 * 1024) });
    expect(huge).toEqual({ ok: false, error: CALL_TOO_LARGE });
    expect(CALL_TOO_LARGE.message).toBe('请求内容过大（超过 1 MB）。');
    const notJson = await window.invoke(CHANNELS.call, 'auth.login', { username: 1n });
    expect(notJson).toEqual({ ok: false, error: CALL_NOT_JSON });
    expect(CALL_NOT_JSON.message).toBe('请求内容不是有效的 JSON。');
  });
});
