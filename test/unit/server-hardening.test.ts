import fs from 'node:fs';
import type http from 'node:http';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startAppServer } from '../../electron/server/server';
import {
  ADMIN_PASSWORD,
  expectOk,
  LOCAL_HTTP,
  makeTempDir,
  openTestCore,
  setUpOffice,
  withToken,
  type TestCore,
  resultOf,
} from '../support/core';
import { postAs, rawRequest } from '../support/http';

let t: TestCore;
let server: http.Server;
let base: string;
let port: string;
let rendererDir: string;

async function start(allowedHosts: string[] = []) {
  ({ server, url: base } = await startAppServer({ core: t.core, rendererDir, port: 0, allowedHosts }));
  port = new URL(base).port;
}

beforeEach(() => {
  t = openTestCore();
  rendererDir = makeTempDir('ssj-renderer-');
  fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>测试</title>');
});
afterEach(async () => {
  await new Promise((resolve) => server.close(resolve));
  t.cleanup();
  fs.rmSync(rendererDir, { recursive: true, force: true });
});

const SETUP = {
  officeName: '固阳县市场监督管理局',
  regionCode: '150222',
  username: 'admin',
  displayName: '王管理',
  password: ADMIN_PASSWORD,
};
const initialized = async () =>
  ((await resultOf(t.core, LOCAL_HTTP, 'auth.status', {})) as { value: { initialized: boolean } }).value.initialized;
const errorOf = (body: string) => (JSON.parse(body) as { error: { code: string; message: string } }).error;

describe('HTTP door: the Host header (DNS rebinding)', () => {
  it('refuses the first-run set-up from a rebound page on this machine, and creates nothing', async () => {
    await start();
    const response = await postAs(base, `attacker.example:${port}`, 'auth.setup', SETUP);
    expect(response.status).toBe(421);
    expect(errorOf(response.body).message).toContain('地址未被允许');
    expect(response.headers['set-cookie']).toBeUndefined();
    expect(await initialized()).toBe(false);
    const plain = await postAs(base, 'attacker.example', 'auth.setup', SETUP);
    expect(plain.status).toBe(421);
    expect(await initialized()).toBe(false);
  });

  it('refuses a login and every other call under a rebound name', async () => {
    await start();
    await setUpOffice(t.core);
    const login = await postAs(base, `attacker.example:${port}`, 'auth.login', {
      username: 'admin',
      password: ADMIN_PASSWORD,
    });
    expect(login.status).toBe(421);
    expect(login.headers['set-cookie']).toBeUndefined();
    expect((await postAs(base, 'evil.test', 'auth.status', {})).status).toBe(421);
    // A Host the parser cannot read strictly is refused as well, not guessed at.
    expect((await postAs(base, `attacker.example@127.0.0.1:${port}`, 'auth.status', {})).status).toBe(421);
    // Loopback names stay open.
    for (const host of [`127.0.0.1:${port}`, `localhost:${port}`, `127.8.9.10:${port}`]) {
      expect((await postAs(base, host, 'auth.status', {})).status, host).toBe(200);
    }
  });

  it('accepts an intranet name the administrator registered for login, but never for the first-run set-up', async () => {
    await start(['ssj.intranet']);
    const setup = await postAs(base, `ssj.intranet:${port}`, 'auth.setup', SETUP);
    expect(setup.status).toBe(200);
    expect(errorOf(setup.body)).toMatchObject({ code: 'FORBIDDEN' });
    const status = await postAs(base, `ssj.intranet:${port}`, 'auth.status', {});
    expect(JSON.parse(status.body)).toMatchObject({ ok: true, value: { setupAllowed: false } });
    expect(await initialized()).toBe(false);

    const admin = await setUpOffice(t.core);
    expect((await postAs(base, `office.intranet:${port}`, 'auth.status', {})).status).toBe(421);
    await expectOk(t.core, withToken(admin), 'settings.set', {
      key: 'server.allowedHosts',
      value: ['Office.Intranet'],
    });
    const login = await postAs(base, `office.intranet:${port}`, 'auth.login', {
      username: 'admin',
      password: ADMIN_PASSWORD,
    });
    expect(login.status).toBe(200);
    expect(JSON.parse(login.body)).toMatchObject({ ok: true });
    // A registered name with a port matches that port only.
    await expectOk(t.core, withToken(admin), 'settings.set', {
      key: 'server.allowedHosts',
      value: ['office.intranet:1'],
    });
    expect((await postAs(base, `office.intranet:${port}`, 'auth.status', {})).status).toBe(421);
  });

  it('refuses an allow-list entry that is not a plain host name', async () => {
    await start();
    const admin = await setUpOffice(t.core);
    for (const value of [['*.example'], ['http://a.example'], ['a.example/x'], 'a.example']) {
      const result = await resultOf(t.core, withToken(admin), 'settings.set', { key: 'server.allowedHosts', value });
      expect(result, JSON.stringify(value)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    }
  });

  it('refuses the static pages, uploads and downloads under a rebound name', async () => {
    await start();
    const page = await rawRequest(base, '/', { headers: { Host: `attacker.example:${port}` } });
    expect(page.status).toBe(421);
    expect(page.body).toContain('地址未被允许');
    expect(page.body).not.toContain('<title>');
    const upload = await rawRequest(base, '/api/upload?name=a.xlsx', {
      method: 'POST',
      headers: { Host: 'attacker.example', 'Content-Type': 'application/octet-stream' },
      body: 'x',
    });
    expect(upload.status).toBe(421);
    expect(
      (await rawRequest(base, '/api/download/0123456789abcdef01234567.pdf', { headers: { Host: 'attacker.example' } }))
        .status,
    ).toBe(421);
    expect((await rawRequest(base, '/', { headers: { Host: `localhost:${port}` } })).status).toBe(200);
  });
});

describe('HTTP door: static files and content types', () => {
  it('never follows a symlink in the renderer folder', async () => {
    await start();
    const outside = makeTempDir('ssj-outside-');
    fs.writeFileSync(path.join(outside, 'secret.txt'), '机密');
    fs.symlinkSync(path.join(outside, 'secret.txt'), path.join(rendererDir, 'leak.txt'));
    fs.symlinkSync(outside, path.join(rendererDir, 'linked'));
    fs.symlinkSync(path.join(rendererDir, 'index.html'), path.join(rendererDir, 'inside.html'));
    try {
      for (const url of ['/leak.txt', '/linked/secret.txt', '/inside.html']) {
        const response = await fetch(`${base}${url}`);
        expect(response.status, url).toBe(404);
        expect(await response.text()).not.toContain('机密');
      }
      expect((await fetch(`${base}/index.html`)).status).toBe(200);
    } finally {
      fs.rmSync(outside, { recursive: true, force: true });
    }
  });

  it('takes exactly application/json (with an optional UTF-8 charset) on the API', async () => {
    await start();
    const post = (type: string) =>
      fetch(`${base}/api/auth.status`, { method: 'POST', headers: { 'Content-Type': type }, body: '{}' });
    for (const bad of ['application/jsonx', 'application/json-patch+json', 'application/json; charset=latin1']) {
      const response = await post(bad);
      expect(response.status, bad).toBe(415);
      expect(await response.json()).toMatchObject({ ok: false, error: { message: '请求格式应为 JSON。' } });
    }
    for (const good of ['application/json', 'application/json; charset=utf-8', 'Application/JSON;charset=UTF-8']) {
      expect((await post(good)).status, good).toBe(200);
    }
    // A header a browser would send for a text/plain form with a crafted type is refused too.
    const crafted = await rawRequest(base, '/api/auth.status', {
      method: 'POST',
      headers: { 'Content-Type': 'text/plain; application/json' },
      body: '{}',
    });
    expect(crafted.status).toBe(415);
  });
});
