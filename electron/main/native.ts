import fs from 'node:fs/promises';
import path from 'node:path';
import type { BrowserWindow, Dialog, IpcMain } from 'electron';
import { z } from 'zod';
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

/** Largest file the renderer may open through the dialog; larger imports go through the core by path. */
const MAX_OPEN_BYTES = 200 * 1024 * 1024;

/** Native dialogs stay outside the contract: they belong to the desktop, not to the application's rules. */
export function registerNativeIpc(
  ipcMain: Pick<IpcMain, 'handle'>,
  dialog: Pick<Dialog, 'showSaveDialog' | 'showOpenDialog'>,
  windowOf: (event: Electron.IpcMainInvokeEvent) => BrowserWindow | null,
  isTrusted: TrustCheck,
): void {
  ipcMain.handle(CHANNELS.saveFile, async (event, raw: unknown) => {
    if (!isTrusted(event)) return UNTRUSTED;
    const request = saveSchema.parse(raw);
    const win = windowOf(event);
    const options = { defaultPath: path.basename(request.defaultName), filters: request.filters };
    const choice = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
    if (choice.canceled || !choice.filePath) return { saved: false };
    await fs.writeFile(choice.filePath, request.data);
    return { saved: true };
  });
  ipcMain.handle(CHANNELS.openFile, async (event, raw: unknown) => {
    if (!isTrusted(event)) return UNTRUSTED;
    const filters = filtersSchema.parse(raw);
    const win = windowOf(event);
    const options = { properties: ['openFile' as const], filters };
    const choice = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
    const file = choice.filePaths[0];
    if (choice.canceled || !file) return null;
    if ((await fs.stat(file)).size > MAX_OPEN_BYTES) throw new Error('文件超过 200 MB，无法打开。');
    return { name: path.basename(file), data: new Uint8Array(await fs.readFile(file)) };
  });
}
