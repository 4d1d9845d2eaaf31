import type { FileFilter, NativeBridge, SaveFileRequest } from '../../../electron/core/bridge';

/** Browser fallback: a download link and a file input stand in for the system dialogs. */
const browserNative: NativeBridge = {
  saveFile: (request: SaveFileRequest) => {
    const blob = new Blob([request.data as Uint8Array<ArrayBuffer>]);
    const url = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = request.defaultName;
    document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    return Promise.resolve({ saved: true });
  },
  openFile: (filters: FileFilter[]) =>
    new Promise((resolve) => {
      const input = document.createElement('input');
      input.type = 'file';
      input.accept = filters.flatMap((f) => f.extensions.map((e) => `.${e}`)).join(',');
      input.onchange = () => {
        const file = input.files?.[0];
        if (!file) return resolve(null);
        void file.arrayBuffer().then((buffer) => resolve({ name: file.name, data: new Uint8Array(buffer) }));
      };
      input.click();
    }),
};

/** One interface, two implementations: Electron's dialogs through the bridge, or the browser's. */
export const native: NativeBridge = window.bridge?.native ?? browserNative;
