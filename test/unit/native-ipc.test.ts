import fs from 'node:fs';
import path from 'node:path';
import type { BrowserWindow, Dialog } from 'electron';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { FileArea } from '../../electron/core/files';
import { registerCoreIpc, trustFrames } from '../../electron/main/ipc';
import { registerNativeIpc } from '../../electron/main/native';
import { createBridge } from '../../electron/preload/bridge';
import { MAX_UPLOAD_BYTES, uploadTooLarge } from '../../electron/core/door-limits';
import {
  ADMIN_PASSWORD,
  expectOk,
  logIn as logInAdmin,
  makeTempDir,
  openTestCore,
  setUpOffice,
  withToken,
  type TestCore,
} from '../support/core';
import { FakeIpc } from '../support/fake-ipc';

const APP_ORIGIN = 'file:///opt/app/out/renderer/';

let t: TestCore;
let dir: string;
let files: FileArea;
let ipc: FakeIpc;
let opened: string[];
let openProblem: string;
let savedTo: string;
/** What the open dialog hands back: a file the user picked, or nothing (cancelled). */
let picked: string | null;

beforeEach(() => {
  t = openTestCore();
  dir = makeTempDir();
  files = t.core.files;
  ipc = new FakeIpc();
  opened = [];
  openProblem = '';
  savedTo = path.join(dir, 'chosen.pdf');
  picked = null;
  const dialog = {
    showSaveDialog: () => Promise.resolve({ canceled: false, filePath: savedTo }),
    showOpenDialog: () => Promise.resolve({ canceled: picked === null, filePaths: picked === null ? [] : [picked] }),
  } as unknown as Pick<Dialog, 'showSaveDialog' | 'showOpenDialog'>;
  const isTrusted = trustFrames([APP_ORIGIN]);
  registerNativeIpc(ipc, {
    dialog,
    windowOf: () => null as BrowserWindow | null,
    core: t.core,
    sessionOf: registerCoreIpc(ipc, t.core, isTrusted),
    isTrusted,
    openPath: (file) => {
      opened.push(file);
      return Promise.resolve(openProblem);
    },
    tempDir: path.join(dir, 'tmp'),
  });
});
afterEach(() => {
  t.cleanup();
  fs.rmSync(dir, { recursive: true, force: true });
});

function aDownload(bytes = '%PDF-1.7 test'): string {
  const download = files.newDownload('x.pdf');
  fs.writeFileSync(download.path, bytes);
  return download.id;
}

describe('native IPC: documents', () => {
  it('opens a PDF in the system viewer under a safe name, handing each download out once', async () => {
    const bridge = createBridge(ipc.rendererFor(`${APP_ORIGIN}index.html`));
    const id = aDownload();
    await expect(bridge.native.openDownload(id, '../../任务:通知书?.pdf')).resolves.toEqual({
      ok: true,
      value: { opened: true },
    });
    expect(opened).toHaveLength(1);
    expect(path.dirname(opened[0]!)).toBe(path.join(dir, 'tmp', 'shuangsuiji-print'));
    expect(path.basename(opened[0]!)).toBe('任务_通知书_.pdf');
    expect(fs.readFileSync(opened[0]!, 'utf8')).toBe('%PDF-1.7 test');
    expect(files.downloadPath(id)).toBeNull();
    await expect(bridge.native.openDownload(id, 'again.pdf')).resolves.toEqual({ ok: true, value: { opened: false } });
  });

  it('says why when the system cannot open it, and saves where the user chose', async () => {
    const bridge = createBridge(ipc.rendererFor(`${APP_ORIGIN}index.html`));
    openProblem = 'No application is associated with the specified file';
    const refused = await bridge.native.openDownload(aDownload(), '通知书.pdf');
    expect(refused.ok ? null : refused.error.message).toMatch(/无法打开 通知书\.pdf.*PDF 阅读器/);
    await expect(bridge.native.saveDownload(aDownload('saved'), '计划.pdf')).resolves.toEqual({
      ok: true,
      value: { saved: true },
    });
    expect(fs.readFileSync(savedTo, 'utf8')).toBe('saved');
  });

  it('refuses a page that is not the application’s own', async () => {
    const stranger = createBridge(ipc.rendererFor('https://example.com/'));
    const id = aDownload();
    await expect(stranger.native.openDownload(id, 'x.pdf')).resolves.toMatchObject({ ok: false });
    expect(opened).toHaveLength(0);
    expect(files.downloadPath(id)).not.toBeNull();
  });
});

describe('native IPC: a refusal is a Result, never a rejection', () => {
  it('says why a save failed, and keeps the file to try again', async () => {
    const bridge = createBridge(ipc.rendererFor(`${APP_ORIGIN}index.html`));
    const id = aDownload('plan');
    savedTo = path.join(dir, 'gone', '计划.pdf');
    const answer = await bridge.native.saveDownload(id, '计划.pdf');
    expect(answer).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(answer.ok ? '' : answer.error.message).toMatch(/^无法保存“计划\.pdf”：文件或文件夹不存在.*请重新选择/);
    expect(files.downloadPath(id)).not.toBeNull();
  });

  it('answers a malformed request with INVALID_INPUT', async () => {
    const bridge = createBridge(ipc.rendererFor(`${APP_ORIGIN}index.html`));
    const answer = await bridge.native.saveFile({ defaultName: '', filters: [], data: new Uint8Array(1) });
    expect(answer).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });
});

describe('native IPC: uploads are held to the same limits as a browser’s', () => {
  const logIn = async () => {
    await setUpOffice(t.core);
    const bridge = createBridge(ipc.rendererFor(`${APP_ORIGIN}index.html`));
    expect((await bridge.call('auth.login', { username: 'admin', password: ADMIN_PASSWORD })).ok).toBe(true);
    return bridge;
  };
  const aFile = (name: string, bytes: number): string => {
    const file = path.join(dir, name);
    fs.writeFileSync(file, '');
    fs.truncateSync(file, bytes); // sparse: the size is what counts
    return file;
  };
  const uploadsDir = () => path.join(t.dir, 'uploads');

  it('takes a picked file for the logged-in account only', async () => {
    const anonymous = createBridge(ipc.rendererFor(`${APP_ORIGIN}index.html`, 2));
    picked = aFile('名录.xlsx', 10);
    await expect(anonymous.native.uploadFile([])).resolves.toMatchObject({
      ok: false,
      error: { code: 'UNAUTHENTICATED' },
    });
    const bridge = await logIn();
    const answer = await bridge.native.uploadFile([]);
    expect(answer).toMatchObject({ ok: true, value: { name: '名录.xlsx' } });
    expect(files.uploadsHeldBy(1)).toEqual({ count: 1, bytes: 10 });
    picked = null;
    await expect(bridge.native.uploadFile([])).resolves.toEqual({ ok: true, value: null });
  });

  it('refuses a file over the door limit with the HTTP door’s message', async () => {
    const bridge = await logIn();
    await expectOk(t.core, withToken(await logInAdmin(t.core)), 'settings.set', {
      key: 'uploads.maxMegabytes',
      value: 1000,
    });
    picked = aFile('大.xlsx', MAX_UPLOAD_BYTES + 1);
    const answer = await bridge.native.uploadFile([]);
    expect(answer).toEqual({ ok: false, error: { code: 'INVALID_INPUT', message: uploadTooLarge().message } });
    expect(answer.ok ? '' : answer.error.message).toBe('文件超过 200 MB，请拆分后再上传。');
    expect(fs.readdirSync(uploadsDir())).toEqual([]);
  });

  it('counts against the account’s upload quota, as a browser’s upload does', async () => {
    const bridge = await logIn();
    await expectOk(t.core, withToken(await logInAdmin(t.core)), 'settings.set', { key: 'uploads.maxFiles', value: 1 });
    picked = aFile('a.xlsx', 10);
    expect((await bridge.native.uploadFile([])).ok).toBe(true);
    const second = await bridge.native.uploadFile([]);
    expect(second).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(second.ok ? '' : second.error.message).toMatch(/已有 1 个上传的文件尚未使用，达到每个账户 1 个的上限/);
    expect(fs.readdirSync(uploadsDir())).toHaveLength(1);
  });
});
