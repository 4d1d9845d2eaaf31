import type http from 'node:http';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isLoopback } from '../../electron/server/security';
import { ADMIN_PASSWORD, setUpOffice, type TestCore } from '../support/core';
import { serveTestApp, stopTestApp, type TestApp } from '../support/http';

let app: TestApp;
let t: TestCore;
let base: string;

beforeEach(async () => {
  app = await serveTestApp();
  ({ t, base } = app);
});
afterEach(() => stopTestApp(app));

const post = (method: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${base}/api/${method}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });

describe('HTTP door', () => {
  it('binds to the loopback address by default', () => {
    expect(base).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });

  it('serves the renderer with a CSP and refuses paths outside it', async () => {
    const page = await fetch(`${base}/`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(page.headers.get('x-frame-options')).toBe('DENY');
    expect((await fetch(`${base}/..%2f..%2fetc%2fpasswd`)).status).toBe(404);
  });

  it('sets an HttpOnly, SameSite=Strict session cookie and never returns the token', async () => {
    await setUpOffice(t.core);
    const response = await post('auth.login', { username: 'admin', password: ADMIN_PASSWORD });
    const cookie = response.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^sid=[^;]+; HttpOnly; SameSite=Strict; Path=\//);
    const body = (await response.json()) as { ok: boolean };
    expect(body.ok).toBe(true);
    expect(JSON.stringify(body)).not.toContain(cookie.split(';')[0]?.slice(4));
    const me = await post('auth.me', {}, { Cookie: cookie.split(';')[0] ?? '' });
    expect(await me.json()).toMatchObject({ ok: true, value: { user: { username: 'admin' } } });
  });

  it('clears the cookie on logout', async () => {
    await setUpOffice(t.core);
    const login = await post('auth.login', { username: 'admin', password: ADMIN_PASSWORD });
    const sid = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    const out = await post('auth.logout', {}, { Cookie: sid });
    expect(out.headers.get('set-cookie')).toMatch(/^sid=; .*Max-Age=0/);
    expect(await (await post('auth.me', {}, { Cookie: sid })).json()).toMatchObject({ ok: false });
  });

  it('refuses cross-site requests: foreign Origin, form posts, and GET', async () => {
    const foreign = await post('auth.status', {}, { Origin: 'http://evil.example' });
    expect(foreign.status).toBe(403);
    const form = await fetch(`${base}/api/auth.status`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: 'a=1',
    });
    expect(form.status).toBe(415);
    expect((await fetch(`${base}/api/auth.status`)).status).toBe(405);
    const same = await post('auth.status', {}, { Origin: base });
    expect(same.status).toBe(200);
  });

  it('answers malformed and oversized bodies with Chinese messages', async () => {
    const broken = await post('auth.login', '{not json');
    expect(broken.status).toBe(400);
    expect(await broken.json()).toMatchObject({ ok: false, error: { message: '请求内容不是有效的 JSON。' } });
    const huge = await post('auth.login', JSON.stringify({ username: 'x'.repeat(2 * 1024 * 1024) }));
    expect(huge.status).toBe(413);
  });

  it('passes contract errors through unchanged', async () => {
    const response = await post('users.list', {});
    expect(await response.json()).toEqual({
      ok: false,
      error: { code: 'UNAUTHENTICATED', message: '登录已过期或尚未登录，请重新登录。' },
    });
  });
});

describe('loopback detection', () => {
  const from = (remoteAddress: string) => ({ socket: { remoteAddress } }) as unknown as http.IncomingMessage;
  it('accepts IPv4, IPv6 and mapped loopback addresses only', () => {
    expect(['127.0.0.1', '127.1.2.3', '::1', '::ffff:127.0.0.1'].map((a) => isLoopback(from(a)))).toEqual([
      true,
      true,
      true,
      true,
    ]);
    expect(['10.0.0.5', '192.168.1.2', '::ffff:10.0.0.1', '1270.0.0.1', ''].map((a) => isLoopback(from(a)))).toEqual([
      false,
      false,
      false,
      false,
      false,
    ]);
  });
});
