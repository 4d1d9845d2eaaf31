import type { FileFilter, NativeBridge, SaveFileRequest } from '../../../electron/core/bridge';

function clickLink(href: string, download: string): void {
  const link = document.createElement('a');
  link.href = href;
  link.download = download;
  document.body.appendChild(link);
  link.click();
  link.remove();
}

function pickFile(filters: FileFilter[]): Promise<File | null> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = filters.flatMap((f) => f.extensions.map((e) => `.${e}`)).join(',');
    input.onchange = () => resolve(input.files?.[0] ?? null);
    input.oncancel = () => resolve(null);
    input.click();
  });
}

/** Browser fallback: a file input and the HTTP door's upload and download endpoints stand in for the dialogs. */
const browserNative: NativeBridge = {
  saveFile: (request: SaveFileRequest) => {
    const url = URL.createObjectURL(new Blob([request.data as Uint8Array<ArrayBuffer>]));
    clickLink(url, request.defaultName);
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    return Promise.resolve({ saved: true });
  },
  uploadFile: async (filters: FileFilter[]) => {
    const file = await pickFile(filters);
    if (!file) return null;
    const response = await fetch(`/api/upload?name=${encodeURIComponent(file.name)}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/octet-stream' },
      credentials: 'same-origin',
      body: file,
    });
    const result = (await response.json()) as { ok: boolean; value?: { upload: string }; error?: { message: string } };
    if (!result.ok || !result.value) throw new Error(result.error?.message ?? '上传失败，请重试。');
    return { upload: result.value.upload, name: file.name };
  },
  saveDownload: (download: string, fileName: string) => {
    clickLink(`/api/download/${encodeURIComponent(download)}?name=${encodeURIComponent(fileName)}`, fileName);
    return Promise.resolve({ saved: true });
  },
  // The browser's own PDF viewer previews and prints it, in a new tab.
  openDownload: (download: string, fileName: string) => {
    const opened = window.open(
      `/api/download/${encodeURIComponent(download)}?name=${encodeURIComponent(fileName)}&inline=1`,
      '_blank',
    );
    return Promise.resolve({ opened: opened !== null });
  },
};

/** One interface, two implementations: Electron's dialogs through the bridge, or the browser's. */
export const native: NativeBridge = window.bridge?.native ?? browserNative;
