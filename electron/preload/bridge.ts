import type { IpcRenderer } from 'electron';
import type { Bridge, FileFilter, SaveFileRequest } from '../core/bridge';
import type { Result } from '../core/errors';
import { CHANNELS } from './channels';

/** Builds window.bridge from an ipcRenderer; nothing generic (no raw channel access) leaks to the page. */
export function createBridge(ipc: Pick<IpcRenderer, 'invoke'>): Bridge {
  return {
    call: (method: string, input: unknown) => ipc.invoke(CHANNELS.call, method, input) as Promise<Result<unknown>>,
    native: {
      saveFile: (request: SaveFileRequest) => ipc.invoke(CHANNELS.saveFile, request) as Promise<{ saved: boolean }>,
      uploadFile: (filters: FileFilter[]) =>
        ipc.invoke(CHANNELS.uploadFile, filters) as Promise<{ upload: string; name: string } | null>,
      saveDownload: (download: string, fileName: string) =>
        ipc.invoke(CHANNELS.saveDownload, download, fileName) as Promise<{ saved: boolean }>,
      openDownload: (download: string, fileName: string) =>
        ipc.invoke(CHANNELS.openDownload, download, fileName) as Promise<{ opened: boolean }>,
    },
  };
}
