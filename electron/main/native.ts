import fs from 'node:fs/promises';
import path from 'node:path';
import type { BrowserWindow, Dialog, IpcMain, IpcMainInvokeEvent } from 'electron';
import { z } from 'zod';
import type { FileArea } from '../core/files';
import { CHANNELS } from '../preload/channels';
import { UNTRUSTED, type TrustCheck } from './ipc';

const filtersSchema = z
  .array(z.object({ name: z.string().max(60), extensions: z.array(z.string().regex(/^[a-z0-9]{1,8}$/)) }))
  .max(10);
const saveSchema = z.object({
  defaultName: z.string().min(1).max(200),
  filters: filtersSchema,
  data: z.instanceof(Uint8Array),
});
const downloadSchema = z.tuple([z.string().max(64), z.string().min(1).max(200)]);

/** Largest file the user may hand over; larger workbooks are split first. */
const MAX_UPLOAD_BYTES = 200 * 1024 * 1024;

export interface NativeDeps {
  dialog: Pick<Dialog, 'showSaveDialog' | 'showOpenDialog'>;
  /** shell.openPath: '' when the system opened the file, else why not. */
  openPath: (file: string) => Promise<string>;
  /** Where documents opened for printing are put (the OS's temporary folder). */
  tempDir: string;
  windowOf: (event: IpcMainInvokeEvent) => BrowserWindow | null;
  files: FileArea;
  isTrusted: TrustCheck;
}

/** Native dialogs stay outside the contract: they belong to the desktop, not to the application's rules. */
export function registerNativeIpc(ipcMain: Pick<IpcMain, 'handle'>, deps: NativeDeps): void {
  const { dialog, windowOf, files, isTrusted, openPath, tempDir } = deps;
  const save = (event: IpcMainInvokeEvent, defaultName: string, filters: z.infer<typeof filtersSchema>) => {
    const win = windowOf(event);
    const options = { defaultPath: path.basename(defaultName), filters };
    return win ? dialog.showSaveDialog(win, options) : dialog.showSaveDialog(options);
  };

  ipcMain.handle(CHANNELS.saveFile, async (event, raw: unknown) => {
    if (!isTrusted(event)) return UNTRUSTED;
    const request = saveSchema.parse(raw);
    const choice = await save(event, request.defaultName, request.filters);
    if (choice.canceled || !choice.filePath) return { saved: false };
    await fs.writeFile(choice.filePath, request.data);
    return { saved: true };
  });

  ipcMain.handle(CHANNELS.uploadFile, async (event, raw: unknown) => {
    if (!isTrusted(event)) return UNTRUSTED;
    const filters = filtersSchema.parse(raw);
    const win = windowOf(event);
    const options = { properties: ['openFile' as const], filters };
    const choice = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
    const file = choice.filePaths[0];
    if (choice.canceled || !file) return null;
    if ((await fs.stat(file)).size > MAX_UPLOAD_BYTES) throw new Error('文件超过 200 MB，请拆分后再导入。');
    const target = files.newUpload(path.basename(file));
    await fs.copyFile(file, target.path);
    return { upload: target.id, name: path.basename(file) };
  });

  ipcMain.handle(CHANNELS.saveDownload, async (event, ...raw: unknown[]) => {
    if (!isTrusted(event)) return UNTRUSTED;
    const [download, fileName] = downloadSchema.parse(raw);
    const source = files.downloadPath(download);
    if (!source) return { saved: false };
    const ext = path.extname(fileName).slice(1) || 'xlsx';
    const choice = await save(event, fileName, [{ name: `${ext.toUpperCase()} 文件`, extensions: [ext] }]);
    if (choice.canceled || !choice.filePath) return { saved: false };
    await fs.copyFile(source, choice.filePath);
    await fs.rm(source, { force: true });
    return { saved: true };
  });

  // Preview and print happen in the system's PDF viewer (its print dialog is the system's own).
  ipcMain.handle(CHANNELS.openDownload, async (event, ...raw: unknown[]) => {
    if (!isTrusted(event)) return UNTRUSTED;
    const [download, fileName] = downloadSchema.parse(raw);
    const source = files.downloadPath(download);
    if (!source) return { opened: false };
    const folder = path.join(tempDir, 'shuangsuiji-print');
    await fs.mkdir(folder, { recursive: true });
    const safeName = Array.from(path.basename(fileName).replace(/[<>:"/\\|?*]/g, '_'), (ch) => (ch < ' ' ? '_' : ch));
    const target = path.join(folder, safeName.join(''));
    await fs.copyFile(source, target);
    await fs.rm(source, { force: true });
    const problem = await openPath(target);
    if (problem)
      throw new Error(`无法打开 ${path.basename(target)}：${problem}。请安装 PDF 阅读器，或改用“保存 PDF”后再打开。`);
    return { opened: true };
  });
}
