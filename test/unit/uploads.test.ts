import fs from 'node:fs';
import type http from 'node:http';
import { request as httpRequest } from 'node:http';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { MethodInput } from '../../electron/core/contract';
import { openCore } from '../../electron/core/app';
import { MAX_UPLOAD_BYTES } from '../../electron/core/door-limits';
import { startAppServer } from '../../electron/server/server';
import { runCli } from '../support/cli';
import {
  addUserAndLogin,
  expectOk,
  makeTempDir,
  ManualClock,
  openTestCore,
  setUpOffice,
  withToken,
  type TestCore,
  resultOf,
} from '../support/core';
import { HEADER } from '../support/subjects';
import { writeWorkbook } from '../support/xlsx';

let t: TestCore;
let server: http.Server;
let base: string;
let admin: string;

beforeEach(async () => {
  t = openTestCore();
  admin = await setUpOffice(t.core);
  ({ server, url: base } = await startAppServer({ core: t.core, rendererDir: t.dir, port: 0 }));
});
afterEach(async () => {
  await new Promise((resolve) => server.close(resolve));
  t.cleanup();
});

const upload = async (token: string, bytes: number, name = 'a.xlsx') => {
  const response = await fetch(`${base}/api/upload?name=${name}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/octet-stream', Cookie: `sid=${token}` },
    body: Buffer.alloc(bytes, 1),
  });
  return {
    status: response.status,
    body: (await response.json()) as {
      ok: boolean;
      value?: { upload: string };
      error?: { code: string; message: string };
    },
  };
};
const setting = (key: string, value: MethodInput<'settings.set'>['value']) =>
  expectOk(t.core, withToken(admin), 'settings.set', { key, value });
const uploadsDir = () => path.join(t.dir, 'uploads');

describe('uploads over HTTP', () => {
  it('a 只读 account cannot upload at all', async () => {
    const viewer = await addUserAndLogin(t.core, admin, { username: 'lingdao', role: 'viewer' });
    const refused = await upload(viewer, 10);
    expect(refused.status).toBe(403);
    expect(refused.body.error?.message).toContain('只读账户不能上传文件');
    expect(fs.readdirSync(uploadsDir())).toEqual([]);
  });

  it('holds each account to a number of unused uploads; a method taking one frees its place', async () => {
    await setting('uploads.maxFiles', 2);
    const first = await upload(admin, 10);
    expect((await upload(admin, 10)).status).toBe(200);
    const third = await upload(admin, 10);
    expect(third.status).toBe(429);
    expect(third.body.error?.message).toMatch(/已有 2 个上传的文件尚未使用，达到每个账户 2 个的上限/);
    expect(fs.readdirSync(uploadsDir())).toHaveLength(2);
    // Another account has its own quota.
    const other = await addUserAndLogin(t.core, admin, { username: 'guanli2', role: 'admin' });
    expect((await upload(other, 10)).status).toBe(200);
    // A method that takes the upload (here, a calendar file that is not one) ends its count.
    const taken = await resultOf(t.core, withToken(admin), 'calendar.importFile', { upload: first.body.value!.upload });
    expect(taken.ok).toBe(false);
    expect((await upload(admin, 10)).status).toBe(200);
  });

  it('holds each account to a number of megabytes of unused uploads', async () => {
    await setting('uploads.maxMegabytes', 1);
    expect((await upload(admin, 600 * 1024)).status).toBe(200);
    const over = await upload(admin, 600 * 1024);
    expect(over.status).toBe(429);
    expect(over.body.error?.message).toContain('超过您的剩余上传容量');
    expect(fs.readdirSync(uploadsDir())).toHaveLength(1);
    expect((await upload(admin, 300 * 1024)).status).toBe(200);
    const full = await upload(admin, 300 * 1024);
    expect(full.status).toBe(429);
    expect(full.body.error?.message).toContain('剩余上传容量（0.1 MB');
  });

  it('refuses a file over the door limit by its declared size, with the desktop door’s message', async () => {
    await setting('uploads.maxMegabytes', 1000);
    const answer = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const url = new URL(`${base}/api/upload?name=big.xlsx`);
      const req = httpRequest(
        {
          host: url.hostname,
          port: url.port,
          path: url.pathname + url.search,
          method: 'POST',
          headers: {
            'Content-Type': 'application/octet-stream',
            'Content-Length': String(MAX_UPLOAD_BYTES + 1),
            Cookie: `sid=${admin}`,
          },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('end', () => {
            resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') });
            req.destroy();
          });
        },
      );
      req.on('error', reject);
      req.write(Buffer.alloc(1024, 1)); // the rest never comes: the door answers from the declared size
    });
    expect(answer.status).toBe(413);
    expect(JSON.parse(answer.body)).toEqual({
      ok: false,
      error: { code: 'INVALID_INPUT', message: '文件超过 200 MB，请拆分后再上传。' },
    });
    expect(fs.readdirSync(uploadsDir())).toEqual([]);
  });

  it('refuses quota settings that make no sense', async () => {
    for (const [key, value] of [
      ['uploads.maxFiles', 0],
      ['uploads.maxFiles', 'many'],
      ['uploads.maxMegabytes', -1],
    ] as const) {
      const result = await resultOf(t.core, withToken(admin), 'settings.set', { key, value });
      expect(result, `${key}=${value}`).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    }
  });

  it('sweeps uploads an hour old, used or not, and keeps fresh ones', async () => {
    await setting('uploads.maxFiles', 1);
    const old = await upload(admin, 10);
    const file = path.join(uploadsDir(), old.body.value?.upload ?? '');
    const twoHoursAgo = new Date(Date.now() - 2 * 3600_000);
    fs.utimesSync(file, twoHoursAgo, twoHoursAgo);
    t.core.files.sweep(new Date());
    expect(fs.existsSync(file)).toBe(false);
    // The account's place is free again.
    const fresh = await upload(admin, 10);
    expect(fresh.status).toBe(200);
    t.core.files.sweep(new Date());
    expect(fs.readdirSync(uploadsDir())).toEqual([fresh.body.value?.upload]);
  });
});

describe('the hourly sweep', () => {
  afterEach(() => vi.useRealTimers());

  it('runs every hour while the core is open and stops when it closes', () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    const dir = makeTempDir();
    const clock = new ManualClock(new Date());
    const core = openCore({ dataDir: dir, clock });
    try {
      expect(vi.getTimerCount()).toBe(1);
      const stale = core.files.newUpload('a.xlsx', 1);
      fs.writeFileSync(stale.path, 'x');
      clock.advanceMinutes(61);
      vi.advanceTimersByTime(3600_000);
      expect(fs.existsSync(stale.path)).toBe(false);
      expect(core.files.uploadsHeldBy(1)).toEqual({ count: 0, bytes: 0 });
    } finally {
      core.close();
    }
    expect(vi.getTimerCount()).toBe(0);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});

describe('CLI import', () => {
  it('reads the workbook in place and leaves no copy in the uploads folder', async () => {
    const dir = makeTempDir('ssj-cli-uploads-');
    try {
      const book = path.join(dir, 'in.xlsx');
      await writeWorkbook(book, [
        {
          name: 'Sheet1',
          rows: [
            HEADER,
            ['91350100M000100Y43', '示范超市', '企业', '王五', '一街 1 号', 'F5211', '2015-03-02', 'B', '', ''],
          ],
        },
      ]);
      const result = runCli(dir, 'subjects', 'import', book);
      expect(result.code, result.err).toBe(0);
      expect(result.out).toContain('已导入：共 1 行：新增 1');
      expect(fs.readdirSync(path.join(dir, 'uploads'))).toEqual([]);
      expect(fs.existsSync(book)).toBe(true);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
