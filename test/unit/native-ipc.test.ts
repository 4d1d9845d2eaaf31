import fs from 'node:fs';
import path from 'node:path';
import type { BrowserWindow, Dialog } from 'electron';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { trustFrames } from '../../electron/main/ipc';
import { registerNativeIpc } from '../../electron/main/native';
import { createBridge } from '../../electron/preload/bridge';
import { makeTempDir } from '../support/core';
import { FakeIpc } from '../support/fake-ipc';
import { FileArea } from '../../electron/core/files';

const APP_ORIGIN = 'file:///opt/app/out/renderer/';

let dir: string;
let files: FileArea;
let ipc: FakeIpc;
let opened: string[];
let openProblem: string;
let savedTo: string;

beforeEach(() => {
  dir = makeTempDir();
  files = new FileArea(path.join(dir, 'data'));
  ipc = new FakeIpc();
  opened = [];
  openProblem = '';
  savedTo = path.join(dir, 'chosen.pdf');
  const dialog = {
    showSaveDialog: () => Promise.resolve({ canceled: false, filePath: savedTo }),
    showOpenDialog: () => Promise.resolve({ canceled: true, filePaths: [] }),
  } as unknown as Pick<Dialog, 'showSaveDialog' | 'showOpenDialog'>;
  registerNativeIpc(ipc, {
    dialog,
    windowOf: () => null as BrowserWindow | null,
    files,
    isTrusted: trustFrames([APP_ORIGIN]),
    openPath: (file) => {
      opened.push(file);
      return Promise.resolve(openProblem);
    },
    tempDir: path.join(dir, 'tmp'),
  });
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

function aDownload(bytes = '%PDF-1.7 test'): string {
  const download = files.newDownload('x.pdf');
  fs.writeFileSync(download.path, bytes);
  return download.id;
}

describe('native IPC: documents', () => {
  it('opens a PDF in the system viewer under a safe name, handing each download out once', async () => {
    const bridge = createBridge(ipc.rendererFor(`${APP_ORIGIN}index.html`));
    const id = aDownload();
    await expect(bridge.native.openDownload(id, '../../任务:通知书?.pdf')).resolves.toEqual({ opened: true });
    expect(opened).toHaveLength(1);
    expect(path.dirname(opened[0]!)).toBe(path.join(dir, 'tmp', 'shuangsuiji-print'));
    expect(path.basename(opened[0]!)).toBe('任务_通知书_.pdf');
    expect(fs.readFileSync(opened[0]!, 'utf8')).toBe('%PDF-1.7 test');
    expect(files.downloadPath(id)).toBeNull();
    await expect(bridge.native.openDownload(id, 'again.pdf')).resolves.toEqual({ opened: false });
  });

  it('says why when the system cannot open it, and saves where the user chose', async () => {
    const bridge = createBridge(ipc.rendererFor(`${APP_ORIGIN}index.html`));
    openProblem = 'No application is associated with the specified file';
    await expect(bridge.native.openDownload(aDownload(), '通知书.pdf')).rejects.toThrow(
      /无法打开 通知书\.pdf.*PDF 阅读器/,
    );
    await expect(bridge.native.saveDownload(aDownload('saved'), '计划.pdf')).resolves.toEqual({ saved: true });
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
