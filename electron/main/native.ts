import fs from 'node:fs/promises';
import path from 'node:path';
import type { BrowserWindow, Dialog, IpcMain, IpcMainInvokeEvent } from 'electron';
import { z } from 'zod';
import type { Core } from '../core/app';
import { admitUpload } from '../core/door-limits';
import { AppError } from '../core/errors';
import { CHANNELS } from '../preload/channels';
import type { SessionOf, TrustCheck } from './ipc';
import { fileProblem, nativeHandler } from './native-result';

const filtersSchema = z
  .array(z.object({ name: z.string().max(60), extensions: z.array(z.string().regex(/^[a-z0-9]{1,8}$/)) }))
  .max(10);
const saveSchema = z.object({
  defaultName: z.string().min(1).max(200),
  filters: filtersSchema,
  data: z.instanceof(Uint8Array),
});
const downloadSchema = z.tuple([z.string().max(64), z.string().min(1).max(200)]);

export interface NativeDeps {
  dialog: Pick<Dialog, 'showSaveDialog' | 'showOpenDialog'>;
  /** shell.openPath: '' when the system opened the file, else why not. */
  openPath: (file: string) => Promise<string>;
  /** Where documents opened for printing are put (the OS's temporary folder). */
  tempDir: string;
  windowOf: (event: IpcMainInvokeEvent) => BrowserWindow | null;
  /** The core, for its files and for the upload admission every door applies (door-limits.ts). */
  core: Pick<Core, 'call' | 'db' | 'files' | 'dataDir'>;
  /** The login session of the asking window, kept by the IPC door (ipc.ts). */
  sessionOf: SessionOf;
  isTrusted: TrustCheck;
}

/**
 * Native dialogs stay outside the contract: they belong to the desktop, not to the application's rules. Each answers
 * with a Result, as the contract's methods do (native-result.ts).
 */
export function registerNativeIpc(ipcMain: Pick<IpcMain, 'handle'>, deps: NativeDeps): void {
  const { dialog, windowOf, core, sessionOf, isTrusted, openPath, tempDir } = deps;
  const handler = <A extends unknown[], T>(run: (event: IpcMainInvokeEvent, ...args: A) => Promise<T>) =>
    nativeHandler(isTrusted, core.dataDir, run);
  const save = (event: IpcMainInvokeEvent, defaultName: string, filters: z.infer<typeof filtersSchema>) => {
    const win = windowOf(event);
    const options = { defaultPath: path.basename(defaultName), filters };
    return win ? dialog.showSaveDialog(win, options) : dialog.showSaveDialog(options);
  };

  ipcMain.handle(
    CHANNELS.saveFile,
    handler(async (event, raw: unknown) => {
      const request = saveSchema.parse(raw);
      const choice = await save(event, request.defaultName, request.filters);
      if (choice.canceled || !choice.filePath) return { saved: false };
      await fs.writeFile(choice.filePath, request.data).catch((error: unknown) => {
        throw fileProblem(error, `保存“${path.basename(choice.filePath)}”`);
      });
      return { saved: true };
    }),
  );

  // The same admission as a browser's upload: a logged-in account within its quota, no file over the door limit.
  ipcMain.handle(
    CHANNELS.uploadFile,
    handler(async (event, raw: unknown) => {
      const filters = filtersSchema.parse(raw);
      const admission = await admitUpload(core, { door: 'ipc', local: true, sessionToken: sessionOf(event) });
      const win = windowOf(event);
      const options = { properties: ['openFile' as const], filters };
      const choice = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
      const file = choice.filePaths[0];
      if (choice.canceled || !file) return null;
      const name = path.basename(file);
      const { size } = await fs.stat(file).catch((error: unknown) => {
        throw fileProblem(error, `读取“${name}”`);
      });
      if (size > admission.limit) throw admission.refusal(size);
      const target = core.files.newUpload(name, admission.user.id);
      try {
        await fs.copyFile(file, target.path);
      } catch (error) {
        core.files.discardUpload(target.id);
        throw fileProblem(error, `读取“${name}”`);
      }
      return { upload: target.id, name };
    }),
  );

  ipcMain.handle(
    CHANNELS.saveDownload,
    handler(async (event, ...raw: unknown[]) => {
      const [download, fileName] = downloadSchema.parse(raw);
      const source = core.files.downloadPath(download);
      if (!source) return { saved: false };
      const ext = path.extname(fileName).slice(1) || 'xlsx';
      const choice = await save(event, fileName, [{ name: `${ext.toUpperCase()} 文件`, extensions: [ext] }]);
      if (choice.canceled || !choice.filePath) return { saved: false };
      await fs.copyFile(source, choice.filePath).catch((error: unknown) => {
        throw fileProblem(error, `保存“${path.basename(choice.filePath)}”`);
      });
      await fs.rm(source, { force: true });
      return { saved: true };
    }),
  );

  // Preview and print happen in the system's PDF viewer (its print dialog is the system's own).
  ipcMain.handle(
    CHANNELS.openDownload,
    handler(async (_event, ...raw: unknown[]) => {
      const [download, fileName] = downloadSchema.parse(raw);
      const source = core.files.downloadPath(download);
      if (!source) return { opened: false };
      const folder = path.join(tempDir, 'shuangsuiji-print');
      const safeName = Array.from(path.basename(fileName).replace(/[<>:"/\\|?*]/g, '_'), (ch) => (ch < ' ' ? '_' : ch));
      const target = path.join(folder, safeName.join(''));
      try {
        await fs.mkdir(folder, { recursive: true });
        await fs.copyFile(source, target);
      } catch (error) {
        throw fileProblem(error, `打开“${path.basename(target)}”`);
      }
      await fs.rm(source, { force: true });
      const problem = await openPath(target);
      if (problem)
        throw new AppError(
          'CONFLICT',
          `无法打开 ${path.basename(target)}：${problem}。请安装 PDF 阅读器，或改用“保存 PDF”后再打开。`,
        );
      return { opened: true };
    }),
  );
}
