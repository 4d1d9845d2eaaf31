import type { Bridge } from '../../../electron/core/bridge';
import type { Result } from '../../../electron/core/errors';

declare global {
  interface Window {
    bridge?: Bridge;
  }
}

export type Transport = (method: string, input: unknown) => Promise<Result<unknown>>;

const UNREACHABLE: Result<unknown> = {
  ok: false,
  error: { code: 'INTERNAL', message: '无法连接到系统服务，请确认服务仍在运行后刷新页面。' },
};

/** Browser mode: the HTTP door; the session is an HttpOnly cookie this code never sees. */
const httpTransport: Transport = async (method, input) => {
  try {
    const response = await fetch(`/api/${method}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      credentials: 'same-origin',
      body: JSON.stringify(input ?? {}),
    });
    return (await response.json()) as Result<unknown>;
  } catch {
    return UNREACHABLE;
  }
};

/** The desktop app: the preload's bridge when it exists, HTTP otherwise. The UI never knows which. */
export const transport: Transport = (method, input) =>
  window.bridge ? window.bridge.call(method, input) : httpTransport(method, input);
