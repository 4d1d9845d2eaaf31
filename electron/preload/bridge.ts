import type { IpcRenderer } from 'electron';
import type { Bridge, FileFilter, NativeBridge, SaveFileRequest } from '../core/bridge';
import type { Result } from '../core/errors';
import { CHANNELS } from './channels';

type Answer<K extends keyof NativeBridge> = ReturnType<NativeBridge[K]>;

/**
 * Builds window.bridge from an ipcRenderer; nothing generic (no raw channel access) leaks to the page. Every channel
 * answers with a Result (electron/main/ipc.ts, native-result.ts), which is passed on as it came.
 */
export function createBridge(ipc: Pick<IpcRenderer, 'invoke'>): Bridge {
  return {
    call: (method: string, input: unknown) => ipc.invoke(CHANNELS.call, method, input) as Promise<Result<unknown>>,
    native: {
      saveFile: (request: SaveFileRequest) => ipc.invoke(CHANNELS.saveFile, request) as Answer<'saveFile'>,
      uploadFile: (filters: FileFilter[]) => ipc.invoke(CHANNELS.uploadFile, filters) as Answer<'uploadFile'>,
      saveDownload: (download: string, fileName: string) =>
        ipc.invoke(CHANNELS.saveDownload, download, fileName) as Answer<'saveDownload'>,
      openDownload: (download: string, fileName: string) =>
        ipc.invoke(CHANNELS.openDownload, download, fileName) as Answer<'openDownload'>,
    },
  };
}
