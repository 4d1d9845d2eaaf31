import type { FileFilter, NativeBridge, SaveFileRequest } from '../../../electron/core/bridge';
import type { Result } from '../../../electron/core/errors';
import { CallError } from '../api/client';

const done = <T>(value: T): Promise<Result<T>> => Promise.resolve({ ok: true, value });

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
    return done({ saved: true });
  },
  uploadFile: async (filters: FileFilter[]) => {
    const file = await pickFile(filters);
    if (!file) return { ok: true, value: null };
    try {
      const response = await fetch(`/api/upload?name=${encodeURIComponent(file.name)}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/octet-stream' },
        credentials: 'same-origin',
        body: file,
      });
      // The upload endpoint answers with a Result, as the API does.
      const result = (await response.json()) as Result<{ upload: string }>;
      return result.ok ? { ok: true, value: { upload: result.value.upload, name: file.name } } : result;
    } catch {
      return {
        ok: false,
        error: { code: 'INTERNAL', message: '上传失败：无法连接到系统服务，请确认服务仍在运行后重试。' },
      };
    }
  },
  saveDownload: (download: string, fileName: string) => {
    clickLink(`/api/download/${encodeURIComponent(download)}?name=${encodeURIComponent(fileName)}`, fileName);
    return done({ saved: true });
  },
  // The browser's own PDF viewer previews and prints it, in a new tab.
  openDownload: (download: string, fileName: string) => {
    const opened = window.open(
      `/api/download/${encodeURIComponent(download)}?name=${encodeURIComponent(fileName)}&inline=1`,
      '_blank',
    );
    return done({ opened: opened !== null });
  },
};

/** One interface, two implementations: Electron's dialogs through the bridge, or the browser's. */
const bridge: NativeBridge = window.bridge?.native ?? browserNative;

/** A native answer's value; a refusal is thrown as the typed client throws a method's (the shared CallError). */
async function valueOf<T>(service: keyof NativeBridge, answer: Promise<Result<T>>): Promise<T> {
  const result = await answer;
  if (result.ok) return result.value;
  throw new CallError(`native.${service}`, result.error.code, result.error.message);
}

/** The native services as the screens use them: the value, or a CallError to show with errorMessage(). */
export const native = {
  saveFile: (request: SaveFileRequest) => valueOf('saveFile', bridge.saveFile(request)),
  uploadFile: (filters: FileFilter[]) => valueOf('uploadFile', bridge.uploadFile(filters)),
  saveDownload: (download: string, fileName: string) =>
    valueOf('saveDownload', bridge.saveDownload(download, fileName)),
  openDownload: (download: string, fileName: string) =>
    valueOf('openDownload', bridge.openDownload(download, fileName)),
};
